#include "charts/ChartSpec.h"
#include "charts/ChartTranslations.h"
#include "charts/NumberFormat.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace sa::charts;

namespace {
QString u(const char* s)
{
    return QString::fromUtf8(s);
}
} // namespace

TEST_CASE("numbers get narrow-space grouping and the language's decimal mark", "[charts][format]")
{
    const NumberFormat ru = NumberFormat::forLanguage(QStringLiteral("ru"));
    const NumberFormat en = NumberFormat::forLanguage(QStringLiteral("en"));
    CHECK(formatNumber(1234567.891, 2, ru) == u("1\u202F234\u202F567,89"));
    CHECK(formatNumber(1234567.891, 2, en) == u("1\u202F234\u202F567.89"));
    CHECK(formatNumber(999, 0, ru) == u("999"));
    CHECK(formatNumber(1000, 0, ru) == u("1\u202F000"));
    CHECK(formatNumber(999.96, 1, ru) == u("1\u202F000,0"));
    CHECK(formatNumber(-4321.5, 1, ru) == u("\u22124\u202F321,5"));
    CHECK(formatNumber(-0.001, 0, ru) == u("0")); // no "−0"
    CHECK(formatNumber(std::numeric_limits<double>::quiet_NaN(), 0, ru) == u("\u2013"));
    CHECK(formatNumber(std::numeric_limits<double>::infinity(), 0, ru) == u("\u2013"));
    CHECK(formatNumber(5, 99, ru) == u("5,000000")); // decimals clamped to 6
}

TEST_CASE("percentages and compact axis numbers", "[charts][format]")
{
    REQUIRE(installTranslations(QStringLiteral("en"))); // untranslated axis suffixes
    const NumberFormat ru = NumberFormat::forLanguage(QStringLiteral("ru"));
    CHECK(formatPercent(0.256, 1, ru) == u("25,6\u202F%"));
    CHECK(formatPercent(0.5, 0, NumberFormat::forLanguage(QStringLiteral("en"))) == u("50%"));
    CHECK(formatCompact(2500000, ru) == u("2,5\u202FM"));
    CHECK(formatCompact(250000, ru) == u("250\u202Fk"));
    CHECK(formatCompact(12500, ru) == u("12\u202F500"));
    CHECK(formatCompact(0.25, ru) == u("0,25"));
    CHECK(formatCompact(3e9, ru) == u("3,0\u202FB"));
}

TEST_CASE("NPS is % promoters minus % detractors", "[charts][format]")
{
    NpsDistribution d;
    CHECK_FALSE(npsScore(d).has_value());
    d.counts = { 6, 3, 5, 9, 8, 21, 30, 48, 71, 96, 115 }; // 82 detractors, 211 promoters of 412
    REQUIRE(npsScore(d).has_value());
    CHECK(*npsScore(d) == Approx((211.0 - 82.0) / 412.0 * 100.0));
    d.counts = {};
    d.counts[0] = 10;
    CHECK(*npsScore(d) == Approx(-100.0));
}
