// Component S: S2 performance spread, S5 ramp-up, S8 turnover, S9 workload balance.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"
#include "scoring/measures/PlanBook.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring::measures {

using metrics::Role;

/// Won amount per owner row and month (all pipelines).
std::map<Row, std::map<int, double>> wonByMonth(const MeasureContext& c)
{
    std::map<Row, std::map<int, double>> out;
    for (const auto& x : c.d.deals)
        if (x.isWon() && x.owner != kNone && x.closedAt != kNoTime)
            out[x.owner][monthIndex(x.closedAt)] += c.major(x.amount);
    return out;
}

/// Median monthly won amount of tenured sales managers of `role` over W (manager-months pooled).
double tenuredMedian(const MeasureContext& c, const std::map<Row, std::map<int, double>>& won, Role role)
{
    std::vector<double> v;
    for (Row r = 0; r < static_cast<Row>(c.d.managers.size()); ++r) {
        const auto& mg = at(c.d.managers, r);
        if (!mg.isSalesManager() || mg.role != role)
            continue;
        for (int month = c.w().w.fromMonth(); month <= c.w().w.toMonth(); ++month)
            if (mg.tenuredIn(month))
                v.push_back(won.count(r) && won.at(r).count(month) ? won.at(r).at(month) : 0.0);
    }
    return median(v);
}

namespace {

/// Headcount-weighted mean of per-role CVs over roles with ≥ 3 managers.
std::optional<double> spread(const std::map<Role, std::vector<double>>& byRole, nlohmann::json& details, long long& n)
{
    double weighted = 0;
    n = 0;
    for (const auto& [role, xs] : byRole) {
        const double v = cv(xs);
        details["cv_by_role"][metrics::toString(role)]
            = { { "managers", xs.size() }, { "cv", std::isfinite(v) ? nlohmann::json(v) : nlohmann::json() } };
        if (xs.size() < 3 || !std::isfinite(v))
            continue;
        weighted += v * static_cast<double>(xs.size()), n += static_cast<long long>(xs.size());
    }
    if (n == 0)
        return std::nullopt;
    return weighted / static_cast<double>(n);
}

} // namespace

static long long ownedGrowthInputs(const MeasureContext& c, Row manager, double& now, double& before)
{
    long long k = 0;
    for (std::size_t i = 0; i < c.d.clients.size(); ++i)
        if (c.d.clients[i].owner == manager && c.revW[i] > 0 && c.revW1[i] > 0)
            now += c.major(c.revW[i]), before += c.major(c.revW1[i]), ++k;
    return k;
}

namespace {

/// x_m of S2 and whether it is revenue-based (impact only then).
std::optional<std::pair<double, bool>> performance(
    const MeasureContext& c, Row r, const std::vector<int>& months, const std::map<Row, std::map<int, double>>& won)
{
    const auto& mg = at(c.d.managers, r);
    const auto plans = managerPlans(c, PlanField::Revenue, months);
    if (auto it = plans.find(r); it != plans.end() && it->second > 0) {
        double actual = 0;
        for (const auto& e : c.d.revenue.events())
            if (e.manager == r && std::find(months.begin(), months.end(), monthIndex(e.at)) != months.end())
                actual += c.major(e.amount);
        return std::pair { actual / it->second, false };
    }
    if (mg.role == Role::Sdr) {
        long long sql = 0;
        for (const auto& l : c.d.leads)
            sql += l.owner == r && l.sqlAt != kNoTime
                && std::find(months.begin(), months.end(), monthIndex(l.sqlAt)) != months.end();
        return std::pair { static_cast<double>(sql) / static_cast<double>(months.size()), false };
    }
    if (mg.role == Role::Farmer) {
        double now = 0, before = 0;
        if (ownedGrowthInputs(c, r, now, before) == 0 || before <= 0)
            return std::nullopt;
        return std::pair { now / before, false };
    }
    double sum = 0;
    if (auto it = won.find(r); it != won.end())
        for (int month : months)
            sum += it->second.count(month) ? it->second.at(month) : 0.0;
    return std::pair { sum / static_cast<double>(months.size()), true };
}

} // namespace

Measurement measureS2(const MeasureContext& c)
{
    auto m = begin("S2", c.w().w);
    auto& part = m.parts.front();
    const auto won = wonByMonth(c);
    std::map<Role, std::vector<double>> byRole;
    std::map<Role, std::vector<double>> revenueBased;
    std::vector<Row> measured;
    for (Row r = 0; r < static_cast<Row>(c.d.managers.size()); ++r) {
        const auto& mg = at(c.d.managers, r);
        std::vector<int> months;
        for (int month = c.w().w.fromMonth(); month <= c.w().w.toMonth(); ++month)
            if (mg.isSalesManager() && mg.tenuredIn(month))
                months.push_back(month);
        if (months.size() < 6)
            continue;
        const auto x = performance(c, r, months, won);
        if (!x)
            continue;
        byRole[mg.role].push_back(x->first);
        measured.push_back(r);
        if (x->second)
            revenueBased[mg.role].push_back(x->first);
        m.details["managers"][mg.name] = x->first;
    }
    drill(m, "Managers measured", "managers", idsOf(c.d.managers, measured));
    long long n = 0;
    const auto v = spread(byRole, m.details, n);
    if (!v)
        return notAssessed(part, Reason::InsufficientSample, "No role has 3 managers with 6 tenured months in W."), m;
    setValue(part, "cv", *v, n);
    double gap = 0;
    for (const auto& [role, xs] : revenueBased) {
        if (xs.size() < 3)
            continue;
        const double med = median(xs);
        for (double x : xs)
            gap += std::max(0.0, med - x);
    }
    if (!revenueBased.empty())
        setImpact(m, c, c.params.number("realisation", 0.5) * gap * 12);
    return m;
}

} // namespace sa::scoring::measures
