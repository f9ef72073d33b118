#pragma once
// The pure scoring engine: catalogue + parameters + measurements + the consultant's assessments
// → statuses, component scores, overall index, bottlenecks (spec §5, §6). No I/O; the same input
// always gives the same result. scoring::scoreProject (ScoreProject.h) feeds it from a project.
#include "ScoreResult.h"
#include "common/Params.h"

#include <vector>

namespace sa::scoring {

/// Scores every criterion of `variant`; criteria outside it are left out entirely.
/// `assessments.refOverrides` are NOT applied here (see applyThresholdOverrides / applyParamOverrides);
/// they are only copied to the result for the report appendix.
[[nodiscard]] ScoreResult score(const Catalogue& catalogue, const Params& params, store::Variant variant,
    const std::vector<Measurement>& measurements, const evidence::Assessments& assessments,
    const ImpactBase& base = {});

/// §5.7 for the given criteria of one component (any criterion of another component is ignored).
[[nodiscard]] ComponentResult scoreComponent(
    const std::string& componentId, const std::vector<CriterionResult>& criteria, const Params& params);
/// §5.8 over component results.
[[nodiscard]] OverallResult scoreOverall(
    const std::vector<ComponentResult>& components, const Params& params, store::Variant variant);

/// Threshold changes (ref_overrides with a criterion id, param "<indicator key>.green|yellow")
/// applied to the catalogue. Rejected when the criterion or indicator is unknown, the value is not
/// a number, or the thresholds would be out of order for the indicator's direction.
sa::Status applyThresholdOverrides(Catalogue& catalogue, const std::vector<evidence::RefOverride>& overrides);
/// Parameter changes (ref_overrides with an empty criterion id) applied to the refs.json defaults.
sa::Status applyParamOverrides(Params& params, const std::vector<evidence::RefOverride>& overrides);

} // namespace sa::scoring
