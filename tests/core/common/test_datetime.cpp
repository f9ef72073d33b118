#include "common/DateTime.h"

#include <catch2/catch.hpp>

using namespace sa;

TEST_CASE("civil dates round-trip through day numbers", "[datetime]")
{
    CHECK(daysFromCivil(1970, 1, 1) == 0);
    CHECK(daysFromCivil(2000, 3, 1) == 11017);
    for (std::int64_t d = -800000; d < 800000; d += 97) {
        const CivilDate c = civilFromDays(d);
        REQUIRE(daysFromCivil(c.year, c.month, c.day) == d);
    }
}

TEST_CASE("ISO dates parse strictly", "[datetime]")
{
    CHECK(formatDate(*parseIsoDate("2024-02-29")) == "2024-02-29");
    CHECK_FALSE(parseIsoDate("2023-02-29"));
    CHECK_FALSE(parseIsoDate("2023-2-01"));
    CHECK_FALSE(parseIsoDate("2023-13-01"));
    CHECK_FALSE(parseIsoDate("20230101"));
    CHECK(formatDateTime(*parseIsoDateTime("2025-06-30 18:00:05")) == "2025-06-30 18:00:05");
    CHECK(formatDateTime(*parseIsoDateTime("2025-06-30T18:00")) == "2025-06-30 18:00:00");
    CHECK_FALSE(parseIsoDateTime("2025-06-30 24:00"));
}

TEST_CASE("month arithmetic and weekdays", "[datetime]")
{
    const auto jan31 = *parseIsoDate("2025-01-31");
    CHECK(formatDate(startOfMonth(jan31)) == "2025-01-01");
    CHECK(formatDate(addMonths(startOfMonth(jan31), 1)) == "2025-02-01");
    CHECK(formatDate(addMonths(startOfMonth(jan31), -13)) == "2023-12-01");
    CHECK(monthIndex(*parseIsoDate("2025-02-10")) - monthIndex(*parseIsoDate("2024-12-31")) == 2);
    CHECK(weekdayOf(*parseIsoDate("2025-06-30")) == 0); // a Monday
    CHECK(weekdayOf(*parseIsoDate("1969-12-31")) == 2); // a Wednesday, before the epoch
    CHECK(formatMonth(*parseIsoDate("2025-06-30")) == "2025-06");
}
