// Component P, time-based: P4 stalled deals (the rule itself: metrics/Stalled.h, shared with the
// dashboards) and P5 sales cycle against its norm.
#include "metrics/Stalled.h"
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring::measures {
namespace {

using metrics::Deal;
using metrics::Terminal;

/// wr(s): share of deals closed in W that reached s and were won.
std::map<Row, double> winRateByStage(const MeasureContext& c)
{
    std::map<Row, std::pair<double, double>> counts; // reached, won
    for (const auto& x : c.d.deals) {
        if (!x.closedIn(c.w().w) || !x.isRealOpportunity())
            continue;
        std::set<Row> reached { x.stage };
        for (auto i = x.shBegin; i < x.shEnd; ++i)
            reached.insert(at(c.d.stageHistory, i).stage);
        for (auto s : reached)
            counts[s].first += 1, counts[s].second += x.isWon();
    }
    std::map<Row, double> out;
    for (const auto& [s, n] : counts)
        out[s] = n.second / n.first;
    return out;
}

void p4Impact(Measurement& m, const MeasureContext& c, const metrics::StalledDeals& st)
{
    double openAmt = 0, stalledAmt = 0, weighted = 0;
    const auto wr = winRateByStage(c);
    for (Row r : st.judged) {
        const auto& x = at(c.d.deals, r);
        const double a = c.major(x.amount);
        openAmt += a;
        if (!st.isStalled(r))
            continue;
        stalledAmt += a;
        auto it = wr.find(metrics::stageAt(c.d, x, c.w().asOfEnd).stage);
        weighted += a * (it == wr.end() ? 0.0 : it->second);
    }
    if (openAmt <= 0)
        return;
    const double shareAmt = stalledAmt / openAmt;
    m.details["stalled_amount_share"] = shareAmt;
    if (shareAmt > 0)
        setImpact(m, c, std::max(0.0, 1 - c.params.number("stall_allowance", 0.15) / shareAmt) * weighted);
}

/// Company norm: median cycle of won deals of the top-quartile managers by win rate.
std::optional<double> topQuartileCycle(const MeasureContext& c, nlohmann::json& info)
{
    std::map<Row, std::pair<int, int>> byOwner; // won, closed
    std::map<Row, std::vector<double>> cycles;
    for (const auto& x : c.d.deals) {
        if (!closedAcquisition(x, c.w().w) || x.owner == kNone)
            continue;
        byOwner[x.owner].second += 1;
        if (x.isWon())
            byOwner[x.owner].first += 1, cycles[x.owner].push_back(days(x.createdAt, x.closedAt));
    }
    if (byOwner.size() < 3)
        return std::nullopt;
    std::vector<std::pair<double, Row>> rank;
    for (const auto& [o, n] : byOwner)
        rank.push_back({ -static_cast<double>(n.first) / n.second, o });
    std::sort(rank.begin(), rank.end());
    const std::size_t top = (rank.size() + 3) / 4;
    std::vector<double> v;
    for (std::size_t i = 0; i < top; ++i)
        v.insert(v.end(), cycles[rank[i].second].begin(), cycles[rank[i].second].end());
    info = { { "top_managers", top }, { "won_deals", v.size() } };
    if (v.size() < 30)
        return std::nullopt;
    return median(v);
}

/// Cycle details per channel and stage; returns the won acquisition deals behind med_cycle (§2).
std::vector<Row> p5Details(Measurement& m, const MeasureContext& c)
{
    std::map<std::string, std::vector<double>> byChannel;
    std::vector<Row> won;
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r) {
        const auto& x = at(c.d.deals, r);
        if (!x.isWon() || !closedAcquisition(x, c.w().w))
            continue;
        won.push_back(r);
        const std::string ch = x.channel == kNone ? "(none)" : at(c.d.channels, x.channel).name;
        byChannel[ch].push_back(days(x.createdAt, x.closedAt));
    }
    for (const auto& [ch, v] : byChannel)
        m.details["med_cycle_by_channel"][ch] = median(v);
    const auto& med = c.d.facts.medStageDays;
    for (std::size_t s = 0; s < med.size() && s < c.d.stages.size(); ++s)
        if (med[s])
            m.details["med_stage_days"][c.d.stages[s].name] = *med[s];
    return won;
}
} // namespace

metrics::StalledDeals stalledDeals(const MeasureContext& c)
{
    return metrics::findStalled(c.d, c.w().asOfEnd);
}

Measurement measureP4(const MeasureContext& c)
{
    auto m = begin("P4", Period::ofDays(c.w().asOf, c.w().asOf));
    auto& part = m.parts.front();
    if (c.d.stageHistory.empty() && c.d.doneActivities == 0 && !c.field("deals.stage_changed_at")) {
        notAssessed(part, Reason::NoData, "Neither stage entry dates nor activities are available.");
        return m;
    }
    const auto st = stalledDeals(c);
    if (st.byFallback > 0) // some open deals have no stage entry date: judged by the no-touch rule
        part.flags.push_back("fallback");
    if (!st.unjudged.empty()) {
        part.partial = true;
        part.note = std::to_string(st.unjudged.size())
            + " open deals sit in stages without a duration norm and were left out.";
    }
    ratio(part, "stalled_share", static_cast<double>(st.stalled.size()), static_cast<double>(st.judged.size()), 30,
        "open deals");
    m.details["stalled"] = st.stalled.size();
    m.details["open"] = st.judged.size();
    m.details["judged_by_stage_limit"] = st.byStageLimit;
    m.details["judged_by_fallback"] = st.byFallback;
    if (part.reason == Reason::None)
        p4Impact(m, c, st);
    drill(m, "Stalled deals", "deals", dealIds(c, st.stalled));
    drill(m, "Open deals judged", "deals", dealIds(c, st.judged));
    return m;
}

} // namespace sa::scoring::measures

namespace sa::scoring::measures {

Measurement measureP5(const MeasureContext& c)
{
    auto m = begin("P5", c.w().w);
    auto& part = m.parts.front();
    const auto& f = c.d.facts;
    drill(m, "Won acquisition deals", "deals", dealIds(c, p5Details(m, c)));
    if (!f.medCycleDays || f.medCycleN == 0) {
        notAssessed(part, Reason::NoData, "No won acquisition deals in the window.");
        return m;
    }
    nlohmann::json info = nlohmann::json::object();
    std::optional<double> norm = c.params.number("norm_cycle_days");
    if (!norm) {
        norm = topQuartileCycle(c, info);
        part.flags.push_back("norm_company_top_quartile");
    }
    m.details["norm_source"] = info;
    if (!norm || *norm <= 0) {
        notAssessed(part, Reason::NoData,
            "No cycle norm: refs.norm_cycle_days is not set and the top-quartile managers have fewer than 30 won "
            "deals.");
        return m;
    }
    m.details["norm_days"] = *norm;
    m.details["med_cycle_days"] = *f.medCycleDays;
    setValue(part, "cycle_ratio", *f.medCycleDays / *norm, f.medCycleN);
    requireSample(part, f.medCycleN, 20, "won acquisition deals");
    return m;
}

} // namespace sa::scoring::measures
