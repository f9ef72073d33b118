#include "import/normalise/DateColumnProfile.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace sa;
using namespace sa::import::normalise;

namespace {
DateFormat resolveAll(const std::vector<const char*>& values)
{
    DateColumnProfile p;
    for (const char* v : values)
        p.observe(v);
    auto r = p.resolve();
    REQUIRE(r.ok());
    return *r;
}
LocalSeconds at(int y, int m, int d, int hh = 0, int mi = 0, int ss = 0)
{
    return toLocalSeconds({ y, m, d }, { hh, mi, ss });
}
struct DateCase {
    const char* text;
    LocalSeconds expected;
    bool hasTime;
};
} // namespace

TEST_CASE("parseDate reads every listed form", "[unit][date]")
{
    DateFormat dayFirst; // dd.mm.yyyy
    DateFormat monthFirst;
    monthFirst.order = DateOrder::MonthFirst;
    monthFirst.separator = '/';
    const DateCase dayFirstCases[] = {
        { "2024-03-01", at(2024, 3, 1), false },
        { "2024-03-01 10:15", at(2024, 3, 1, 10, 15), true },
        { "2024-03-01 10:15:30", at(2024, 3, 1, 10, 15, 30), true },
        { "2024-03-01T10:15:30", at(2024, 3, 1, 10, 15, 30), true },
        { "2024-03-01T10:15:30.123Z", at(2024, 3, 1, 10, 15, 30), true },
        { "2024-03-01T10:15:30+03:00", at(2024, 3, 1, 10, 15, 30), true },
        { "2024-03-01 00:00:00", at(2024, 3, 1), true },
        { "01.03.2024", at(2024, 3, 1), false },
        { "1.3.2024", at(2024, 3, 1), false },
        { "01.03.2024 09:05", at(2024, 3, 1, 9, 5), true },
        { "01.03.2024 09:05:07", at(2024, 3, 1, 9, 5, 7), true },
        { "01-03-2024 23:59:59", at(2024, 3, 1, 23, 59, 59), true }, // amoCRM
        { " 01.03.2024 ", at(2024, 3, 1), false },
    };
    for (const auto& c : dayFirstCases) {
        INFO(c.text);
        const auto r = parseDate(c.text, dayFirst);
        REQUIRE(r.ok());
        CHECK(r->value == c.expected);
        CHECK(r->hasTime == c.hasTime);
    }
    const DateCase monthFirstCases[] = {
        { "3/1/2024", at(2024, 3, 1), false }, { "12/31/2019", at(2019, 12, 31), false },
        { "11/24/2024 10:00 AM", at(2024, 11, 24, 10, 0), true },
        { "11/24/2024, 12:30 PM", at(2024, 11, 24, 12, 30), true },
        { "11/24/2024 12:30 AM", at(2024, 11, 24, 0, 30), true },
        { "2024-03-01", at(2024, 3, 1), false }, // ISO is accepted in any column
    };
    for (const auto& c : monthFirstCases) {
        INFO(c.text);
        const auto r = parseDate(c.text, monthFirst);
        REQUIRE(r.ok());
        CHECK(r->value == c.expected);
        CHECK(r->hasTime == c.hasTime);
    }
}

TEST_CASE("two-digit years pivot 00-69 to 2000-2069 and 70-99 to 1970-1999 (POSIX %y)", "[unit][date]")
{
    const DateFormat f;
    CHECK(parseDate("01.03.24", f)->value == at(2024, 3, 1));
    CHECK(parseDate("01.03.00", f)->value == at(2000, 3, 1));
    CHECK(parseDate("31.12.69", f)->value == at(2069, 12, 31));
    CHECK(parseDate("01.01.70", f)->value == at(1970, 1, 1));
    CHECK(parseDate("01.03.99", f)->value == at(1999, 3, 1));
}

TEST_CASE("date parse failures give a reason naming the column's format", "[unit][date]")
{
    const DateFormat dayFirst;
    CHECK(parseDate("tomorrow", dayFirst).error().message == "not a date in the column's format dd.mm.yyyy");
    CHECK(parseDate("31.02.2024", dayFirst).error().message == "not a real date (31.02.2024)");
    CHECK(parseDate("01.03.2024 25:00", dayFirst).error().message == "not a date in the column's format dd.mm.yyyy");
    CHECK(parseDate("01.03.2024 10", dayFirst).error().message == "not a date in the column's format dd.mm.yyyy");
    CHECK(parseDate("45000", dayFirst).error().message == "not a date in the column's format dd.mm.yyyy");
    CHECK(parseDate("", dayFirst).error().message == "empty");
    DateFormat us;
    us.order = DateOrder::MonthFirst;
    us.separator = '/';
    CHECK(parseDate("13/01/2024", us).error().message == "not a real date (13/01/2024)");
    CHECK(parseDate("x", us).error().message == "not a date in the column's format m/d/yyyy");
}

TEST_CASE("day/month order is decided per column from all values", "[unit][date]")
{
    SECTION("a first part above 12 makes the column day-first")
    {
        const auto f = resolveAll({ "01.02.2024", "03.04.2024", "25.04.2024" });
        CHECK(f.order == DateOrder::DayFirst);
        CHECK(f.decided);
        CHECK(parseDate("01.02.2024", f)->value == at(2024, 2, 1));
    }
    SECTION("a second part above 12 makes the column month-first, even with '.'")
    {
        const auto f = resolveAll({ "01/02/2024", "03/04/2024", "04/25/2024" });
        CHECK(f.order == DateOrder::MonthFirst);
        CHECK(f.describe() == "m/d/yyyy");
        CHECK(parseDate("01/02/2024", f)->value == at(2024, 1, 2));
        const auto dots = resolveAll({ "01.02.2024", "02.13.2024" });
        CHECK(dots.order == DateOrder::MonthFirst);
    }
    SECTION("day-first evidence with '/' wins over the '/' default")
    {
        const auto f = resolveAll({ "01/02/2024", "13/02/2024" });
        CHECK(f.order == DateOrder::DayFirst);
        CHECK(parseDate("01/02/2024", f)->value == at(2024, 2, 1));
    }
    SECTION("undecidable: '.' and '-' default to day-first, '/' to month-first, with a note")
    {
        const auto dots = resolveAll({ "01.02.2024", "03.04.2024" });
        CHECK(dots.order == DateOrder::DayFirst);
        CHECK_FALSE(dots.decided);
        CHECK(dots.note.find("assumed dd.mm.yyyy") != std::string::npos);
        const auto dashes = resolveAll({ "01-02-2024 10:00:00" });
        CHECK(dashes.order == DateOrder::DayFirst);
        const auto slashes = resolveAll({ "01/02/2024", "03/04/2024" });
        CHECK(slashes.order == DateOrder::MonthFirst);
        CHECK(slashes.note.find("assumed m/d/yyyy") != std::string::npos);
    }
    SECTION("both kinds of evidence: the column is inconsistent")
    {
        DateColumnProfile p;
        for (const char* v : { "13.01.2024", "01.02.2024", "01.13.2024" })
            p.observe(v);
        const auto r = p.resolve();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == "the column mixes day-first and month-first dates ('13.01.2024' and '01.13.2024')");
    }
    SECTION("ISO-only columns need no order")
    {
        const auto f = resolveAll({ "2024-03-01", "2024-12-31 10:00:00", "" });
        CHECK(f.describe() == "yyyy-mm-dd");
        CHECK(parseDate("2024-12-31", f)->value == at(2024, 12, 31));
    }
}

TEST_CASE("Excel serial numbers when the whole column is numeric", "[unit][date]")
{
    const auto f = resolveAll({ "45352", "45353.5", "" });
    CHECK(f.excelSerial);
    CHECK(parseDate("45352", f)->value == at(2024, 3, 1));
    const auto half = parseDate("45353.5", f);
    CHECK(half->value == at(2024, 3, 2, 12));
    CHECK(half->hasTime);
    CHECK_FALSE(resolveAll({ "45352", "01.03.2024" }).excelSerial);
    // 1900 system with the Lotus bug: serial 59 = 1900-02-28, 61 = 1900-03-01, 60 does not exist.
    CHECK(*excelSerialToLocal(1) == at(1900, 1, 1));
    CHECK(*excelSerialToLocal(59) == at(1900, 2, 28));
    CHECK_FALSE(excelSerialToLocal(60).has_value());
    CHECK(*excelSerialToLocal(61) == at(1900, 3, 1));
    CHECK(*excelSerialToLocal(0, true) == at(1904, 1, 1));
    CHECK(*excelSerialToLocal(43889, true) == at(2024, 2, 29));
    CHECK(*excelSerialToLocal(45352.999999999) == at(2024, 3, 2));
    CHECK_FALSE(excelSerialToLocal(-1).has_value());
}
