#pragma once
// Status of one criterion from its measurement and the consultant's answers (spec §5.2-§5.6).
#include "ScoreResult.h"
#include "common/Params.h"

namespace sa::scoring {

/// Thresholds of one indicator; a boundary value belongs to the better status.
[[nodiscard]] Status evaluate(const Indicator& indicator, double value) noexcept;

/// Combines part statuses per §5.5: mean of the assessed parts' values; 1 → green, ≥ 0.5 → yellow, else red.
[[nodiscard]] Status combineParts(const std::vector<PartResult>& parts) noexcept;

/// The automatic result of a criterion (metric parts, checklist, rating, composite, confirmed
/// absent, not applicable). `m` and `a` may be null (nothing measured / nothing recorded).
[[nodiscard]] CriterionResult scoreCriterion(const Criterion& c, const Params& params, store::Variant variant,
    const Measurement* m, const evidence::CriterionAssessment* a);

/// Applies an active override on top of the automatic result (kept in autoStatus/autoReason).
/// Colouring a not_assessed result without an evidence reference is refused (flag
/// "override_needs_evidence"; the automatic result stays).
void applyOverride(CriterionResult& r, const evidence::Override* o);

} // namespace sa::scoring
