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
    std::string pipeline; ///< the funnel's pipeline name
    [[nodiscard]] double major(Minor m) const { return toMajor(m, d.currency); }
    [[nodiscard]] const Deal& deal(Row r) const { return d.deals[static_cast<std::size_t>(r)]; }
};

/// Win probability per stage row from the absorbing chain (nullopt where unknown).
struct Markov {
    std::vector<std::optional<double>> pWin, days;
    std::string reason;
};

Markov markovChain(const Ctx& c);
Json funnel(const Ctx& c, const Markov& m);
Json pipeline(const Ctx& c, const Markov& m);
Json activities(const Ctx& c);
Json results(const Ctx& c);
Json winRate(const Ctx& c);
Json byManager(const Ctx& c);
Json bySource(const Ctx& c);
Json clients(const Ctx& c);
Json personnel(const Ctx& c);
Json forecast(const Ctx& c);

/// Median of (closedAt − createdAt) days of won deals in `rows`.
std::optional<double> medianCycle(const Ctx& c, const std::vector<Row>& rows);

} // namespace sa::metrics::detail
