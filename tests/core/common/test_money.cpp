#include "common/Money.h"

#include <catch2/catch.hpp>

using namespace sa;

TEST_CASE("money converts through minor units with half-away rounding", "[money]")
{
    CHECK(*toMinor(1234.565) == 123457);
    CHECK(*toMinor(-0.005) == -1);
    CHECK(toMajor(123456) == Approx(1234.56));
    CHECK_FALSE(toMinor(1e30));
    CHECK(formatMoney(123456789) == "1 234 567.89 RUB");
    CHECK(formatMoney(-5, { "USD", 2 }) == "-0.05 USD");
    CHECK(formatMoney(1000, { "JPY", 0 }, false) == "1 000");
}
