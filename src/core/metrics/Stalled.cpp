#include "metrics/Stalled.h"

#include <algorithm>
#include <numeric>

namespace sa::metrics {

StageAt stageAt(const AuditData& d, const Deal& deal, LocalSeconds at)
{
    for (auto i = deal.shEnd; i-- > deal.shBegin;) {
        const auto& v = d.stageHistory[static_cast<std::size_t>(i)];
        if (v.enteredAt <= at)
            return { v.stage, v.enteredAt };
    }
    return { deal.stage, kNoTime };
}

bool StalledDeals::isStalled(Row deal) const
{
    return std::binary_search(stalled.begin(), stalled.end(), deal);
}

namespace {

/// Fallback: the last sign of life of a deal up to `at` (creation, stage change, done activity).
LocalSeconds lastTouch(const Deal& x, LocalSeconds at)
{
    LocalSeconds last = std::max(x.createdAt, x.stageChangedAt);
    if (x.lastDoneActivityAt != kNoTime && x.lastDoneActivityAt <= at)
        last = std::max(last, x.lastDoneActivityAt);
    return last;
}

} // namespace

StalledDeals findStalled(const AuditData& d, const std::vector<Row>& rows, LocalSeconds at)
{
    const double fallbackDays = d.params().number("stall_fallback_days", 30.0);
    const LocalSeconds day = startOfDay(at); // time in stage counts to the start of the day judged
    StalledDeals out;
    for (Row r : rows) {
        const auto& x = d.deals[static_cast<std::size_t>(r)];
        if (!x.openAt(at))
            continue;
        const auto [stage, entered] = stageAt(d, x, at);
        if (stage != kNone && d.stages[static_cast<std::size_t>(stage)].terminal != Terminal::None)
            continue;
        bool stalled = false;
        if (entered != kNoTime) {
            const auto& med = d.facts.medStageDays[static_cast<std::size_t>(stage)];
            if (!med) {
                out.unjudged.push_back(r);
                continue;
            }
            ++out.byStageLimit;
            stalled = daysBetween(entered, day) > std::max(2.0 * *med, 3.0);
        } else {
            ++out.byFallback;
            stalled = daysBetween(lastTouch(x, at), day) >= fallbackDays;
        }
        out.judged.push_back(r);
        out.judgedAmount += x.amount;
        if (stalled) {
            out.stalled.push_back(r);
            out.stalledAmount += x.amount;
        }
    }
    return out;
}

StalledDeals findStalled(const AuditData& d, LocalSeconds at)
{
    std::vector<Row> all(d.deals.size());
    std::iota(all.begin(), all.end(), Row { 0 });
    return findStalled(d, all, at);
}

} // namespace sa::metrics
