// Component S, the team over time and its load: S5 ramp-up, S8 turnover, S9 workload balance.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring::measures {

std::optional<double> rampNorm(const MeasureContext& c)
{
    if (!c.d.facts.medCycleDays)
        return std::nullopt;
    return 2.0 + std::ceil(*c.d.facts.medCycleDays / 30.0);
}

namespace {

/// ramp(m): first month k ≥ 1 after the hire month with won ≥ 0.7 × the role's tenured median; else 13.
int ramp(const MeasureContext& c, Row r, const std::map<Row, std::map<int, double>>& won, double target)
{
    const int hire = monthIndex(at(c.d.managers, r).hiredAt);
    for (int k = 1; k <= 12 && hire + k <= c.w().asOfMonth; ++k) {
        auto it = won.find(r);
        const double amount = it != won.end() && it->second.count(hire + k) ? it->second.at(hire + k) : 0.0;
        if (amount >= 0.7 * target)
            return k;
    }
    return 13;
}

} // namespace

Measurement measureS5(const MeasureContext& c)
{
    auto m = begin("S5", c.months(0, 24));
    auto& part = m.parts.front();
    const auto norm = rampNorm(c);
    if (!c.field("managers.hired_at") || !norm)
        return notAssessed(part, Reason::NoData, "S5 needs hire dates and a median sales cycle."), m;
    const auto won = wonByMonth(c);
    std::vector<double> ramps;
    std::vector<Row> hires;
    for (Row r = 0; r < static_cast<Row>(c.d.managers.size()); ++r) {
        const auto& mg = at(c.d.managers, r);
        if (!mg.isSalesManager() || mg.hiredAt == kNoTime || !c.months(0, 24).contains(mg.hiredAt))
            continue;
        const int end
            = mg.terminatedAt == kNoTime ? c.w().asOfMonth : std::min(c.w().asOfMonth, monthIndex(mg.terminatedAt));
        if (end - monthIndex(mg.hiredAt) < *norm)
            continue;
        const double target = tenuredMedian(c, won, mg.role);
        if (!std::isfinite(target))
            continue;
        ramps.push_back(ramp(c, r, won, target));
        hires.push_back(r);
        m.details["ramps"][mg.name] = ramps.back();
    }
    m.details["ramp_norm"] = *norm;
    drill(m, "Hires measured", "managers", idsOf(c.d.managers, hires));
    if (ramps.empty())
        return notAssessed(part, Reason::InsufficientSample, "No eligible hires in the last 24 months."), m;
    setValue(part, "ramp_ratio", median(ramps) / *norm, static_cast<long long>(ramps.size()));
    m.details["median_ramp"] = median(ramps);
    requireSample(part, static_cast<long long>(ramps.size()), 2, "eligible hires");
    return m;
}

namespace {
/// Sales-manager headcount at each month end of [first, last] and terminations inside (their rows
/// into `leavers`).
std::pair<double, long long> turnoverInputs(const MeasureContext& c, int first, int last, std::vector<Row>& leavers)
{
    double heads = 0;
    long long left = 0;
    const Period p = Period::ofMonths(first, last);
    leavers.clear();
    for (Row r = 0; r < static_cast<Row>(c.d.managers.size()); ++r) {
        const auto& mg = at(c.d.managers, r);
        if (!mg.isSalesManager() || mg.hiredAt == kNoTime)
            continue;
        left += p.contains(mg.terminatedAt);
        if (p.contains(mg.terminatedAt))
            leavers.push_back(r);
        for (int month = first; month <= last; ++month) {
            const LocalSeconds end = Period::ofMonths(month, month).to;
            heads += mg.hiredAt <= end && (mg.terminatedAt == kNoTime || mg.terminatedAt > end);
        }
    }
    return { heads / static_cast<double>(last - first + 1), left };
}
} // namespace

Measurement measureS8(const MeasureContext& c)
{
    auto m = begin("S8", c.w().w);
    auto& part = m.parts.front();
    if (!c.field("managers.hired_at") || !c.field("managers.terminated_at")) {
        part.fieldAbsent = true;
        return notAssessed(part, Reason::NoData, "Hire and termination dates are not provided."), m;
    }
    const int last = c.w().asOfMonth;
    std::vector<Row> leavers;
    auto [heads, left] = turnoverInputs(c, last - 11, last, leavers);
    double value = heads > 0 ? static_cast<double>(left) / heads : kNaN;
    if (heads < 5) {
        std::tie(heads, left) = turnoverInputs(c, last - 23, last, leavers);
        value = heads > 0 ? static_cast<double>(left) / heads / 2 : kNaN; // annualised
        part.flags.push_back("window_24_months");
        m.periodFrom = c.months(0, 24).fromText();
    }
    m.details = { { "mean_headcount", heads }, { "terminations", left } };
    drill(m, "Sales managers who left", "managers", idsOf(c.d.managers, leavers));
    if (heads < 3)
        return notAssessed(part, Reason::InsufficientSample, "Mean sales headcount is below 3."), m;
    setValue(part, "turnover", value, static_cast<long long>(std::llround(heads)));
    const auto norm = rampNorm(c);
    std::vector<double> all;
    const auto won = wonByMonth(c);
    for (auto role : { metrics::Role::Hunter, metrics::Role::Farmer, metrics::Role::FullCycle, metrics::Role::Sdr,
             metrics::Role::Other })
        if (const double v = tenuredMedian(c, won, role); std::isfinite(v))
            all.push_back(v);
    if (norm && !all.empty())
        setImpact(
            m, c, std::max(0.0, value - 0.15) * heads * *norm * median(all) * c.params.number("realisation", 0.5));
    return m;
}

namespace {

void s9PartA(const MeasureContext& c, Measurement& m, PartMeasurement& part)
{
    std::map<Row, double> load;
    for (const auto& x : c.d.deals)
        if (x.owner != kNone && x.openAt(c.w().asOfEnd))
            load[x.owner] += 1;
    for (std::size_t i = 0; i < c.d.clients.size(); ++i)
        if (c.revW[i] > 0 && c.d.clients[i].owner != kNone)
            load[c.d.clients[i].owner] += 1;
    std::map<metrics::Role, std::vector<double>> byRole;
    for (Row r = 0; r < static_cast<Row>(c.d.managers.size()); ++r) {
        const auto& mg = at(c.d.managers, r);
        if (!mg.isSalesManager() || !mg.tenuredIn(c.w().asOfMonth))
            continue;
        byRole[mg.role].push_back(load[r]);
        m.details["load"][mg.name] = load[r];
    }
    double weighted = 0;
    long long n = 0;
    for (const auto& [role, xs] : byRole)
        if (const double v = cv(xs); xs.size() >= 3 && std::isfinite(v))
            weighted += v * double(xs.size()), n += static_cast<long long>(xs.size());
    if (n == 0)
        return notAssessed(part, Reason::InsufficientSample, "No role has 3 tenured sales managers.");
    setValue(part, "load_cv", weighted / static_cast<double>(n), n);
}

void s9PartB(const MeasureContext& c, PartMeasurement& part, std::vector<std::int64_t>& untouched,
    std::vector<std::int64_t>& ownedIds)
{
    if (c.d.activityRows == 0)
        return notAssessed(part, Reason::NoData, "No activities were imported.");
    const LocalSeconds since = c.w().asOfEnd - 90 * kSecondsPerDay;
    long long owned = 0;
    for (std::size_t i = 0; i < c.d.clients.size(); ++i) {
        const auto& cl = c.d.clients[i];
        if (c.revW[i] <= 0 || cl.owner == kNone)
            continue;
        ++owned;
        ownedIds.push_back(cl.id);
        if (cl.lastDoneActivityAt == kNoTime || cl.lastDoneActivityAt < since)
            untouched.push_back(cl.id);
    }
    ratio(part, "untouched_share", static_cast<double>(untouched.size()), static_cast<double>(owned), 30,
        "active clients with an owner");
}

} // namespace

Measurement measureS9(const MeasureContext& c)
{
    auto m = begin("S9", c.w().w, "A");
    PartMeasurement b;
    b.id = "B";
    std::vector<std::int64_t> untouched, owned;
    s9PartA(c, m, m.parts.front());
    s9PartB(c, b, untouched, owned);
    m.parts.push_back(b);
    const bool a = m.parts[0].reason == Reason::None, bb = m.parts[1].reason == Reason::None;
    for (auto& p : m.parts)
        p.partial = a != bb;
    drill(m, "Active clients not contacted in 90 days", "clients", std::move(untouched));
    drill(m, "Active clients with an owner", "clients", std::move(owned));
    return m;
}

} // namespace sa::scoring::measures
