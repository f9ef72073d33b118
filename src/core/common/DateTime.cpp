#include "DateTime.h"

#include <cstdio>

namespace sa {

std::int64_t daysFromCivil(int y, int m, int d) noexcept
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civilFromDays(std::int64_t z) noexcept
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return { static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d) };
}

int daysInMonth(int y, int m) noexcept
{
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12)
        return 0;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

bool isValidDate(int y, int m, int d) noexcept
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

LocalSeconds toLocalSeconds(const CivilDate& d, const CivilTime& t) noexcept
{
    return daysFromCivil(d.year, d.month, d.day) * kSecondsPerDay + t.hour * 3600 + t.minute * 60 + t.second;
}

static std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

CivilDate dateOf(LocalSeconds s) noexcept
{
    return civilFromDays(floorDiv(s, kSecondsPerDay));
}

CivilTime timeOf(LocalSeconds s) noexcept
{
    const auto secs = static_cast<int>(s - floorDiv(s, kSecondsPerDay) * kSecondsPerDay);
    return { secs / 3600, secs / 60 % 60, secs % 60 };
}

int weekdayOf(LocalSeconds s) noexcept
{
    // 1970-01-01 was a Thursday (3 when Monday = 0).
    return static_cast<int>((floorDiv(s, kSecondsPerDay) % 7 + 7 + 3) % 7);
}

LocalSeconds startOfDay(LocalSeconds s) noexcept
{
    return floorDiv(s, kSecondsPerDay) * kSecondsPerDay;
}

LocalSeconds startOfMonth(LocalSeconds s) noexcept
{
    const CivilDate d = dateOf(s);
    return toLocalSeconds({ d.year, d.month, 1 });
}

int monthIndex(LocalSeconds s) noexcept
{
    const CivilDate d = dateOf(s);
    return d.year * 12 + d.month - 1;
}

LocalSeconds monthFromIndex(int index) noexcept
{
    const int y = static_cast<int>(floorDiv(index, 12));
    return toLocalSeconds({ y, index - y * 12 + 1, 1 });
}

LocalSeconds addMonths(LocalSeconds monthStart, int months) noexcept
{
    return monthFromIndex(monthIndex(monthStart) + months);
}

std::string formatDate(LocalSeconds s)
{
    const CivilDate d = dateOf(s);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string formatDateTime(LocalSeconds s, bool dateOnlyAtMidnight)
{
    const CivilTime t = timeOf(s);
    if (dateOnlyAtMidnight && t.hour == 0 && t.minute == 0 && t.second == 0)
        return formatDate(s);
    char buf[32];
    std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", t.hour, t.minute, t.second);
    return formatDate(s) + buf;
}

std::string formatMonth(LocalSeconds s)
{
    return formatDate(s).substr(0, 7);
}

namespace {
bool digits(std::string_view t, std::size_t pos, std::size_t n, int& out) noexcept
{
    if (pos + n > t.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (t[i] < '0' || t[i] > '9')
            return false;
        out = out * 10 + (t[i] - '0');
    }
    return true;
}
} // namespace

std::optional<LocalSeconds> parseIsoDate(std::string_view t) noexcept
{
    int y, m, d;
    if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !digits(t, 0, 4, y) || !digits(t, 5, 2, m)
        || !digits(t, 8, 2, d) || !isValidDate(y, m, d))
        return std::nullopt;
    return toLocalSeconds({ y, m, d });
}

std::optional<LocalSeconds> parseIsoDateTime(std::string_view t) noexcept
{
    const auto date = parseIsoDate(t.substr(0, 10));
    if (!date)
        return std::nullopt;
    if (t.size() == 10)
        return date;
    int h, mi, s = 0;
    if ((t[10] != ' ' && t[10] != 'T') || t.size() < 16 || t[13] != ':' || !digits(t, 11, 2, h)
        || !digits(t, 14, 2, mi))
        return std::nullopt;
    if (t.size() != 16 && (t.size() != 19 || t[16] != ':' || !digits(t, 17, 2, s)))
        return std::nullopt;
    if (h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    return *date + h * 3600 + mi * 60 + s;
}

} // namespace sa
