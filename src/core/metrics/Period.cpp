#include "metrics/Period.h"

namespace sa::metrics {

Period Period::ofMonths(int firstMonth, int lastMonth) noexcept
{
    if (lastMonth < firstMonth)
        return {};
    return { monthFromIndex(firstMonth), monthFromIndex(lastMonth + 1) - 1 };
}

Period Period::ofDays(LocalSeconds firstDay, LocalSeconds lastDay) noexcept
{
    return { startOfDay(firstDay), startOfDay(lastDay) + kSecondsPerDay - 1 };
}

AuditWindow AuditWindow::at(LocalSeconds asOfDay, bool fromAudit) noexcept
{
    AuditWindow a;
    a.asOf = startOfDay(asOfDay);
    a.asOfEnd = a.asOf + kSecondsPerDay - 1;
    a.asOfFromAudit = fromAudit;
    a.asOfMonth = monthIndex(a.asOf);
    // W ends at as_of itself: with a consultant's mid-month as_of the last month is partial.
    a.w = { monthFromIndex(a.asOfMonth - 11), a.asOfEnd };
    a.wPrev = Period::ofMonths(a.asOfMonth - 23, a.asOfMonth - 12);
    a.w6 = { monthFromIndex(a.asOfMonth - 5), a.asOfEnd };
    a.w3 = { monthFromIndex(a.asOfMonth - 2), a.asOfEnd };
    return a;
}

Period AuditWindow::last(int months) const noexcept
{
    return { monthFromIndex(asOfMonth - months + 1), asOfEnd };
}

LocalSeconds asOfFromLatest(LocalSeconds latest) noexcept
{
    const LocalSeconds month = startOfMonth(latest);
    const LocalSeconds lastDay = addMonths(month, 1) - kSecondsPerDay;
    if (startOfDay(latest) >= lastDay)
        return lastDay;
    return month - kSecondsPerDay;
}

} // namespace sa::metrics
