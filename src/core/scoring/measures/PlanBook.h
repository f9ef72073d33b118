#pragma once
// Plans per month as M1, M5, M7, M8 and L4 read them: the company row, else Σ of manager rows.
#include "scoring/measures/MeasureContext.h"

#include <map>

namespace sa::scoring::measures {

enum class PlanField { Revenue, NewBusiness, NewClients, Forecast };

struct PlanMonth {
    double value = 0; ///< major units (count for NewClients)
    bool fromManagers = false; ///< no company row: Σ of manager plans (M1 rule)
    LocalSeconds madeAt = kNoTime; ///< forecast_made_at of the company row
};

/// monthIndex → plan; months without any value for the field are absent.
[[nodiscard]] std::map<int, PlanMonth> companyPlans(const MeasureContext& c, PlanField f);
/// Manager row → Σ plan over the given months (scope manager rows only).
[[nodiscard]] std::map<Row, double> managerPlans(const MeasureContext& c, PlanField f, const std::vector<int>& months);
/// actual(m) on refs.plan_actual_basis: "orders" (revenue book) or "financials" (financials.revenue).
[[nodiscard]] std::optional<double> actualRevenue(const MeasureContext& c, int month);

} // namespace sa::scoring::measures
