#pragma once
// Calendar arithmetic on naive local time. Every date and datetime in the project file is an
// INTEGER of "local seconds": seconds since 1970-01-01 00:00:00 in the company's own time zone,
// with no zone conversion; a date-only value is its midnight, a month is its first day's midnight.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sa {

using LocalSeconds = std::int64_t;
constexpr LocalSeconds kSecondsPerDay = 86400;

struct CivilDate {
    int year = 1970;
    int month = 1; ///< 1..12
    int day = 1; ///< 1..31
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

struct CivilTime {
    int hour = 0, minute = 0, second = 0;
};

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
[[nodiscard]] std::int64_t daysFromCivil(int y, int m, int d) noexcept;
[[nodiscard]] CivilDate civilFromDays(std::int64_t days) noexcept;
[[nodiscard]] bool isValidDate(int y, int m, int d) noexcept;
[[nodiscard]] int daysInMonth(int y, int m) noexcept;

[[nodiscard]] LocalSeconds toLocalSeconds(const CivilDate& d, const CivilTime& t = {}) noexcept;
[[nodiscard]] CivilDate dateOf(LocalSeconds s) noexcept;
[[nodiscard]] CivilTime timeOf(LocalSeconds s) noexcept;
/// 0 = Monday … 6 = Sunday.
[[nodiscard]] int weekdayOf(LocalSeconds s) noexcept;
[[nodiscard]] LocalSeconds startOfDay(LocalSeconds s) noexcept;
[[nodiscard]] LocalSeconds startOfMonth(LocalSeconds s) noexcept;
/// First day of the month `months` after the month holding s (negative goes back).
[[nodiscard]] LocalSeconds addMonths(LocalSeconds monthStart, int months) noexcept;
/// year*12 + month-1: consecutive months differ by one.
[[nodiscard]] int monthIndex(LocalSeconds s) noexcept;
[[nodiscard]] LocalSeconds monthFromIndex(int index) noexcept;

/// "YYYY-MM-DD"
[[nodiscard]] std::string formatDate(LocalSeconds s);
/// "YYYY-MM-DD HH:MM:SS", or "YYYY-MM-DD" when the time is midnight and dateOnlyAtMidnight is set.
[[nodiscard]] std::string formatDateTime(LocalSeconds s, bool dateOnlyAtMidnight = false);
/// "YYYY-MM"
[[nodiscard]] std::string formatMonth(LocalSeconds s);
/// Strict "YYYY-MM-DD" (the CLI's DATE); nullopt when malformed or not a real date.
[[nodiscard]] std::optional<LocalSeconds> parseIsoDate(std::string_view text) noexcept;
/// Strict "YYYY-MM-DD", "YYYY-MM-DD HH:MM" or "YYYY-MM-DD[ T]HH:MM:SS".
[[nodiscard]] std::optional<LocalSeconds> parseIsoDateTime(std::string_view text) noexcept;

} // namespace sa
