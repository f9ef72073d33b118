// Component M, funnel: M4 conversions against their reference (gated by tracking), M5 pipeline
// coverage of the next quarter's plan.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"
#include "scoring/measures/PlanBook.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sa::scoring::measures {

Funnel funnelOf(const MeasureContext& c, const Period& cohort, bool keepRows)
{
    Funnel f;
    f.mqlUsed = c.field("leads.mql_at"), f.sqlUsed = c.field("leads.sql_at");
    for (const auto& s : c.d.stages) {
        f.mqlUsed = f.mqlUsed || s.funnelStep == metrics::FunnelStep::Mql;
        f.sqlUsed = f.sqlUsed || s.funnelStep == metrics::FunnelStep::Sql;
    }
    for (std::size_t i = 0; i < c.d.leads.size(); ++i) {
        const auto& l = c.d.leads[i];
        if (!cohort.contains(l.createdAt))
            continue;
        const Row deal = c.leadDeal[i];
        const bool won = deal != kNone && at(c.d.deals, deal).isWon() && at(c.d.deals, deal).closedAt <= c.w().asOfEnd;
        ++f.n0;
        f.n1 += l.mqlAt != kNoTime;
        f.n2 += l.sqlAt != kNoTime;
        f.n3 += l.sqlAt != kNoTime && won;
        f.won += won;
        if (keepRows) {
            f.cohortRows.push_back(static_cast<Row>(i));
            if (won)
                f.wonRows.push_back(static_cast<Row>(i));
        }
        f.tracked += l.mqlAt != kNoTime || l.sqlAt != kNoTime || l.disqualifiedAt != kNoTime;
    }
    return f;
}

namespace {

using Steps = std::array<std::pair<long long, long long>, 3>; // (numerator, denominator) of conv_1..3
Steps steps(const Funnel& f)
{
    return { { { f.n1, f.n0 }, { f.n2, f.n1 }, { f.n3, f.n2 } } };
}

/// ref_i: refs.conv_i, else the best half-year of the last 24 months with denominator ≥ 50.
std::array<double, 3> references(const MeasureContext& c, const Period& cohort, nlohmann::json& src)
{
    std::array<double, 3> ref { -1, -1, -1 };
    const int last = cohort.toMonth();
    for (int h = 0; h < 4; ++h) {
        const auto s = steps(funnelOf(c, Period::ofMonths(last - 6 * h - 5, last - 6 * h)));
        for (std::size_t i = 0; i < 3; ++i)
            if (s[i].second >= 50)
                ref[i] = std::max(ref[i], static_cast<double>(s[i].first) / static_cast<double>(s[i].second));
    }
    for (std::size_t i = 0; i < 3; ++i) {
        src[i] = "best_half_year";
        if (auto r = c.params.number("conv_" + std::to_string(i + 1)))
            ref[i] = *r, src[i] = "refs";
        if (ref[i] < 0)
            src[i] = nullptr;
    }
    return ref;
}

/// Spec §4 M4 impact: the weakest step brought to its reference, carried through the later steps.
void m4Impact(Measurement& m, const MeasureContext& c, const Steps& s, std::size_t worst, double ref)
{
    const double conv = static_cast<double>(s[worst].first) / static_cast<double>(s[worst].second);
    double rest = 1.0;
    for (std::size_t j = worst + 1; j < 3; ++j)
        rest *= s[j].second > 0 ? static_cast<double>(s[j].first) / static_cast<double>(s[j].second) : 0.0;
    const double dWon = static_cast<double>(s[worst].second) * std::max(0.0, ref - conv) * rest;
    if (c.d.facts.avgNew)
        setImpact(m, c, dWon * c.major(*c.d.facts.avgNew));
}

void m4Gate(PartMeasurement& part, const Funnel& f)
{
    const double tracked = f.n0 > 0 ? static_cast<double>(f.tracked) / static_cast<double>(f.n0) : 0.0;
    if (tracked < 0.5)
        part.forced = Status::Red;
    else if (tracked < 0.9)
        part.cap = Status::Yellow;
    if (part.forced || part.cap)
        part.note = "Only " + std::to_string(static_cast<int>(std::round(tracked * 100)))
            + " % of the cohort's leads have a recorded qualification outcome.";
}

} // namespace

Measurement measureM4(const MeasureContext& c)
{
    const Period cohort = c.d.facts.leadCohort;
    auto m = begin("M4", cohort);
    auto& part = m.parts.front();
    const Funnel f = funnelOf(c, cohort, true);
    if (c.d.leads.empty())
        return notAssessed(part, Reason::NoData, "Neither leads nor deals were imported."), m;
    if (!f.mqlUsed && !f.sqlUsed) {
        part.fieldAbsent = true;
        return notAssessed(
                   part, Reason::NoData, "Conversions not tracked: no MQL/SQL field and no stage mapped to them."),
               m;
    }
    const auto s = steps(f);
    nlohmann::json src = nlohmann::json::array();
    const auto ref = references(c, cohort, src);
    m.details
        = { { "n0", f.n0 }, { "n1", f.n1 }, { "n2", f.n2 }, { "n3", f.n3 }, { "won", f.won }, { "reference", ref },
              { "reference_source", src }, { "tracked_share", f.n0 ? double(f.tracked) / double(f.n0) : 0.0 } };
    drill(m, "Leads of the cohort", leadTable(c), idsOf(c.d.leads, f.cohortRows));
    drill(m, "Won leads of the cohort", leadTable(c), idsOf(c.d.leads, f.wonRows));
    double worstRatio = kNaN;
    std::size_t worst = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        if (s[i].second < 30 || ref[i] <= 0)
            continue;
        const double r = static_cast<double>(s[i].first) / static_cast<double>(s[i].second) / ref[i];
        m.details["conv"][i] = static_cast<double>(s[i].first) / static_cast<double>(s[i].second);
        if (!(r >= worstRatio))
            worstRatio = r, worst = i;
    }
    if (f.n0 > 0)
        m.details["overall"] = f.overall();
    if (std::isnan(worstRatio))
        return notAssessed(part, f.n0 < 50 ? Reason::InsufficientSample : Reason::NoData,
                   "No funnel step has both 30 entries and a reference conversion."),
               m;
    setValue(part, "weakest_step_ratio", worstRatio, f.n0);
    m.details["weakest_step"] = worst + 1;
    m4Gate(part, f);
    requireSample(part, f.n0, 50, "leads in the cohort");
    if (part.reason == Reason::None)
        m4Impact(m, c, s, worst, ref[worst]);
    return m;
}

namespace {

/// plan_H: Σ company plan over H, else 3 × mean of the last 3 planned months (flagged).
std::optional<double> coveragePlan(const MeasureContext& c, PartMeasurement& part)
{
    const auto& basis = c.params.raw("coverage_plan_basis");
    const bool newBusiness = basis.is_string() && basis.get<std::string>() == "new_business";
    const auto plans = companyPlans(c, newBusiness ? PlanField::NewBusiness : PlanField::Revenue);
    const int first = c.w().asOfMonth + 1;
    double sum = 0;
    int planned = 0;
    for (int month = first; month < first + 3; ++month)
        if (auto it = plans.find(month); it != plans.end())
            sum += it->second.value, ++planned;
    if (planned == 3)
        return sum;
    std::vector<double> last;
    for (auto it = plans.rbegin(); it != plans.rend() && last.size() < 3; ++it)
        if (it->first < first + 3)
            last.push_back(it->second.value);
    if (last.empty())
        return std::nullopt;
    part.flags.push_back("plan_extrapolated");
    return 3 * mean(last);
}

void pipelineCuts(Measurement& m, const MeasureContext& c, const std::vector<Row>& open)
{
    for (Row r : open) {
        const auto& x = at(c.d.deals, r);
        const double a = c.major(x.amount);
        const std::string mgr = x.owner == kNone ? "(none)" : at(c.d.managers, x.owner).name;
        const std::string sales = x.salesChannel == kNone ? "(none)" : c.d.texts.text(x.salesChannel);
        const std::string lead = x.channel == kNone ? "(none)" : at(c.d.channels, x.channel).name;
        for (auto [cut, key] :
            { std::pair { "by_manager", mgr }, { "by_sales_channel", sales }, { "by_lead_channel", lead } }) {
            auto& cell = m.details[cut][key];
            cell["count"] = (cell.contains("count") ? cell["count"].get<int>() : 0) + 1;
            cell["amount"] = (cell.contains("amount") ? cell["amount"].get<double>() : 0.0) + a;
        }
    }
}

} // namespace

Measurement measureM5(const MeasureContext& c)
{
    const Period h = Period::ofMonths(c.w().asOfMonth + 1, c.w().asOfMonth + 3);
    auto m = begin("M5", h);
    auto& part = m.parts.front();
    const auto plan = coveragePlan(c, part);
    if (!plan || *plan <= 0)
        return notAssessed(part, Reason::NoData, "No plan for the coming quarter."), m;
    const auto stall = stalledDeals(c);
    std::vector<Row> open;
    long long withDate = 0;
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r)
        if (at(c.d.deals, r).openAt(c.w().asOfEnd) && !stall.isStalled(r))
            open.push_back(r), withDate += at(c.d.deals, r).expectedCloseDate != kNoTime;
    const bool byDate = static_cast<double>(withDate) >= 0.5 * static_cast<double>(open.size());
    const double horizon = 2 * c.d.facts.medCycleDays.value_or(90.0);
    double pipeline = 0;
    std::vector<Row> inH;
    for (Row r : open) {
        const auto& x = at(c.d.deals, r);
        if (byDate ? h.contains(x.expectedCloseDate) : days(x.createdAt, c.w().asOfEnd) <= horizon)
            pipeline += c.major(x.amount), inH.push_back(r);
    }
    if (!byDate)
        part.flags.push_back("fallback");
    const auto& f = c.d.facts;
    m.details = { { "plan_h", *plan }, { "pipeline_h", pipeline }, { "win_rate_amt", f.winRateAmt.value_or(kNaN) } };
    pipelineCuts(m, c, open);
    drill(m, "Open deals in the quarter's pipeline", "deals", dealIds(c, inH));
    std::vector<Row> won, lost; // behind win_rate_amt (§2)
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r)
        if (const auto& x = at(c.d.deals, r); closedAcquisition(x, c.w().w))
            (x.isWon() ? won : lost).push_back(r);
    drill(m, "Won acquisition deals (win rate)", "deals", dealIds(c, won));
    drill(m, "Lost acquisition deals (win rate)", "deals", dealIds(c, lost));
    if (!f.winRateAmt)
        return notAssessed(part, Reason::NoData, "No closed acquisition deals for win_rate_amt."), m;
    setValue(part, "coverage", pipeline * *f.winRateAmt / *plan, f.wonW + f.lostW);
    requireSample(part, f.wonW + f.lostW, 20, "closed acquisition deals for win_rate_amt");
    return m;
}

} // namespace sa::scoring::measures
