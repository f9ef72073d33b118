// Component L, lead flow: L4 lead volume against the plan, L6 speed of first response.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"
#include "scoring/measures/PlanBook.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring::measures {
namespace {

/// plan_new per year: Σ new_business_plan of the next 12 months, else 12 × mean revenue_plan of the
/// last 3 months × share of rev(W) from clients new in W.
std::optional<double> newBusinessPlan(const MeasureContext& c, PartMeasurement& part)
{
    const auto nb = companyPlans(c, PlanField::NewBusiness);
    double sum = 0;
    for (int month = c.w().asOfMonth + 1; month <= c.w().asOfMonth + 12; ++month)
        if (auto it = nb.find(month); it != nb.end())
            sum += it->second.value;
    if (sum > 0)
        return sum;
    const auto rev = companyPlans(c, PlanField::Revenue);
    std::vector<double> last;
    for (auto it = rev.rbegin(); it != rev.rend() && last.size() < 3; ++it)
        if (it->first <= c.w().asOfMonth)
            last.push_back(it->second.value);
    const double total = c.major(c.d.revenue.total(c.w().w));
    if (last.empty() || total <= 0)
        return std::nullopt;
    double fromNew = 0;
    for (std::size_t i = 0; i < c.revW.size(); ++i)
        if (c.w().w.contains(c.d.clients[i].firstOrderAt))
            fromNew += c.major(c.revW[i]);
    part.flags.push_back("plan_new_from_revenue_plan");
    return 12 * mean(last) * fromNew / total;
}

} // namespace

Measurement measureL4(const MeasureContext& c)
{
    auto m = begin("L4", c.w().w6);
    auto& part = m.parts.front();
    const auto plan = newBusinessPlan(c, part);
    const double overall = funnelOf(c, c.d.facts.leadCohort).overall();
    const double avgNew = c.d.facts.avgNew ? c.major(*c.d.facts.avgNew) : kNaN;
    if (!plan || *plan <= 0)
        return notAssessed(part, Reason::NoData, "No new-business or revenue plan."), m;
    if (!(overall > 0) || !(avgNew > 0))
        return notAssessed(part, Reason::NoData, "The overall lead conversion or avg_new cannot be computed."), m;
    std::vector<Row> recent;
    for (Row r = 0; r < static_cast<Row>(c.d.leads.size()); ++r)
        if (c.w().w6.contains(at(c.d.leads, r).createdAt))
            recent.push_back(r);
    const auto leads = static_cast<long long>(recent.size());
    const double req = *plan / 12 / (avgNew * overall), actual = static_cast<double>(leads) / 6;
    m.details = { { "plan_new", *plan }, { "required_per_month", req }, { "actual_per_month", actual },
        { "overall", overall }, { "avg_new", avgNew } };
    drill(m, "Leads of the last 6 months", leadTable(c), idsOf(c.d.leads, recent));
    setValue(part, "lead_sufficiency", actual / req, leads);
    setImpact(m, c, std::max(0.0, req - actual) * 12 * overall * avgNew);
    return m;
}

namespace {

struct Response {
    double hours;
    bool won;
    Row lead;
};

std::vector<Response> responses(const MeasureContext& c, long long& timed)
{
    std::vector<Response> out;
    for (std::size_t i = 0; i < c.d.leads.size(); ++i) {
        const auto& l = c.d.leads[i];
        if (l.direction != metrics::Direction::Inbound || !c.w().w6.contains(l.createdAt))
            continue;
        timed += l.createdAt != startOfDay(l.createdAt);
        LocalSeconds t1 = l.firstContactAt >= l.createdAt ? l.firstContactAt : kNoTime;
        const Row deal = c.leadDeal[i];
        if (deal != kNone) {
            const LocalSeconds dc = at(c.d.deals, deal).firstContactAt;
            if (dc != kNoTime && dc >= l.createdAt && (t1 == kNoTime || dc < t1))
                t1 = dc;
        }
        const bool won = deal != kNone && at(c.d.deals, deal).isWon() && at(c.d.deals, deal).closedAt <= c.w().asOfEnd;
        const LocalSeconds t0 = nextBusinessMoment(c, l.createdAt);
        // responses beyond 60 days only need to be "late": cap the calendar walk
        const double h = t1 == kNoTime ? INFINITY
            : t1 <= t0                 ? 0.0
                                       : businessSeconds(c, t0, std::min(t1, t0 + 60 * kSecondsPerDay)) / 3600;
        out.push_back({ h, won, static_cast<Row>(i) });
    }
    return out;
}

} // namespace

Measurement measureL6(const MeasureContext& c)
{
    auto m = begin("L6", c.w().w6);
    auto& part = m.parts.front();
    long long timed = 0;
    const auto rs = responses(c, timed);
    if (!rs.empty() && timed == 0)
        return notAssessed(part, Reason::NoData, "Lead times carry no time of day."), m;
    if (c.d.doneActivities == 0)
        return notAssessed(part, Reason::NoData, "No done activities to link to leads."), m;
    long long fast = 0, fastWon = 0, slowWon = 0, never = 0;
    std::vector<double> hours;
    std::vector<Row> late, all;
    for (const auto& r : rs) {
        hours.push_back(std::isfinite(r.hours) ? r.hours : 1e9);
        never += !std::isfinite(r.hours);
        all.push_back(r.lead);
        if (r.hours <= 1.0)
            ++fast, fastWon += r.won;
        else
            slowWon += r.won, late.push_back(r.lead);
    }
    const auto n = static_cast<long long>(rs.size());
    ratio(part, "within_1h_share", static_cast<double>(fast), static_cast<double>(n), 30, "inbound leads");
    if (n == 0)
        return m;
    m.details = { { "median_response_hours", median(hours) >= 1e9 ? nlohmann::json() : nlohmann::json(median(hours)) },
        { "never_contacted_share", static_cast<double>(never) / static_cast<double>(n) } };
    drill(m, "Inbound leads not answered within 1 business hour", leadTable(c), idsOf(c.d.leads, late));
    drill(m, "Inbound leads", leadTable(c), idsOf(c.d.leads, all));
    const long long slow = n - fast;
    if (part.reason != Reason::None || fast < 30 || slow < 30 || !c.d.facts.avgNew)
        return m;
    const double dc = static_cast<double>(fastWon) / double(fast) - static_cast<double>(slowWon) / double(slow);
    const double value = static_cast<double>(fast) / static_cast<double>(n);
    setImpact(m, c, std::max(0.0, 0.80 - value) * 2.0 * double(n) * std::max(0.0, dc) * c.major(*c.d.facts.avgNew));
    return m;
}

} // namespace sa::scoring::measures
