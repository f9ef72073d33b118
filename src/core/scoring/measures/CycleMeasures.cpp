// Component P, time-based: P4 stalled deals (primary rule on stage entry dates, spec §10.5) and
// P5 sales cycle against its norm.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring::measures {
namespace {

using metrics::Deal;
using metrics::Terminal;

/// The stage a deal was in at as_of and when it entered it (history, else the deal's own fields).
std::pair<Row, LocalSeconds> stageAtAsOf(const MeasureContext& c, const Deal& x)
{
    for (auto i = x.shEnd; i-- > x.shBegin;) {
        const auto& v = at(c.d.stageHistory, i);
        if (v.enteredAt <= c.w().asOfEnd)
            return { v.stage, v.enteredAt };
    }
    return { x.stage, x.stageChangedAt != kNoTime ? x.stageChangedAt : x.createdAt };
}

/// Spec §4 P4 primary rule: time in the current stage > max(2 × med_stage, 3 days).
void primaryRule(const MeasureContext& c, Stall& out)
{
    const auto& med = c.d.facts.medStageDays;
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r) {
        const auto& x = at(c.d.deals, r);
        if (!x.openAt(c.w().asOfEnd))
            continue;
        const auto [stage, entered] = stageAtAsOf(c, x);
        if (stage != kNone && at(c.d.stages, stage).terminal != Terminal::None)
            continue;
        if (stage == kNone || static_cast<std::size_t>(stage) >= med.size() || !at(med, stage)) {
            ++out.unjudged;
            continue;
        }
        out.judged.push_back(r);
        if (days(entered, c.w().asOf) > std::max(2 * *at(med, stage), 3.0))
            out.stalled.insert(r);
    }
}

/// No stage entry dates: no stage change and no done activity for refs.stall_fallback_days.
void fallbackRule(const MeasureContext& c, Stall& out)
{
    out.fallback = true;
    out.noInputs = c.d.doneActivities == 0 && !c.field("deals.stage_changed_at");
    const double limit = c.params.number("stall_fallback_days", 30);
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r) {
        const auto& x = at(c.d.deals, r);
        if (!x.openAt(c.w().asOfEnd))
            continue;
        LocalSeconds last = x.stageChangedAt != kNoTime ? x.stageChangedAt : x.createdAt;
        if (x.lastDoneActivityAt != kNoTime && x.lastDoneActivityAt <= c.w().asOfEnd)
            last = std::max(last, x.lastDoneActivityAt);
        out.judged.push_back(r);
        if (days(last, c.w().asOf) >= limit)
            out.stalled.insert(r);
    }
}

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

void p4Impact(Measurement& m, const MeasureContext& c, const Stall& st)
{
    double openAmt = 0, stalledAmt = 0, weighted = 0;
    const auto wr = winRateByStage(c);
    for (Row r : st.judged) {
        const auto& x = at(c.d.deals, r);
        const double a = c.major(x.amount);
        openAmt += a;
        if (!st.stalled.count(r))
            continue;
        stalledAmt += a;
        auto it = wr.find(stageAtAsOf(c, x).first);
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

Stall stalledDeals(const MeasureContext& c)
{
    Stall out;
    if (!c.d.stageHistory.empty())
        primaryRule(c, out);
    else
        fallbackRule(c, out);
    return out;
}

Measurement measureP4(const MeasureContext& c)
{
    auto m = begin("P4", Period::ofDays(c.w().asOf, c.w().asOf));
    auto& part = m.parts.front();
    const Stall st = stalledDeals(c);
    if (st.noInputs) {
        notAssessed(part, Reason::NoData, "Neither stage entry dates nor activities are available.");
        return m;
    }
    if (st.fallback)
        part.flags.push_back("fallback");
    if (st.unjudged > 0) {
        part.partial = true;
        part.note
            = std::to_string(st.unjudged) + " open deals sit in stages without a duration norm and were left out.";
    }
    ratio(part, "stalled_share", static_cast<double>(st.stalled.size()), static_cast<double>(st.judged.size()), 30,
        "open deals");
    m.details["stalled"] = st.stalled.size();
    m.details["open"] = st.judged.size();
    if (part.reason == Reason::None)
        p4Impact(m, c, st);
    drill(m, "Stalled deals", "deals", dealIds(c, { st.stalled.begin(), st.stalled.end() }));
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
