#include "ChartTestSupport.h"
#include "SampleCharts.h"
#include "charts/Charts.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <cmath>
#include <thread>

using namespace sa::charts;

TEST_CASE("every sample chart renders to PNG without Qt warnings", "[charts][render]")
{
    for (const auto& sample : samples::all()) {
        CAPTURE(sample.name);
        const int before = test::warningCount();
        const QImage image = toImage(sample.spec, QSize(900, 500));
        CHECK(test::warningCount() == before);
        INFO(test::lastWarning().toStdString());
        REQUIRE(image.size() == QSize(900, 500));
        CHECK(test::inkedPixels(image) > 2000);
        const QByteArray png = toPng(sample.spec, QSize(900, 500));
        CHECK(png.startsWith("\x89PNG"));
    }
}

TEST_CASE("the same spec gives the same PNG bytes", "[charts][render]")
{
    for (const auto& sample : samples::all()) {
        CAPTURE(sample.name);
        CHECK(toPng(sample.spec, QSize(640, 360)) == toPng(sample.spec, QSize(640, 360)));
    }
}

TEST_CASE("high-DPI renders are the same picture with more pixels", "[charts][render]")
{
    const ChartSpec spec = samples::pipelineByManager();
    const QImage one = toImage(spec, QSize(450, 250), 1.0).convertToFormat(QImage::Format_Grayscale8);
    const QImage two = toImage(spec, QSize(450, 250), 2.0);
    REQUIRE(two.size() == QSize(900, 500));
    CHECK(two.devicePixelRatio() == 2.0);
    const QImage down = two.scaled(450, 250, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                            .convertToFormat(QImage::Format_Grayscale8);
    double diff = 0;
    for (int y = 0; y < 250; ++y)
        for (int x = 0; x < 450; ++x)
            diff += std::abs(qGray(one.pixel(x, y)) - qGray(down.pixel(x, y)));
    CHECK(diff / (450.0 * 250.0) < 12.0); // same layout; only antialiasing differs
}

TEST_CASE("green, yellow and red cells differ in lightness when printed in grayscale", "[charts][render][grayscale]")
{
    auto grayOf = [](Status st) {
        TrafficLightMatrix m;
        m.showLegend = false;
        for (int r = 0; r < 5; ++r) {
            TrafficRow row { QStringLiteral("R"), {} };
            for (int k = 0; k < 9; ++k)
                row.cells.push_back({ QStringLiteral("X%1").arg(k), st });
            m.rows.push_back(row);
        }
        return test::dominantGray(toImage(m, QSize(900, 500)), 250);
    };
    const int g = grayOf(Status::Green), y = grayOf(Status::Yellow), r = grayOf(Status::Red);
    CAPTURE(g, y, r);
    CHECK(std::abs(g - y) >= 40);
    CHECK(std::abs(g - r) >= 40);
    CHECK(std::abs(y - r) >= 40);
    const Palette p; // and by Qt's own gray formula, which some print paths use
    CHECK(std::abs(qGray(p.green.rgb()) - qGray(p.yellow.rgb())) >= 40);
    CHECK(std::abs(qGray(p.green.rgb()) - qGray(p.red.rgb())) >= 40);
    CHECK(std::abs(qGray(p.notAssessed.rgb()) - qGray(p.yellow.rgb())) >= 25);
    for (std::size_t i = 0; i < 4; ++i) // stacked series (e.g. four pipeline stages) stay apart in print
        for (std::size_t k = i + 1; k < 4; ++k)
            CHECK(std::abs(qGray(p.seriesColor(i).rgb()) - qGray(p.seriesColor(k).rgb())) >= 35);
    for (std::size_t i = 0; i + 1 < p.horizons.size(); ++i) // roadmap horizons: a lightness ramp
        CHECK(qGray(p.horizons[i + 1].rgb()) - qGray(p.horizons[i].rgb()) >= 15);
}

TEST_CASE("legend words come from the chart translations", "[charts][i18n]")
{
    REQUIRE(installTranslations(QStringLiteral("ru")));
    CHECK(translate("Charts", "Green") == QString::fromUtf8("Зелёный"));
    CHECK(translate("Charts", "% of previous") == QString::fromUtf8("% от предыдущего"));
    const QStringList ru = test::svgTexts(toSvg(samples::trafficLights(), QSize(900, 500)), nullptr);
    CHECK(ru.contains(QString::fromUtf8("Не оценено")));
    REQUIRE(installTranslations(QStringLiteral("en")));
    CHECK(translate("Charts", "Green") == QStringLiteral("Green"));
    CHECK_FALSE(installTranslations(QStringLiteral("de")));
    CHECK(translate("Charts", "Green") == QStringLiteral("Green"));
}

TEST_CASE("a language scope changes chart text on its own thread only", "[charts][i18n]")
{
    REQUIRE(installTranslations(QStringLiteral("en")));
    QString onWorker, onWorkerAfter;
    std::thread worker([&] {
        {
            const LanguageScope scope(QStringLiteral("ru"));
            onWorker = test::svgTexts(toSvg(samples::trafficLights(), QSize(900, 500)), nullptr).join(u'|');
        }
        onWorkerAfter = translate("Charts", "Green");
    });
    const QString onMain = test::svgTexts(toSvg(samples::trafficLights(), QSize(900, 500)), nullptr).join(u'|');
    worker.join();
    CHECK(onWorker.contains(QString::fromUtf8("Не оценено")));
    CHECK(onMain.contains(QStringLiteral("Not assessed")));
    CHECK_FALSE(onMain.contains(QString::fromUtf8("Не оценено")));
    CHECK(onWorkerAfter == QStringLiteral("Green"));
    CHECK(translate("Charts", "+%n more action(s)", "roadmap overflow", 3).contains(u'3'));
}

TEST_CASE("tiny and degenerate bounds draw nothing harmful", "[charts][render]")
{
    const int before = test::warningCount();
    for (const auto& sample : samples::all()) {
        CAPTURE(sample.name);
        for (const QSize size : { QSize(40, 20), QSize(15, 600), QSize(1200, 30), QSize(1, 1) })
            CHECK_FALSE(toImage(sample.spec, size).isNull());
        CHECK(toImage(sample.spec, QSize(0, 0)).isNull());
        QImage img(100, 100, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        render(sample.spec, p, QRectF(10, 10, -5, 50)); // negative width: ignored
    }
    CHECK(test::warningCount() == before);
}

TEST_CASE("render() on a shared painter stays inside its bounds and restores the painter", "[charts][render]")
{
    for (const auto& sample : samples::all()) {
        CAPTURE(sample.name);
        QImage page(400, 300, QImage::Format_ARGB32_Premultiplied);
        page.fill(Qt::magenta);
        QPainter p(&page);
        const QFont font(QStringLiteral("DejaVu Serif"), 17);
        p.setFont(font);
        p.setPen(QPen(Qt::cyan, 3));
        const QRectF box(50, 40, 200, 150);
        render(sample.spec, p, box);
        CHECK(p.font() == font);
        CHECK(p.pen().color() == QColor(Qt::cyan));
        CHECK_FALSE(p.hasClipping());
        p.end();
        qsizetype outside = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                if (!box.adjusted(-1, -1, 1, 1).contains(QPointF(x + 0.5, y + 0.5)))
                    outside += page.pixel(x, y) != QColor(Qt::magenta).rgba() ? 1 : 0;
        CHECK(outside == 0);
    }
}

TEST_CASE("status badges for tables carry colour and symbol", "[charts][render][grayscale]")
{
    auto badge = [](Status st) {
        QImage img(48, 48, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        paintStatusBadge(p, QRectF(0, 0, 48, 48), st);
        return img;
    };
    const Palette pal;
    for (Status st : { Status::Green, Status::Yellow, Status::Red, Status::NotAssessed }) {
        const QImage img = badge(st);
        CAPTURE(static_cast<int>(st));
        CHECK(QColor(img.pixel(4, 4)) == pal.statusColor(st)); // the fill
        // The symbol over the fill: the centre, or the ring of the hollow "not assessed" circle.
        const QPoint ink = st == Status::NotAssessed ? QPoint(24, 13) : QPoint(24, 24);
        CHECK(QColor(img.pixel(ink)) != pal.statusColor(st));
    }
    CHECK_FALSE(statusWord(Status::Red).isEmpty());
}
