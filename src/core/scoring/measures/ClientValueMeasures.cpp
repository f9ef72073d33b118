// Component C, money in the base: C5 LTV/CAC, C6 revenue concentration, C9 dormant clients.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace sa::scoring::measures {
namespace {

/// refs.acq_share, else the FTE share of hunter + sdr + 0.5 × full_cycle among sales staff.
double acquisitionShare(const MeasureContext& c)
{
    if (auto v = c.params.number("acq_share"))
        return *v;
    double all = 0, acq = 0;
    for (const auto& mg : c.d.managers) {
        if (!mg.isSales || !mg.employedIn(c.w().asOfMonth))
            continue;
        all += mg.fte;
        if (mg.role == metrics::Role::Hunter || mg.role == metrics::Role::Sdr)
            acq += mg.fte;
        if (mg.role == metrics::Role::FullCycle)
            acq += 0.5 * mg.fte;
    }
    return all > 0 ? acq / all : 0.0;
}

} // namespace

std::vector<Row> newClientsIn(const MeasureContext& c, const Period& p)
{
    std::vector<Row> rows;
    for (Row r = 0; r < static_cast<Row>(c.d.clients.size()); ++r)
        if (p.contains(at(c.d.clients, r).firstOrderAt))
            rows.push_back(r);
    return rows;
}

Measurement measureC5(const MeasureContext& c, std::optional<double> crr)
{
    auto m = begin("C5", c.w().w);
    auto& part = m.parts.front();
    double costs = 0, team = 0;
    bool anyCost = false;
    for (const auto& k : c.d.channelCosts)
        if (c.w().w.contains(monthFromIndex(k.month)))
            costs += c.major(k.cost), anyCost = true;
    for (const auto& f : c.d.financials)
        if (c.w().w.contains(monthFromIndex(f.month)) && f.salesTeamCost)
            team += c.major(*f.salesTeamCost), anyCost = true;
    const auto freshRows = newClientsIn(c, c.w().w);
    const auto fresh = static_cast<long long>(freshRows.size());
    const auto active = std::count_if(c.revW.begin(), c.revW.end(), [](Minor v) { return v > 0; });
    std::string missing = !crr ? "C3 retention is not assessed"
        : !c.d.gm.known()      ? "gm is unknown"
        : !anyCost             ? "no acquisition costs"
        : active == 0          ? "no active clients"
                               : "";
    if (!missing.empty())
        return notAssessed(part, Reason::NoData, "LTV/CAC cannot be computed: " + missing + "."), m;
    const double years = c.params.number("retention_window_months", 12) / 12.0;
    const double life = *crr >= 1 ? 10.0 : std::min(years / (1 - *crr), 10.0);
    const double ltv = c.major(c.d.revenue.total(c.w().w)) * c.d.gm.value / static_cast<double>(active) * life;
    const double cac = fresh > 0 ? (costs + team * acquisitionShare(c)) / static_cast<double>(fresh) : kNaN;
    m.details = { { "ltv", ltv }, { "cac", cac }, { "life_years", life }, { "new_clients", fresh },
        { "acq_share", acquisitionShare(c) } };
    drill(m, "New clients in the window", "clients", idsOf(c.d.clients, freshRows));
    if (fresh == 0 || !(cac > 0))
        return notAssessed(part, Reason::NoData, "No new clients or no acquisition cost in W."), m;
    setValue(part, "ltv_cac", ltv / cac, fresh);
    if (ltv / cac > 5)
        part.flags.push_back("possible_under_investment");
    requireSample(part, fresh, 10, "new clients");
    flagRevenueBasis(part, c);
    return m;
}

Measurement measureC6(const MeasureContext& c, std::optional<double> crr)
{
    auto m = begin("C6", c.w().w);
    auto& part = m.parts.front();
    std::vector<std::pair<Minor, Row>> rev;
    for (std::size_t i = 0; i < c.revW.size(); ++i)
        if (c.revW[i] > 0)
            rev.push_back({ c.revW[i], static_cast<Row>(i) });
    std::sort(rev.begin(), rev.end(), std::greater<>());
    const double total = c.major(c.d.revenue.total(c.w().w));
    if (rev.empty() || total <= 0)
        return notAssessed(part, Reason::NoData, "No client revenue in W."), m;
    const auto n = static_cast<long long>(rev.size());
    setValue(part, "top1", c.major(rev.front().first) / total, n);
    double top10 = 0;
    std::vector<std::int64_t> topIds;
    for (std::size_t i = 0; i < rev.size() && i < 10; ++i)
        top10 += c.major(rev[i].first), topIds.push_back(at(c.d.clients, rev[i].second).id);
    if (n >= 20)
        part.indicators.push_back({ "top10", top10 / total });
    m.details["top10_share"] = top10 / total;
    flagRevenueBasis(part, c);
    if (n < 5)
        return notAssessed(part, Reason::InsufficientSample, "Fewer than 5 active clients.", true), m;
    double exposed = 0;
    std::vector<std::int64_t> ids;
    for (const auto& [r, row] : rev)
        if (c.major(r) > 0.10 * total)
            exposed += c.major(r) - 0.10 * total, ids.push_back(at(c.d.clients, row).id);
    setImpact(m, c, exposed * (1 - crr.value_or(0.75)));
    if (!crr)
        m.details["crr_assumed"] = 0.75;
    drill(m, "Clients above 10 % of revenue", "clients", std::move(ids));
    drill(m, "Top 10 clients by revenue", "clients", std::move(topIds));
    return m;
}

namespace {

/// refs.dormant_days, else max(180, 2 × median interval between orders of repeat clients).
double dormantDays(const MeasureContext& c)
{
    if (auto v = c.params.number("dormant_days"))
        return *v;
    std::vector<double> gaps;
    const auto& ev = c.d.revenue.events();
    for (std::size_t i = 1; i < ev.size(); ++i)
        if (ev[i].client != kNone && ev[i].client == ev[i - 1].client && ev[i].at > ev[i - 1].at)
            gaps.push_back(days(ev[i - 1].at, ev[i].at));
    return std::max(180.0, gaps.empty() ? 0.0 : 2 * median(gaps));
}

struct Dormant {
    Row client;
    double lastYear;
};

/// Clients whose last order before `t` falls in [t − 36 months, t − D), with revenue in their
/// last 12 active months.
std::vector<Dormant> dormantAt(const MeasureContext& c, LocalSeconds t, double d)
{
    std::vector<Dormant> out;
    const LocalSeconds from = addMonths(startOfMonth(t), -36), to = t - static_cast<LocalSeconds>(d * kSecondsPerDay);
    for (Row cl = 0; cl < static_cast<Row>(c.d.clients.size()); ++cl) {
        LocalSeconds last = kNoTime;
        for (auto e = c.d.revenue.clientBegin(cl); e < c.d.revenue.clientEnd(cl); ++e)
            if (at(c.d.revenue.events(), e).at < t)
                last = at(c.d.revenue.events(), e).at;
        if (last == kNoTime || last < from || last >= to)
            continue;
        const Period active = Period::ofMonths(monthIndex(last) - 11, monthIndex(last));
        out.push_back({ cl, c.major(c.d.revenue.ofClient(cl, active)) });
    }
    return out;
}

} // namespace

Measurement measureC9(const MeasureContext& c)
{
    auto m = begin("C9", c.months(0, 36));
    auto& part = m.parts.front();
    if (c.d.activityRows == 0) {
        part.fieldAbsent = true;
        return notAssessed(part, Reason::NoData, "No activities were imported."), m;
    }
    if (c.monthsOfRevenue() < 24)
        return notAssessed(part, Reason::NoData, "C9 needs 24 months of orders."), m;
    const double d = dormantDays(c);
    std::vector<double> activeRev;
    for (Minor v : c.revW)
        if (v > 0)
            activeRev.push_back(c.major(v));
    const double threshold = median(activeRev);
    const LocalSeconds since = c.w().asOfEnd - 90 * kSecondsPerDay;
    long long valuable = 0, contacted = 0;
    double uncontactedRev = 0;
    std::vector<std::int64_t> ids, valuableIds;
    for (const auto& x : dormantAt(c, c.w().asOfEnd + 1, d)) {
        if (activeRev.empty() || x.lastYear < threshold)
            continue;
        ++valuable;
        valuableIds.push_back(at(c.d.clients, x.client).id);
        const auto& cl = at(c.d.clients, x.client);
        if (cl.lastDoneActivityAt != kNoTime && cl.lastDoneActivityAt >= since)
            ++contacted;
        else
            uncontactedRev += x.lastYear, ids.push_back(cl.id);
    }
    m.details = { { "dormant_days", d }, { "valuable_threshold", std::isfinite(threshold) ? threshold : 0.0 } };
    const auto before = dormantAt(c, addMonths(c.w().w.from, 0), d);
    const auto back = std::count_if(
        before.begin(), before.end(), [&](const Dormant& x) { return c.revW[static_cast<std::size_t>(x.client)] > 0; });
    if (!before.empty())
        m.details["reactivation_rate"] = static_cast<double>(back) / static_cast<double>(before.size());
    ratio(part, "contacted_share", static_cast<double>(contacted), static_cast<double>(valuable), 10,
        "valuable dormant clients");
    flagRevenueBasis(part, c);
    if (part.reason == Reason::None)
        setImpact(m, c, uncontactedRev * c.params.number("winback_rate", 0.10));
    drill(m, "Valuable dormant clients not contacted in 90 days", "clients", std::move(ids));
    drill(m, "Valuable dormant clients", "clients", std::move(valuableIds));
    return m;
}

} // namespace sa::scoring::measures
