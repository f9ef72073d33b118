#pragma once
// Stalled deals: the one reading of criterion P4 (criteria-spec.md §4 P4 with §2 med_stage) behind
// the dashboards' funnel.stalled, the P4 measure and M5 (which leaves stalled deals out of the
// pipeline). The rule is chosen per deal; docs/METRICS.md "Stalled deals" explains why.
#include "metrics/AuditData.h"

#include <cstdint>
#include <vector>

namespace sa::metrics {

/// The stage a deal was in at a moment and when it entered it.
struct StageAt {
    Row stage = kNone; ///< from the last history row entered by then, else the deal's current stage
    LocalSeconds enteredAt = kNoTime; ///< that row's entered_at; kNoTime = no history row by then
};

/// Where deal `deal` stood at moment `at` (from its stage history).
[[nodiscard]] StageAt stageAt(const AuditData& d, const Deal& deal, LocalSeconds at);

/// The open deals judged at one moment and the stalled ones among them.
struct StalledDeals {
    std::vector<Row> judged; ///< open deals judged by either rule, in the order given
    std::vector<Row> stalled; ///< the stalled ones, in the same order
    /// Open deals with a stage entry date in a stage without a limit (no med_stage, no
    /// refs.norm_stage_days): §2 excludes the stage, so they are not judged.
    std::vector<Row> unjudged;
    std::int64_t byStageLimit = 0; ///< judged by the primary rule (time in stage > limit)
    std::int64_t byFallback = 0; ///< judged by the fallback (no entry date: no touch for N days)
    Minor judgedAmount = 0, stalledAmount = 0;
    /// Whether `deal` is among `stalled` (needs `stalled` in ascending row order, as findStalled
    /// gives it for rows given in ascending order).
    [[nodiscard]] bool isStalled(Row deal) const;
};

/// Judges the deals of `rows` (ascending) that are open at moment `at` and not in a terminal stage then:
/// - with a stage entry date (a stage_history row entered by `at`): stalled when the days from that
///   entry to the start of the day of `at` exceed limit(stage) = max(2 × med_stage, 3); a stage
///   without med_stage is left out (`unjudged`);
/// - without one: the fallback, stalled when the latest of creation, stage_changed_at and the last
///   done activity (up to `at`) is ≥ refs.stall_fallback_days (30) before the start of that day.
[[nodiscard]] StalledDeals findStalled(const AuditData& d, const std::vector<Row>& rows, LocalSeconds at);

/// The same over every deal of `d`.
[[nodiscard]] StalledDeals findStalled(const AuditData& d, LocalSeconds at);

} // namespace sa::metrics
