#pragma once
// Periods and the audit window of criteria-spec.md §2 (as_of, W, W−1, W6, W3).
#include "common/DateTime.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace sa::metrics {

/// "No date" in every time column of the loaded data (a NULL in the project file).
constexpr LocalSeconds kNoTime = std::numeric_limits<LocalSeconds>::min();

/// A closed interval of local seconds [from, to]; `to` is the last second that belongs to it
/// (a period ending on 2025-06-30 has to = 2025-06-30 23:59:59).
struct Period {
    LocalSeconds from = 0;
    LocalSeconds to = -1; ///< to < from = empty

    [[nodiscard]] bool contains(LocalSeconds t) const noexcept { return t != kNoTime && t >= from && t <= to; }
    [[nodiscard]] bool empty() const noexcept { return to < from; }
    /// monthIndex() of the first and the last month the period touches.
    [[nodiscard]] int fromMonth() const noexcept { return monthIndex(from); }
    [[nodiscard]] int toMonth() const noexcept { return monthIndex(to); }
    /// Number of calendar months touched (0 when empty).
    [[nodiscard]] int months() const noexcept { return empty() ? 0 : toMonth() - fromMonth() + 1; }
    /// Length in days (fractional for partial days).
    [[nodiscard]] double days() const noexcept { return empty() ? 0.0 : double(to - from + 1) / kSecondsPerDay; }
    /// "YYYY-MM-DD" of from / to.
    [[nodiscard]] std::string fromText() const { return formatDate(from); }
    [[nodiscard]] std::string toText() const { return formatDate(to); }

    /// The months [firstMonth, lastMonth] (monthIndex values), whole.
    static Period ofMonths(int firstMonth, int lastMonth) noexcept;
    /// Whole days: from 00:00:00 of `firstDay` to 23:59:59 of `lastDay`.
    static Period ofDays(LocalSeconds firstDay, LocalSeconds lastDay) noexcept;
};

/// The §2 windows, all ending at as_of (whole months).
struct AuditWindow {
    LocalSeconds asOf = 0; ///< midnight of the as_of day (the last day of a month unless the consultant set it)
    LocalSeconds asOfEnd = 0; ///< 23:59:59 of the as_of day: "at as_of" comparisons use this
    bool asOfFromAudit = false; ///< true = audit.as_of set by the consultant; false = derived from the data
    int asOfMonth = 0; ///< monthIndex of the as_of month
    Period w; ///< W: the 12 months ending at as_of
    Period wPrev; ///< W−1: the 12 months before W
    Period w6; ///< the last 6 months of W
    Period w3; ///< the last 3 months of W

    /// The window for an as_of day (any time of that day is accepted).
    static AuditWindow at(LocalSeconds asOfDay, bool fromAudit) noexcept;
    /// The `months` months ending with the as_of month (e.g. last(24) for 24-month windows).
    [[nodiscard]] Period last(int months) const noexcept;
};

/// §2 as_of from the latest date found in the data: the last day of the last complete month.
/// A month is complete when the data reaches its last day; else the month before is the last complete.
[[nodiscard]] LocalSeconds asOfFromLatest(LocalSeconds latest) noexcept;

/// Whole days from a to b (b − a) / 86400, as a double.
[[nodiscard]] inline double daysBetween(LocalSeconds a, LocalSeconds b) noexcept
{
    return double(b - a) / double(kSecondsPerDay);
}

} // namespace sa::metrics
