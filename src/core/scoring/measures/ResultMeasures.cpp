// Component M, result side: M6 probability / potential / category, M7 forecast accuracy, M8 result
// metrics (part A new clients vs plan, part B net margin change).
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"
#include "scoring/measures/PlanBook.h"

#include <cmath>

namespace sa::scoring::measures {
namespace {

/// Effective probability of a deal: its own, else its stage's default (< 0 = none).
double probabilityOf(const MeasureContext& c, const metrics::Deal& x)
{
    if (x.probability >= 0)
        return x.probability;
    return x.stage == kNone ? -1.0 : at(c.d.stages, x.stage).defaultProbability;
}

/// Probability is informative when set, or stage defaults have ≥ 3 distinct values, and
/// not when > 90 % of open deals share one value.
bool probabilityInformative(const MeasureContext& c, const std::vector<Row>& open, nlohmann::json& info)
{
    std::set<double> defaults;
    for (const auto& s : c.d.stages)
        if (s.defaultProbability >= 0)
            defaults.insert(s.defaultProbability);
    std::map<double, long long> values;
    for (Row r : open) {
        const double p = probabilityOf(c, at(c.d.deals, r));
        if (p >= 0)
            ++values[p];
    }
    long long top = 0;
    for (const auto& [v, n] : values)
        top = std::max(top, n);
    info = { { "stage_default_values", defaults.size() },
        { "most_common_value_share",
            open.empty() ? 0.0 : static_cast<double>(top) / static_cast<double>(open.size()) } };
    const bool source = c.field("deals.probability") || defaults.size() >= 3;
    return source && !open.empty() && static_cast<double>(top) <= 0.9 * static_cast<double>(open.size());
}

} // namespace

Measurement measureM6(const MeasureContext& c)
{
    auto m = begin("M6", Period::ofDays(c.w().asOf, c.w().asOf));
    auto& part = m.parts.front();
    if (!c.field("clients.category") || !c.field("clients.potential_amount")) {
        part.fieldAbsent = true;
        notAssessed(part, Reason::NoData, "Client category or potential is not in the export.");
        return m;
    }
    std::vector<Row> open, bad;
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r)
        if (at(c.d.deals, r).openAt(c.w().asOfEnd))
            open.push_back(r);
    nlohmann::json info;
    const bool informative = probabilityInformative(c, open, info);
    long long ok = 0;
    for (Row r : open) {
        const auto& x = at(c.d.deals, r);
        const auto* cl = x.client == kNone ? nullptr : &at(c.d.clients, x.client);
        const bool good = informative && probabilityOf(c, x) >= 0 && cl && cl->category != kNone
            && !c.d.texts.text(cl->category).empty() && cl->potentialAmount > 0;
        if (good)
            ++ok;
        else
            bad.push_back(r);
    }
    ratio(part, "complete_share", static_cast<double>(ok), static_cast<double>(open.size()), 30, "open deals");
    m.details["probability"] = info;
    m.details["probability_informative"] = informative;
    drill(m, "Open deals missing probability, category or potential", "deals", dealIds(c, bad));
    drill(m, "Open deals", "deals", dealIds(c, open));
    return m;
}

Measurement measureM7(const MeasureContext& c)
{
    const auto plans = companyPlans(c, PlanField::Forecast);
    std::vector<double> errs, signedErrs;
    std::vector<int> used;
    for (auto it = plans.rbegin(); it != plans.rend() && used.size() < 6; ++it) {
        const auto& [month, pm] = *it;
        if (month > c.w().asOfMonth || (pm.madeAt != kNoTime && pm.madeAt >= monthFromIndex(month)))
            continue;
        const auto actual = actualRevenue(c, month);
        if (!actual || *actual <= 0)
            continue; // err(m) is undefined without revenue
        errs.push_back(std::abs(*actual - pm.value) / *actual);
        signedErrs.push_back((pm.value - *actual) / *actual);
        used.insert(used.begin(), month);
    }
    auto m = begin("M7", used.empty() ? Period {} : Period::ofMonths(used.front(), used.back()));
    auto& part = m.parts.front();
    if (used.empty()) {
        notAssessed(part, Reason::NoData, "No company forecast made before its month, with actual revenue.");
        return m;
    }
    setValue(part, "mape", mean(errs), static_cast<long long>(used.size()));
    flagRevenueBasis(part, c);
    m.details["bias"] = mean(signedErrs);
    requireSample(part, static_cast<long long>(used.size()), 3, "forecast months");
    return m;
}

namespace {

void m8PartA(const MeasureContext& c, Measurement& m)
{
    auto& part = m.parts.front();
    const auto plans = companyPlans(c, PlanField::NewClients);
    double plan = 0;
    for (int month = c.w().w6.fromMonth(); month <= c.w().w6.toMonth(); ++month)
        if (auto it = plans.find(month); it != plans.end())
            plan += it->second.value;
    const auto fresh = newClientsIn(c, c.w().w6);
    drill(m, "New clients (first order in the last 6 months)", "clients", idsOf(c.d.clients, fresh));
    if (plan <= 0)
        return notAssessed(part, Reason::NoData, "No new-clients plan for the last 6 months.");
    const auto n = static_cast<long long>(fresh.size());
    setValue(part, "new_clients_attainment", static_cast<double>(n) / plan, n);
    flagRevenueBasis(part, c);
}

std::optional<double> netMargin(const MeasureContext& c, const Period& p)
{
    double rev = 0, net = 0;
    int months = 0;
    for (const auto& f : c.d.financials)
        if (p.contains(monthFromIndex(f.month)) && f.revenue && f.netProfit)
            rev += c.major(*f.revenue), net += c.major(*f.netProfit), ++months;
    if (months < 12 || rev <= 0)
        return std::nullopt;
    return net / rev;
}

void m8PartB(const MeasureContext& c, PartMeasurement& part)
{
    const auto now = netMargin(c, c.w().w), before = netMargin(c, c.w().wPrev);
    if (!now || !before)
        return notAssessed(part, Reason::NoData, "Net profit and revenue are needed for all 24 months of W and W-1.");
    setValue(part, "net_margin_change_pp", 100.0 * (*now - *before), 24);
}

} // namespace

Measurement measureM8(const MeasureContext& c)
{
    auto m = begin("M8", c.w().w, "A");
    PartMeasurement b;
    b.id = "B";
    m8PartA(c, m);
    m8PartB(c, b);
    m.parts.push_back(b);
    const bool a = m.parts[0].reason == Reason::None, bb = m.parts[1].reason == Reason::None;
    for (auto& p : m.parts)
        p.partial = a != bb; // one part missing: scored on the other (§5.5)
    return m;
}

} // namespace sa::scoring::measures
