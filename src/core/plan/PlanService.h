#pragma once
// The plan as the CLI, the GUI and the report use it: generated from the current score the first
// time (or on request), then read back with the consultant's edits.
#include "Action.h"
#include "Roadmap.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/Project.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sa::plan {

/// Scores the project and writes the generated actions when the plan is empty or `regenerate`
/// is set (the consultant's own and edited actions are kept); returns the plan in order.
Result<std::vector<ActionRecord>> ensurePlan(store::Project& project, const std::string& catalogueDir,
    const std::string& language, bool regenerate, const Clock& clock);

/// {"actions": [...], "roadmap": {"one_year": [...], "three_years": [...]}}; money in major units.
[[nodiscard]] nlohmann::ordered_json toJson(const std::vector<ActionRecord>& actions, const Roadmap& roadmap);

} // namespace sa::plan
