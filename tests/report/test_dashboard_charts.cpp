// The shared dashboard builder: every chart from a small metrics JSON (a trimmed demo result), the
// "no data: reason" state of an empty project and of malformed JSON, and rendering to PNG/SVG.
#include "charts/Export.h"
#include "dashboards/DashboardCharts.h"

#include <QFile>
#include <QImage>
#include <catch2/catch.hpp>
#include <numeric>

using namespace sa::report;
namespace charts = sa::charts;

namespace {

sa::metrics::MetricsResult loadMetrics(const char* name)
{
    QFile f(QStringLiteral(SA_REPORT_TEST_DATA "/") + QString::fromLatin1(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    sa::metrics::MetricsResult m;
    m.json = sa::metrics::Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    REQUIRE_FALSE(m.json.is_discarded());
    return m;
}

const DashboardChart& byId(const std::vector<DashboardChart>& all, const std::string& id)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const DashboardChart& c) { return c.id == id; });
    REQUIRE(it != all.end());
    return *it;
}

double sum(const std::vector<double>& v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

/// Renders `c` to PNG and SVG; both must come out and the PNG must not be blank.
void requireRenders(const DashboardChart& c)
{
    const QImage img = charts::toImage(c.spec, QSize(640, 360));
    REQUIRE_FALSE(img.isNull());
    const QRgb first = img.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < img.height() && !drawn; y += 3)
        for (int x = 0; x < img.width() && !drawn; x += 3)
            drawn = img.pixel(x, y) != first;
    CHECK(drawn);
    CHECK(charts::toPng(c.spec, QSize(640, 360)).startsWith("\x89PNG"));
    CHECK(charts::toSvg(c.spec, QSize(640, 360)).contains("<svg"));
}

} // namespace

TEST_CASE("dashboard charts: ids are stable and in order", "[dashboards]")
{
    const auto all = dashboardCharts(loadMetrics("metrics_small.json"), Language::Ru);
    REQUIRE(all.size() == dashboardChartIds().size());
    for (std::size_t i = 0; i < all.size(); ++i)
        CHECK(all[i].id == dashboardChartIds()[i]);
}

TEST_CASE("dashboard charts from a small metrics JSON", "[dashboards]")
{
    const auto m = loadMetrics("metrics_small.json");
    const auto all = dashboardCharts(m, Language::Ru);
    for (const DashboardChart& c : all) {
        INFO(c.id);
        CHECK(c.hasData);
        CHECK_FALSE(charts::titleOf(c.spec).isEmpty());
        requireRenders(c);
    }
    SECTION("funnel: reached per stage and the Markov win probability")
    {
        const auto& f = std::get<charts::FunnelChart>(byId(all, "funnel").spec);
        REQUIRE(f.stages.size() == 4);
        CHECK(f.title.contains(QStringLiteral("Основная воронка")));
        CHECK(f.stages[0].reached == 1395);
        REQUIRE(f.stages[0].secondary);
        CHECK(*f.stages[0].secondary == Approx(0.12737766803676287));
        CHECK(byId(all, "funnel").note.contains(QStringLiteral("1395")) == false); // grouped: "1 395"
    }
    SECTION("pipeline: managers × stages, stacked, the amounts add up")
    {
        const auto& b = std::get<charts::BarChart>(byId(all, "pipeline_manager_stage").spec);
        CHECK(b.mode == charts::BarMode::Stacked);
        CHECK(b.categories.size() == 3);
        REQUIRE(b.series.size() == 3);
        double total = 0;
        for (const auto& s : b.series)
            total += sum(s.values);
        double expected = 0;
        for (const auto& row : m.json["pipeline"]["by_stage_manager"])
            expected += row["amount"].get<double>();
        CHECK(total * 1e6 == Approx(expected)); // printed in millions
        CHECK(b.valueAxisLabel == QStringLiteral("млн RUB"));
    }
    SECTION("revenue: 6 actual months, plan dashed, 3 forecast months with an interval band")
    {
        const auto& l = std::get<charts::LineChart>(byId(all, "revenue_plan_forecast").spec);
        REQUIRE(l.categories.size() == 9);
        CHECK(l.categories.front() == QStringLiteral("01.2025"));
        REQUIRE(l.series.size() == 3);
        CHECK(l.series[1].style == charts::LineStyle::Dashed);
        const auto& fc = l.series[2];
        CHECK(fc.values[5].has_value()); // joins the last actual month
        CHECK_FALSE(fc.values[4].has_value());
        REQUIRE(fc.lower.size() == 9);
        CHECK(fc.lower[8].has_value());
        CHECK(*fc.lower[8] < *fc.values[8]);
        CHECK(*fc.upper[8] > *fc.values[8]);
        CHECK_FALSE(fc.lower[5].has_value());
    }
    SECTION("NPS: detractors, passives, promoters per month add up to the responses")
    {
        const auto& b = std::get<charts::BarChart>(byId(all, "nps_by_month").spec);
        REQUIRE(b.series.size() == 3);
        REQUIRE(b.categories.size() == 6);
        const auto& months = m.json["nps"]["by_month"];
        for (std::size_t i = 0; i < 6; ++i)
            CHECK(b.series[0].values[i] + b.series[1].values[i] + b.series[2].values[i]
                == months[i]["responses"].get<double>());
        CHECK(b.title.contains(QStringLiteral("NPS")));
    }
    SECTION("ABC-XYZ: clients per cell and revenue shares summing to 1")
    {
        const auto& h = std::get<charts::AbcXyzHeatmap>(byId(all, "abc_xyz").spec);
        double clients = 0, share = 0;
        for (std::size_t a = 0; a < 3; ++a)
            for (std::size_t x = 0; x < 3; ++x) {
                clients += h.values[a][x];
                share += h.shares[a][x].value_or(0);
            }
        CHECK(clients == m.json["abc_xyz"]["clients"].get<double>());
        CHECK(share == Approx(1.0));
    }
    SECTION("channels: a channel without cost is left out and named in the note, never drawn as 0")
    {
        const auto& roi = byId(all, "channel_roi");
        const auto& b = std::get<charts::BarChart>(roi.spec);
        CHECK(b.categories == QStringList { QStringLiteral("Яндекс.Директ"), QStringLiteral("VK Реклама") });
        CHECK(b.series[0].values.back() == Approx(-100.0)); // a negative ROI is drawn, not clipped
        CHECK(roi.note.contains(QStringLiteral("не указан (не определено: нет затрат на этот канал)")));
        CHECK(std::is_sorted(b.series[0].values.rbegin(), b.series[0].values.rend()));
    }
    SECTION("activities and plan: a manager without a value goes to the note")
    {
        const auto& act = byId(all, "activities_per_manager");
        CHECK(std::get<charts::BarChart>(act.spec).categories.size() == 3);
        CHECK(act.note.contains(QStringLiteral("Новый Менеджер (не работал ни одного рабочего дня периода)")));
        const auto& plan = byId(all, "plan_by_manager");
        const auto& b = std::get<charts::BarChart>(plan.spec);
        CHECK(b.categories.size() == 3);
        CHECK(b.series[0].values.front() == Approx(165.66971295656001)); // largest first
        CHECK(plan.note.contains(QStringLiteral("нет плана выручки менеджера в периоде")));
    }
}

TEST_CASE("dashboard charts in English", "[dashboards]")
{
    const auto all = dashboardCharts(loadMetrics("metrics_small.json"), Language::En);
    CHECK(charts::titleOf(byId(all, "funnel").spec).startsWith(QStringLiteral("Sales funnel")));
    CHECK(std::get<charts::LineChart>(byId(all, "revenue_plan_forecast").spec).categories.front()
        == QStringLiteral("2025-01"));
    CHECK(byId(all, "channel_roi").note.contains(QStringLiteral("undefined: no cost recorded for this channel")));
}

TEST_CASE("dashboard charts of an empty project say why there is no data", "[dashboards]")
{
    const auto all = dashboardCharts(loadMetrics("metrics_empty.json"), Language::Ru);
    REQUIRE(all.size() == dashboardChartIds().size());
    for (const DashboardChart& c : all) {
        INFO(c.id);
        CHECK_FALSE(c.hasData);
        const QString reason = std::visit([](const auto& s) { return s.noDataReason; }, c.spec);
        CHECK(reason == QStringLiteral("в проекте нет данных с датами (ничего не загружено)"));
        requireRenders(c);
        CHECK(QString::fromUtf8(charts::toSvg(c.spec, QSize(640, 360))).contains(QStringLiteral("проекте")));
    }
}

TEST_CASE("dashboard charts survive malformed metrics JSON", "[dashboards]")
{
    sa::metrics::MetricsResult m;
    for (const char* text : { "[]", "42", "{}", R"({"funnel": {"stages": [{"name": 5, "reached": "x"}]},
            "pipeline": {"by_stage": 3, "by_stage_manager": [{"stage": null, "amount": "1"}]},
            "results": {"by_month": [{"month": null, "revenue": null}]}, "nps": {"responses": "12"},
            "abc_xyz": {"cells": [{"abc": "AB", "xyz": "Q", "clients": 5}]}, "by_source": {"x": 1},
            "activities": {"by_manager": [{}]}, "by_manager": [{"manager": "A"}]})" }) {
        m.json = sa::metrics::Json::parse(text, nullptr, false);
        INFO(text);
        const auto all = dashboardCharts(m, Language::En);
        REQUIRE(all.size() == dashboardChartIds().size());
        for (const DashboardChart& c : all) {
            CHECK_FALSE(c.hasData);
            CHECK_FALSE(std::visit([](const auto& s) { return s.noDataReason; }, c.spec).isEmpty());
            requireRenders(c);
        }
    }
}

TEST_CASE("engine reasons in the report language", "[dashboards]")
{
    CHECK(metricsReasonText("no responses", Language::Ru) == QStringLiteral("нет ответов"));
    CHECK(metricsReasonText("no responses", Language::En) == QStringLiteral("no responses"));
    CHECK(metricsReasonText("undefined: no cost recorded for this channel", Language::Ru)
        == QStringLiteral("не определено: нет затрат на этот канал"));
    CHECK(metricsReasonText("something new", Language::Ru) == QStringLiteral("something new"));
}
