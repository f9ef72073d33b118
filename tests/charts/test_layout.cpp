#include "ChartTestSupport.h"
#include "charts/Axis.h"
#include "charts/Export.h"

#include <QFont>
#include <QImage>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace sa::charts;

TEST_CASE("nice scales cover the data with round steps", "[charts][layout]")
{
    const ValueScale s = niceScale(0, 14.5, 8);
    CHECK(s.min == 0);
    CHECK(s.max >= 14.5);
    CHECK(s.ticks().size() <= 9);
    const double mantissa = s.step / std::pow(10.0, std::floor(std::log10(s.step)));
    CHECK((mantissa == Approx(1) || mantissa == Approx(2) || mantissa == Approx(2.5) || mantissa == Approx(5)));
    const ValueScale neg = niceScale(-37, 120, 6);
    CHECK(neg.min <= -37);
    CHECK(neg.max >= 120);
    const ValueScale flat = niceScale(0, 0, 5);
    CHECK(flat.min == 0);
    CHECK(flat.max == 1);
    CHECK(niceScale(std::nan(""), 3, 5).max == 1);
    CHECK(s.map(s.max, 100, 0) == Approx(0));
    CHECK(s.map(s.min, 100, 0) == Approx(100));
}

namespace {

QStringList managers()
{
    return { QString::fromUtf8("Анна Морозова-Кузнецова"), QString::fromUtf8("Игорь Новиков"),
        QString::fromUtf8("Екатерина Александровна Васильева-Преображенская"), QString::fromUtf8("Дмитрий Соколов"),
        QString::fromUtf8("Константин Константинопольский"), QString::fromUtf8("Ольга Лебедева"),
        QString::fromUtf8("Всеволод Рождественский-Щербаков"), QString::fromUtf8("Юлия Ли") };
}

bool overlap(const QPolygonF& a, const QPolygonF& b)
{
    return !a.isEmpty() && !b.isEmpty() && a.intersects(b) && a.intersected(b).boundingRect().width() > 0.01;
}

} // namespace

TEST_CASE("long Cyrillic category labels never overlap, whatever the slot width", "[charts][layout]")
{
    QImage device(10, 10, QImage::Format_ARGB32_Premultiplied);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(12);
    const QFontMetricsF fm(f, &device);
    const QStringList labels = managers();
    for (double slot : { 8.0, 14.0, 20.0, 40.0, 80.0, 160.0, 400.0 }) {
        CAPTURE(slot);
        std::vector<double> anchors;
        for (qsizetype i = 0; i < labels.size(); ++i)
            anchors.push_back(60 + slot * (static_cast<double>(i) + 0.5));
        const LabelLayout l = layoutCategoryLabels(labels, fm, slot, 120, anchors, 0);
        const std::vector<QPolygonF> polys = labelPolygons(l, fm, anchors, 300);
        REQUIRE(polys.size() == static_cast<std::size_t>(labels.size()));
        int drawn = 0;
        for (std::size_t i = 0; i < polys.size(); ++i) {
            drawn += polys[i].isEmpty() ? 0 : 1;
            if (!polys[i].isEmpty()) {
                CHECK(polys[i].boundingRect().left() >= -0.5); // never left of minX
                CHECK(polys[i].boundingRect().height() <= l.extent + 1); // inside the reserved band
            }
            for (std::size_t k = i + 1; k < polys.size(); ++k)
                CHECK_FALSE(overlap(polys[i], polys[k]));
        }
        CHECK(drawn >= 1);
    }
}

TEST_CASE("labels rotate only when they do not fit, and long ones are elided", "[charts][layout]")
{
    QImage device(10, 10, QImage::Format_ARGB32_Premultiplied);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(12);
    const QFontMetricsF fm(f, &device);
    const QStringList shortLabels { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") };
    const LabelLayout flat = layoutCategoryLabels(shortLabels, fm, 50, 100, { 25, 75, 125 }, 0);
    CHECK(flat.angle == 0);
    CHECK(flat.texts == shortLabels);
    const QStringList labels = managers();
    std::vector<double> anchors;
    for (qsizetype i = 0; i < labels.size(); ++i)
        anchors.push_back(200 + 30.0 * static_cast<double>(i));
    const LabelLayout rotated = layoutCategoryLabels(labels, fm, 30, 60, anchors, 0);
    CHECK(rotated.angle > 0);
    CHECK(rotated.extent <= 60 + fm.height());
    CHECK(rotated.texts[2].endsWith(QChar(0x2026))); // the very long name is elided
}

TEST_CASE(
    "a negative horizontal bar's value sits right of the zero line, clear of the category labels", "[charts][layout]")
{
    BarChart b;
    b.title = QStringLiteral("ROI");
    b.orientation = Orientation::Horizontal;
    b.categories = { QStringLiteral("Яндекс.Директ"), QStringLiteral("VK Реклама") };
    b.series.push_back({ QStringLiteral("ROI"), { 890, -95 }, std::nullopt });
    const auto items = test::svgTextItems(toSvg(b, QSize(800, 400)));
    const auto find = [&](const QString& t) {
        const auto it = std::find_if(items.begin(), items.end(), [&](const test::SvgText& i) { return i.text == t; });
        INFO(t.toStdString());
        REQUIRE(it != items.end());
        return *it;
    };
    const auto value = find(QStringLiteral("\u2212") + QStringLiteral("95"));
    const auto zeroTick = find(QStringLiteral("0"));
    const auto category = find(QStringLiteral("Реклама")); // SVG keeps words as separate text runs
    CHECK(value.x > zeroTick.x);
    CHECK(value.x > category.x + 60);
}
