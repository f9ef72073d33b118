#pragma once
// Internal: the per-family builders behind computeMetrics (one file per group of families).
#include "metrics/Metrics.h"

#include <vector>

namespace sa::metrics::detail {

struct Ctx {
    const AuditData& d;
    const MetricsFilter& filter;
    Period period;
    AuditWindow win; ///< the §2 windows ending at period.to
    LocalSeconds snapshot = 0; ///< open-deal snapshot moment (period.to)
    std::vector<Row> deals; ///< deals matching the filter
    // Subsets of `deals` (ascending rows), sorted out in the one pass over all deals so that the
    // families do not each scan the million deals again:
    std::vector<Row> created; ///< created in the period
    std::vector<Row> closed; ///< won or lost in the period
    std::vector<Row> open; ///< open at the snapshot
    std::string pipeline; ///< the funnel's pipeline name
    std::vector<Row> cohort; ///< funnel cohort: deals of the pipeline created in the period, non_target excluded
    /// True when the filter is set (rows linked to a deal must then be checked against it).
    bool filtered = false;
    [[nodiscard]] double major(Minor m) const { return toMajor(m, d.currency); }
    [[nodiscard]] const Deal& deal(Row r) const { return d.deals[static_cast<std::size_t>(r)]; }
};

/// Win probability per stage row from the absorbing chain (nullopt where unknown).
struct Markov {
    std::vector<std::optional<double>> pWin, days;
    std::string reason;
};

/// The empirical funnel per open stage of the pipeline (in order), without the Markov columns.
struct FunnelCounts {
    std::vector<Row> stages; ///< open stage rows of the funnel's pipeline, in order
    Row wonStage = kNone; ///< its won stage, if any
    std::vector<std::int64_t> reached; ///< per entry of `stages`
    std::vector<std::optional<double>> medianDaysInStage; ///< per entry of `stages` (stageStays)
    std::int64_t won = 0; ///< cohort deals won
};

/// Per-manager totals shared by activities, by_manager and personnel (one pass each over deals,
/// activity days, revenue events and plans).
struct ManagerStats {
    std::int64_t deals = 0, won = 0, lost = 0, open = 0, activities = 0, calls = 0, meetings = 0, emails = 0;
    Minor wonAmount = 0, openAmount = 0, revenue = 0;
    std::optional<Minor> plan;
    std::vector<double> wonCycleDays; ///< cycleDays of the won deals, in deal order
};

/// The funnel cohort of Ctx (call once; computeMetrics stores it in Ctx::cohort).
std::vector<Row> cohortOf(const Ctx& c);
Markov markovChain(const Ctx& c);
/// Fills every member of `f` but medianDaysInStage (its own task: stageStays).
void countReach(const Ctx& c, FunnelCounts& f);
/// Median days in stage over the history rows that exited in the period, per open funnel stage.
std::vector<std::optional<double>> stageStays(const Ctx& c);
Json stalled(const Ctx& c);
Json qualification(const Ctx& c);
Json cycle(const Ctx& c);
/// The funnel section from its parts (cheap; runs after the parallel families).
Json funnel(const Ctx& c, const FunnelCounts& f, const Markov& m, Json stalled, Json qualification, Json cycle);
Json pipeline(const Ctx& c, const Markov& m);
std::vector<ManagerStats> managerStats(const Ctx& c);
Json activities(const Ctx& c, const std::vector<ManagerStats>& stats);
Json results(const Ctx& c);
Json winRate(const Ctx& c);
Json byManager(const Ctx& c, const std::vector<ManagerStats>& stats);
Json bySource(const Ctx& c);
/// The client families in four independent parts: {"nps"}, {"retention", "ltv", "concentration"},
/// {"abc_xyz"}, {"dormant", "client_base"}.
Json clientsNps(const Ctx& c);
Json clientsValue(const Ctx& c);
Json clientsAbcXyz(const Ctx& c);
Json clientsBase(const Ctx& c);
Json personnel(const Ctx& c, const std::vector<ManagerStats>& stats);
Json forecast(const Ctx& c);

/// Days from creation to close of a closed deal.
[[nodiscard]] inline double cycleDays(const Deal& d)
{
    return daysBetween(d.createdAt, d.closedAt);
}

} // namespace sa::metrics::detail
