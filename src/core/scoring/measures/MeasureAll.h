#pragma once
// Entry point of the criterion measures: the numbers behind every metric criterion (spec §4
// Formula lines), from the project's data. Implemented in this folder; called by the scoring engine.
#include "common/Clock.h"
#include "common/Params.h"
#include "scoring/Measurement.h"
#include "store/Project.h"

#include <vector>

namespace sa::scoring {

/// One Measurement per criterion that has a metric part (evidence metric or metric+checklist),
/// in catalogue order. `params` = refs.json defaults with the audit's ref_overrides applied.
Result<std::vector<Measurement>> measureAll(const store::Project& project, const Params& params);

} // namespace sa::scoring
