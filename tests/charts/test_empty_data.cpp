// Empty or zero data draws the "No data" placeholder: never a crash, never a division by zero.
#include "ChartTestSupport.h"
#include "charts/Charts.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace sa::charts;

namespace {

bool saysNoData(const ChartSpec& spec)
{
    QString error;
    const QStringList texts = test::svgTexts(toSvg(spec, QSize(600, 300)), &error);
    return error.isEmpty() && texts.contains(QStringLiteral("No data"));
}

} // namespace

TEST_CASE("charts without data show a placeholder", "[charts][empty]")
{
    REQUIRE(installTranslations(QStringLiteral("en")));
    CHECK(saysNoData(FunnelChart {}));
    CHECK(saysNoData(FunnelChart {
        QStringLiteral("t"), { { QStringLiteral("a"), 0, {}, {} }, { QStringLiteral("b"), 0, 0, {} } }, {}, 0 }));
    BarChart zeros;
    zeros.categories = { QStringLiteral("a"), QStringLiteral("b") };
    zeros.series = { { QStringLiteral("s"), { 0, 0 }, {} } };
    CHECK(saysNoData(zeros));
    CHECK(saysNoData(BarChart {}));
    LineChart gaps;
    gaps.categories = { QStringLiteral("a") };
    gaps.series = { { QStringLiteral("s"), { std::nullopt }, LineStyle::Solid, {}, {}, {} } };
    CHECK(saysNoData(gaps));
    CHECK(saysNoData(LineChart {}));
    CHECK(saysNoData(NpsDistribution {}));
    CHECK(saysNoData(AbcXyzHeatmap {}));
    CHECK(saysNoData(TrafficLightMatrix {}));
    CHECK(saysNoData(TrafficLightMatrix { QStringLiteral("t"), { { QStringLiteral("M"), {} } }, true }));
    CHECK(saysNoData(Roadmap {}));
    CHECK(saysNoData(KpiTiles {}));
}

TEST_CASE("odd values render without warnings", "[charts][empty]")
{
    const int before = test::warningCount();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    FunnelChart f; // first stage 0, later stages positive; stalled above reached; NaN secondary
    f.stages = { { QStringLiteral("a"), 0, 5, nan }, { QStringLiteral("b"), 10, 50, 2.0 },
        { QStringLiteral("c"), 0, {}, {} } };
    const QStringList texts = test::svgTexts(toSvg(f, QSize(600, 300)), nullptr);
    CHECK(texts.contains(QString(QChar(0x2013)))); // undefined ratios print a dash
    BarChart b;
    b.categories = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    b.series = { { QStringLiteral("s"), { -5, nan }, {} },
        { QStringLiteral("t"), { 3, 4, 5 }, {} } }; // short and NaN values
    b.mode = BarMode::Stacked;
    CHECK_FALSE(toImage(b, QSize(400, 300)).isNull());
    b.orientation = Orientation::Horizontal;
    b.mode = BarMode::Grouped;
    CHECK_FALSE(toImage(b, QSize(400, 300)).isNull());
    TrafficLightMatrix big; // more than 5 rows and 9 cells: the extra ones are not drawn
    for (int r = 0; r < 7; ++r)
        big.rows.push_back(
            { QStringLiteral("R%1").arg(r), std::vector<TrafficCell>(12, { QStringLiteral("X"), Status::Red }) });
    CHECK_FALSE(toImage(big, QSize(400, 300)).isNull());
    Roadmap many; // more actions than lanes: "+N more"
    for (int i = 0; i < 80; ++i)
        many.items.push_back({ QStringLiteral("Action %1").arg(i), QStringLiteral("Owner"), Horizon::Q1, {} });
    const QStringList rm = test::svgTexts(toSvg(many, QSize(600, 300)), nullptr);
    CHECK(std::any_of(rm.begin(), rm.end(), [](const QString& t) { return t.contains(QStringLiteral("more")); }));
    CHECK(test::warningCount() == before);
}

TEST_CASE("crowded charts shrink or thin their labels instead of overlapping them", "[charts][layout]")
{
    FunnelChart f;
    for (int i = 0; i < 30; ++i)
        f.stages.push_back({ QStringLiteral("Stage %1").arg(i), 1000.0 - i * 30, {}, {} });
    int n = 0;
    CHECK(test::linesApart(test::svgTextItems(toSvg(f, QSize(600, 240))), QStringLiteral("Stage"), &n));
    CHECK(n == 30);
    BarChart b;
    b.orientation = Orientation::Horizontal;
    b.series = { { QStringLiteral("s"), {}, {} } };
    for (int i = 0; i < 60; ++i) {
        b.categories << QStringLiteral("Manager %1").arg(i);
        b.series[0].values.push_back(i + 1);
    }
    CHECK(test::linesApart(test::svgTextItems(toSvg(b, QSize(600, 300))), QStringLiteral("Manager"), &n));
    CHECK(n >= 5);
    CHECK(n < 60);
}
