#pragma once
// Entry point of the criterion measures: the numbers behind every metric criterion (spec §4
// Formula lines), from the project's data. Implemented in this folder; called by the scoring engine.
#include "common/Clock.h"
#include "common/Params.h"
#include "scoring/Measurement.h"
#include "store/Project.h"

#include <vector>

namespace sa::metrics {
class AuditData;
}

namespace sa::scoring {

/// One Measurement per criterion that has a metric part (evidence metric or metric+checklist),
/// in catalogue order. `params` = refs.json defaults with the audit's ref_overrides applied.
/// Loads the project's AuditData itself.
Result<std::vector<Measurement>> measureAll(const store::Project& project, const Params& params);
/// Same on data the caller already loaded (share one AuditData with the metrics engine).
/// `project` is read only for field presence (import mappings) and C4 evidence links.
Result<std::vector<Measurement>> measureAll(
    const store::Project& project, const metrics::AuditData& data, const Params& params);

} // namespace sa::scoring
