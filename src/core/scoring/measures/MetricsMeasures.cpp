// Component M, plan-fact and discipline: M1 plan attainment, M3 daily activity, M6 deal fields,
// M7 forecast accuracy, M8 result metrics (new clients, net margin).
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"
#include "scoring/measures/PlanBook.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring::measures {
namespace {

/// The last `count` months ≤ as_of present in `plans`, oldest first.
std::vector<int> lastPlanned(const std::map<int, PlanMonth>& plans, int asOfMonth, std::size_t count)
{
    std::vector<int> out;
    for (auto it = plans.rbegin(); it != plans.rend() && out.size() < count; ++it)
        if (it->first <= asOfMonth)
            out.insert(out.begin(), it->first);
    return out;
}

void m1PerManager(Measurement& m, const MeasureContext& c, const std::vector<int>& months)
{
    const auto plans = managerPlans(c, PlanField::Revenue, months);
    std::map<Row, double> actual;
    for (const auto& e : c.d.revenue.events())
        if (e.manager != kNone && plans.count(e.manager)
            && std::find(months.begin(), months.end(), monthIndex(e.at)) != months.end())
            actual[e.manager] += c.major(e.amount);
    for (const auto& [mgr, plan] : plans)
        if (plan > 0)
            m.details["attainment_by_manager"][at(c.d.managers, mgr).name] = actual[mgr] / plan;
}

} // namespace

Measurement measureM1(const MeasureContext& c)
{
    const auto plans = companyPlans(c, PlanField::Revenue);
    const auto months = lastPlanned(plans, c.w().asOfMonth, 6);
    auto m = begin("M1", months.empty() ? Period {} : Period::ofMonths(months.front(), months.back()));
    auto& part = m.parts.front();
    if (months.empty()) {
        notAssessed(part, Reason::NoData, "No revenue plan was imported for the months up to as_of.");
        return m;
    }
    double plan = 0, actual = 0;
    int hit = 0;
    for (int month : months) {
        const auto a = actualRevenue(c, month);
        if (!a)
            continue;
        const auto& pm = plans.at(month);
        plan += pm.value, actual += *a, hit += *a >= pm.value;
        part.partial = part.partial || pm.fromManagers;
        m.details["months"].push_back(
            { { "month", formatMonth(monthFromIndex(month)) }, { "plan", pm.value }, { "actual", *a } });
    }
    if (plan <= 0) {
        notAssessed(part, Reason::NoData, "The plan months hold no positive revenue plan or no actual revenue.");
        return m;
    }
    setValue(part, "attainment", actual / plan, static_cast<long long>(months.size()));
    flagRevenueBasis(part, c);
    if (part.partial)
        part.flags.push_back("company_plan_from_managers");
    m.details["months_hitting_plan"] = hit;
    m.details["plan_gap_annualised"] = (plan - actual) * 12.0 / static_cast<double>(months.size());
    m1PerManager(m, c, months);
    requireSample(part, static_cast<long long>(months.size()), 3, "planned months");
    return m;
}

namespace {
bool employedOnDay(const metrics::Manager& mg, LocalSeconds day)
{
    if (!mg.employedIn(monthIndex(day)))
        return false;
    if (!mg.employmentFromHr)
        return true;
    return (mg.hiredAt == kNoTime || day >= startOfDay(mg.hiredAt))
        && (mg.terminatedAt == kNoTime || day <= mg.terminatedAt);
}

struct ActivityTotals {
    long long employed = 0, active = 0, calls = 0, outcome = 0, meetings = 0;
    std::vector<double> callsPerDay;
};

ActivityTotals m3Totals(const MeasureContext& c)
{
    ActivityTotals t;
    const Period p = c.w().w3;
    std::map<std::pair<Row, LocalSeconds>, const metrics::ActivityDay*> byDay;
    for (const auto& a : c.d.activityDays)
        if (a.manager != kNone && p.contains(a.day))
            byDay[{ a.manager, a.day }] = &a;
    for (Row r = 0; r < static_cast<Row>(c.d.managers.size()); ++r) {
        const auto& mg = at(c.d.managers, r);
        if (!mg.isSalesManager())
            continue;
        for (LocalSeconds day = p.from; day <= p.to; day += kSecondsPerDay) {
            if (!c.d.isWorkday(day) || !employedOnDay(mg, day))
                continue;
            ++t.employed;
            auto it = byDay.find({ r, day });
            const auto* a = it == byDay.end() ? nullptr : it->second;
            const int calls = a ? a->count[static_cast<int>(metrics::ActivityType::Call)] : 0;
            t.active += a && a->total() > 0;
            t.calls += calls, t.callsPerDay.push_back(calls);
            t.outcome += a ? a->callsWithOutcome : 0;
            t.meetings += a ? a->count[static_cast<int>(metrics::ActivityType::Meeting)] : 0;
        }
    }
    return t;
}
} // namespace

Measurement measureM3(const MeasureContext& c)
{
    auto m = begin("M3", c.w().w3);
    auto& part = m.parts.front();
    if (c.d.activityRows == 0) {
        part.fieldAbsent = true;
        notAssessed(part, Reason::NoData, "No activities were imported.");
        return m;
    }
    const auto t = m3Totals(c);
    ratio(part, "active_day_share", static_cast<double>(t.active), static_cast<double>(t.employed),
        static_cast<long long>(c.params.number("min_sample_rate", 30)), "manager-workdays");
    m.details["median_calls_per_day"]
        = t.callsPerDay.empty() ? nlohmann::json() : nlohmann::json(median(t.callsPerDay));
    if (t.employed > 0)
        m.details["meetings_per_week"] = 5.0 * static_cast<double>(t.meetings) / static_cast<double>(t.employed);
    if (t.calls > 0)
        m.details["calls_with_outcome_share"] = static_cast<double>(t.outcome) / static_cast<double>(t.calls);
    std::vector<double> perWon;
    for (const auto& x : c.d.deals)
        if (x.wonIn(c.w().w))
            perWon.push_back(x.doneActivities);
    if (!perWon.empty())
        m.details["done_activities_per_won_deal"] = mean(perWon);
    return m;
}

} // namespace sa::scoring::measures
