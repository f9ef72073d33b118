#include "scoring/measures/PlanBook.h"

#include "scoring/measures/MeasureKit.h"

#include <algorithm>

namespace sa::scoring::measures {
namespace {

std::optional<double> fieldOf(const MeasureContext& c, const metrics::PlanRow& p, PlanField f)
{
    switch (f) {
    case PlanField::Revenue:
        return p.revenuePlan ? std::optional(c.major(*p.revenuePlan)) : std::nullopt;
    case PlanField::NewBusiness:
        return p.newBusinessPlan ? std::optional(c.major(*p.newBusinessPlan)) : std::nullopt;
    case PlanField::NewClients:
        return p.newClientsPlan ? std::optional(static_cast<double>(*p.newClientsPlan)) : std::nullopt;
    case PlanField::Forecast:
        return p.forecastAmount ? std::optional(c.major(*p.forecastAmount)) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::map<int, PlanMonth> companyPlans(const MeasureContext& c, PlanField f)
{
    std::map<int, PlanMonth> company, managers;
    for (const auto& p : c.d.plans) {
        const auto v = fieldOf(c, p, f);
        if (!v)
            continue;
        if (p.scope == "company") {
            auto& pm = company[p.month];
            pm.value += *v;
            pm.madeAt = p.forecastMadeAt;
        } else if (p.scope == "manager") {
            auto& pm = managers[p.month];
            pm.value += *v;
            pm.fromManagers = true;
        }
    }
    // the forecast is a company commitment: no summing of manager forecasts
    if (f != PlanField::Forecast)
        for (const auto& [month, pm] : managers)
            company.emplace(month, pm);
    return company;
}

std::map<Row, double> managerPlans(const MeasureContext& c, PlanField f, const std::vector<int>& months)
{
    std::map<Row, double> out;
    for (const auto& p : c.d.plans) {
        if (p.scope != "manager" || p.manager == kNone)
            continue;
        if (std::find(months.begin(), months.end(), p.month) == months.end())
            continue;
        if (const auto v = fieldOf(c, p, f))
            out[p.manager] += *v;
    }
    return out;
}

std::optional<double> actualRevenue(const MeasureContext& c, int month)
{
    const auto& basis = c.params.raw("plan_actual_basis");
    if (basis.is_string() && basis.get<std::string>() == "financials") {
        for (const auto& f : c.d.financials)
            if (f.month == month && f.revenue)
                return c.major(*f.revenue);
        return std::nullopt;
    }
    return c.major(c.d.revenue.total(Period::ofMonths(month, month)));
}

} // namespace sa::scoring::measures
