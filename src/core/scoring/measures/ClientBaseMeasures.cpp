// Component C, value of the base: C3 retention, C5 LTV/CAC, C6 concentration, C7 same-client
// growth, C9 dormant-client reactivation.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring::measures {
namespace {

/// S (active in the previous window) and R (active in both) for refs.retention_window_months.
struct Retention {
    int window = 12;
    std::vector<Minor> now, before;
    long long s = 0, r = 0;
    double lostRevenue = 0; ///< Σ rev(client, previous) of clients lost
    std::vector<Row> retained, lost; ///< client rows of R and S \ R
};

Retention retention(const MeasureContext& c)
{
    Retention out;
    out.window = static_cast<int>(c.params.number("retention_window_months", 12));
    if (out.window == 12)
        out.now = c.revW, out.before = c.revW1;
    else {
        out.now = c.d.revenueByClient(c.months(0, out.window));
        out.before = c.d.revenueByClient(c.months(out.window, out.window));
    }
    for (std::size_t i = 0; i < out.before.size(); ++i) {
        if (out.before[i] <= 0)
            continue;
        ++out.s;
        if (out.now[i] > 0)
            ++out.r, out.retained.push_back(static_cast<Row>(i));
        else
            out.lostRevenue += c.major(out.before[i]), out.lost.push_back(static_cast<Row>(i));
    }
    return out;
}

/// Spec §4 C3 Missing: 2 windows of orders and |S| ≥ 20 (shared by C7).
bool retentionInputs(const MeasureContext& c, const Retention& rt, PartMeasurement& part)
{
    if (c.monthsOfRevenue() < 2 * rt.window) {
        notAssessed(part, Reason::NoData, "Retention needs " + std::to_string(2 * rt.window) + " months of orders.");
        return false;
    }
    return true;
}

/// Share of retained clients buying a product_category in W they never bought before W.
std::optional<double> newCategoryShare(const MeasureContext& c, const Retention& rt)
{
    std::map<Row, std::pair<std::set<Row>, std::set<Row>>> cats; // client → (before W, in W)
    for (const auto& o : c.d.orders) {
        if (!o.counts || o.client == kNone || o.productCategory == kNone || o.date > c.w().w.to)
            continue;
        const auto i = static_cast<std::size_t>(o.client);
        if (rt.now[i] <= 0 || rt.before[i] <= 0)
            continue;
        auto& [old, fresh] = cats[o.client];
        (o.date < c.w().w.from ? old : fresh).insert(o.productCategory);
    }
    if (cats.empty() || rt.r == 0)
        return std::nullopt;
    long long n = 0;
    for (const auto& entry : cats) {
        const auto& [old, fresh] = entry.second;
        n += std::any_of(fresh.begin(), fresh.end(), [&prior = old](Row k) { return !prior.count(k); });
    }
    return static_cast<double>(n) / static_cast<double>(rt.r);
}

} // namespace

Measurement measureC3(const MeasureContext& c)
{
    const auto rt = retention(c);
    auto m = begin("C3", c.months(0, 2 * rt.window));
    auto& part = m.parts.front();
    if (!retentionInputs(c, rt, part))
        return m;
    ratio(part, "retention", static_cast<double>(rt.r), static_cast<double>(rt.s), 20, "clients active in W-1");
    flagRevenueBasis(part, c);
    m.details = { { "active_before", rt.s }, { "retained", rt.r }, { "window_months", rt.window } };
    drill(m, "Clients lost (active before, not now)", "clients", idsOf(c.d.clients, rt.lost));
    drill(m, "Clients retained", "clients", idsOf(c.d.clients, rt.retained));
    if (part.reason != Reason::None)
        return m;
    const double crr = static_cast<double>(rt.r) / static_cast<double>(rt.s);
    const long long lost = rt.s - rt.r;
    const double meanLost = lost > 0 ? rt.lostRevenue / static_cast<double>(lost) : 0.0;
    setImpact(m, c, std::max(0.0, 0.80 - crr) * static_cast<double>(rt.s) * meanLost);
    return m;
}

Measurement measureC7(const MeasureContext& c)
{
    const auto rt = retention(c);
    auto m = begin("C7", c.months(0, 2 * rt.window));
    auto& part = m.parts.front();
    if (!retentionInputs(c, rt, part))
        return m;
    double now = 0, before = 0, potential = 0, revAll = 0;
    for (std::size_t i = 0; i < rt.now.size(); ++i) {
        if (rt.now[i] > 0 && c.d.clients[i].potentialAmount > 0)
            potential += c.major(c.d.clients[i].potentialAmount), revAll += c.major(rt.now[i]);
        if (rt.now[i] <= 0 || rt.before[i] <= 0)
            continue;
        now += c.major(rt.now[i]), before += c.major(rt.before[i]);
    }
    if (before <= 0)
        return notAssessed(part, Reason::NoData, "No retained client revenue in W-1."), m;
    setValue(part, "growth", now / before, rt.r);
    requireSample(part, rt.s, 20, "clients active in W-1");
    flagRevenueBasis(part, c);
    if (potential > 0)
        m.details["potential_use"] = revAll / potential;
    if (auto share = newCategoryShare(c, rt))
        m.details["new_category_share"] = *share;
    m.details["retained_revenue_w"] = now, m.details["retained_revenue_w1"] = before;
    drill(m, "Clients retained", "clients", idsOf(c.d.clients, rt.retained));
    if (part.reason == Reason::None)
        setImpact(m, c, std::max(0.0, c.params.number("same_client_growth", 1.05) - now / before) * before);
    return m;
}

} // namespace sa::scoring::measures
