#include "import/normalise/DateColumnProfile.h"

#include "common/Text.h"

#include <charconv>
#include <cmath>

namespace sa::import::normalise {

namespace {

enum class Shape { Other, Iso, Dmy, Numeric };

// One value taken apart: parts a/b/year and an optional time, without deciding the order.
struct DateText {
    Shape shape = Shape::Other;
    int a = 0, b = 0, year = 0; ///< ISO: a = month, b = day
    char sep = 0;
    bool twoDigitYear = false;
    bool hasTime = false;
    int hour = 0, minute = 0, second = 0;
};

class Cursor {
public:
    explicit Cursor(std::string_view s)
        : m_s(s)
    {
    }
    bool done() const { return m_i >= m_s.size(); }
    char peek() const { return done() ? '\0' : m_s[m_i]; }
    bool take(char c) { return !done() && m_s[m_i] == c ? (++m_i, true) : false; }
    // 1..maxLen digits; returns the count read (0 = none).
    int number(int maxLen, int& out)
    {
        int n = 0;
        out = 0;
        while (n < maxLen && !done() && m_s[m_i] >= '0' && m_s[m_i] <= '9') {
            out = out * 10 + (m_s[m_i++] - '0');
            ++n;
        }
        return n;
    }
    std::string_view rest() const { return m_s.substr(m_i); }
    void skip(std::size_t n) { m_i += n; }

private:
    std::string_view m_s;
    std::size_t m_i = 0;
};

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

// "HH:MM[:SS[.fff]][ AM|PM][Z|±hh[:mm]]" after the date; false when malformed.
bool parseTime(Cursor& c, DateText& d)
{
    if (c.number(2, d.hour) == 0 || !c.take(':') || c.number(2, d.minute) != 2)
        return false;
    if (c.take(':') && c.number(2, d.second) != 2)
        return false;
    if (c.take('.'))
        while (isDigit(c.peek()))
            c.skip(1); // fractions of a second are dropped
    c.take(' ');
    const std::string_view r = c.rest();
    if (r.size() >= 2 && (r[1] == 'M' || r[1] == 'm') && (r[0] == 'A' || r[0] == 'a' || r[0] == 'P' || r[0] == 'p')) {
        if (d.hour < 1 || d.hour > 12)
            return false;
        d.hour = d.hour % 12 + ((r[0] == 'P' || r[0] == 'p') ? 12 : 0);
        c.skip(2);
    }
    d.hasTime = true;
    if (c.take('Z'))
        return c.done() && d.hour <= 23 && d.minute <= 59 && d.second <= 59;
    if (c.take('+') || c.take('-')) { // a zone offset: values are naive local time, so it is ignored
        int z = 0;
        if (c.number(2, z) != 2)
            return false;
        c.take(':');
        c.number(2, z);
    }
    return c.done() && d.hour <= 23 && d.minute <= 59 && d.second <= 59;
}

DateText classify(std::string_view raw)
{
    DateText d;
    const std::string_view t = text::trim(raw);
    Cursor c(t);
    int first = 0;
    const int n1 = c.number(4, first);
    const char sep = c.peek();
    if (n1 == 0 || (sep != '-' && sep != '.' && sep != '/')) {
        const bool numeric
            = n1 > 0 && t.find_first_not_of("0123456789.") == std::string_view::npos && t.find('.') == t.rfind('.');
        d.shape = numeric ? Shape::Numeric : Shape::Other;
        return d;
    }
    c.skip(1);
    int second = 0, third = 0;
    if (c.number(2, second) == 0 || !c.take(sep))
        return d;
    const int n3 = c.number(4, third);
    if (n1 == 4 && n3 >= 1 && n3 <= 2) {
        d = { Shape::Iso, second, third, first, sep };
    } else if (n1 <= 2 && (n3 == 4 || n3 == 2)) {
        d = { Shape::Dmy, first, second, third, sep };
        d.twoDigitYear = n3 == 2;
        if (d.twoDigitYear) // POSIX strptime %y: 00-69 → 2000-2069, 70-99 → 1970-1999
            d.year += d.year < 70 ? 2000 : 1900;
    } else {
        return {};
    }
    if (c.done())
        return d;
    if (!(c.take('T') || c.take(' ') || (c.take(',') && c.take(' '))) || !parseTime(c, d))
        return {};
    return d;
}

int sepIndex(char s) noexcept
{
    return s == '.' ? 0 : s == '-' ? 1 : 2;
}

Error notInFormat(const DateFormat& f)
{
    return Error::rejected("not a date in the column's format " + f.describe());
}

} // namespace

std::string DateFormat::describe() const
{
    if (excelSerial)
        return "Excel serial number";
    if (isoOnly)
        return "yyyy-mm-dd";
    const std::string s(1, separator);
    return order == DateOrder::DayFirst ? "dd" + s + "mm" + s + "yyyy" : "m" + s + "d" + s + "yyyy";
}

void DateColumnProfile::observe(std::string_view text)
{
    if (text::trim(text).empty())
        return;
    ++m_observed;
    const DateText d = classify(text);
    switch (d.shape) {
    case Shape::Other:
        ++m_other;
        break;
    case Shape::Numeric:
        ++m_numeric;
        break;
    case Shape::Iso:
        ++m_iso;
        break;
    case Shape::Dmy:
        ++m_dmy;
        ++m_bySeparator[sepIndex(d.sep)];
        if (d.a > 12 && m_dayFirstExample.empty())
            m_dayFirstExample = text::trim(text);
        if (d.b > 12 && m_monthFirstExample.empty())
            m_monthFirstExample = text::trim(text);
        break;
    }
}

Result<DateFormat> DateColumnProfile::resolve() const
{
    DateFormat f;
    if (m_numeric > 0 && m_dmy == 0 && m_iso == 0) {
        f.excelSerial = true;
        f.note = "plain numbers read as Excel serial dates (1900 system)";
        return f;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (m_bySeparator[i] > m_bySeparator[best])
            best = i;
    f.separator = ".-/"[best];
    if (m_dmy == 0) {
        f.separator = '-';
        f.isoOnly = true;
        return f; // ISO only (or nothing): the order never matters
    }
    if (!m_dayFirstExample.empty() && !m_monthFirstExample.empty())
        return Error::rejected("the column mixes day-first and month-first dates ('" + m_dayFirstExample + "' and '"
            + m_monthFirstExample + "')");
    if (!m_dayFirstExample.empty()) {
        f.order = DateOrder::DayFirst;
    } else if (!m_monthFirstExample.empty()) {
        f.order = DateOrder::MonthFirst;
    } else {
        f.decided = false;
        f.order = f.separator == '/' ? DateOrder::MonthFirst : DateOrder::DayFirst;
        f.note = "day/month order not decidable (no part above 12); assumed " + f.describe() + " from the '"
            + f.separator + "' separator";
    }
    return f;
}

Result<ParsedDate> DateColumnProfile::parse(std::string_view text, const DateFormat& format)
{
    return parseDate(text, format);
}

Result<ParsedDate> parseDate(std::string_view text, const DateFormat& format)
{
    const std::string_view t = text::trim(text);
    if (t.empty())
        return Error::rejected("empty");
    const DateText d = classify(t);
    if (d.shape == Shape::Numeric && format.excelSerial) {
        double serial = 0;
        const auto r = std::from_chars(t.data(), t.data() + t.size(), serial);
        const auto v = r.ec == std::errc() ? excelSerialToLocal(serial) : std::nullopt;
        if (!v)
            return Error::rejected("not an Excel serial date");
        return ParsedDate { *v, serial != std::floor(serial) };
    }
    if (d.shape != Shape::Iso && d.shape != Shape::Dmy)
        return notInFormat(format);
    int month = d.a, day = d.b;
    if (d.shape == Shape::Dmy && format.order == DateOrder::DayFirst)
        std::swap(month, day);
    if (!isValidDate(d.year, month, day))
        return Error::rejected("not a real date (" + std::string(t) + ")");
    return ParsedDate { toLocalSeconds({ d.year, month, day }, { d.hour, d.minute, d.second }), d.hasTime };
}

std::optional<LocalSeconds> excelSerialToLocal(double serial, bool date1904) noexcept
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466)
        return std::nullopt;
    auto days = static_cast<std::int64_t>(std::floor(serial));
    auto secs = static_cast<std::int64_t>(std::llround((serial - static_cast<double>(days)) * 86400.0));
    if (secs >= kSecondsPerDay) {
        ++days;
        secs -= kSecondsPerDay;
    }
    std::int64_t base = 0;
    if (date1904) {
        base = daysFromCivil(1904, 1, 1);
    } else if (days == 60) {
        return std::nullopt; // 1900-02-29 exists only in Lotus 1-2-3 and Excel
    } else {
        base = days > 60 ? daysFromCivil(1899, 12, 30) : daysFromCivil(1899, 12, 31);
    }
    return (base + days) * kSecondsPerDay + secs;
}

} // namespace sa::import::normalise
