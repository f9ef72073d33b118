// Dashboards on a small demo audit: the screen computes off the GUI thread and shows charts, a
// filter change recomputes with different numbers, a quick series of changes is superseded by the
// last one, changed data refreshes the screen, exports write valid PNG and SVG files, and the
// numbers model of every chart passes QAbstractItemModelTester.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "dashboards/ChartCard.h"
#include "dashboards/ChartDataModel.h"
#include "dashboards/ChartView.h"
#include "dashboards/DashboardEngine.h"
#include "dashboards/DashboardKpis.h"
#include "dashboards/FilterBar.h"
#include "report/dashboards/DashboardCharts.h"
#include "views/DashboardsView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sa;
using namespace sa::app;

class TestAppDashboards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void computesAndShowsCharts();
    void everyChartModelPassesTheTester();
    void managerFilterRecomputesWithDifferentNumbers();
    void quickChangesAreSupersededByTheLast();
    void changedDataRefreshesTheScreen();
    void exportsWriteValidPngAndSvg();
    void emptyProjectShowsReasonsNotNumbers();
    void everySpecKindGivesATable();
    void cleanupTestCase();

private:
    bool waitRefreshed(int previousRefreshes);
    [[nodiscard]] double kpi(const char* section, const char* key) const;
    QTemporaryDir m_dir;
    AuditDocument m_doc;
    std::unique_ptr<DashboardsView> m_view;
    int m_refreshes = 0;
};

bool TestAppDashboards::waitRefreshed(int previousRefreshes)
{
    return apptest::waitFor([&] { return m_refreshes > previousRefreshes && !m_view->engine()->isBusy(); }, 120000);
}

double TestAppDashboards::kpi(const char* section, const char* key) const
{
    return metricNumber(*m_view->engine()->latest()->metrics, { section, key }).value_or(-1);
}

void TestAppDashboards::initTestCase()
{
    apptest::isolateSettings();
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString made = apptest::makeDemoProject(path, 600);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY(m_doc.open(path).ok());
    m_view = std::make_unique<DashboardsView>(&m_doc);
    connect(m_view.get(), &DashboardsView::refreshed, this, [this] { ++m_refreshes; });
    m_view->resize(1200, 900);
}

void TestAppDashboards::computesAndShowsCharts()
{
    QCOMPARE(m_view->engine()->latest(), nullptr); // nothing computed before the screen is shown
    m_view->show();
    QVERIFY(m_view->engine()->isBusy()); // the computation runs in the background
    QVERIFY(waitRefreshed(0));
    const auto outcome = m_view->engine()->latest();
    QVERIFY(outcome && outcome->metrics);
    QVERIFY2(outcome->error.isEmpty(), qPrintable(outcome->error));
    QVERIFY(!m_view->cards().isEmpty());
    ChartCard* tiles = m_view->card(QStringLiteral("kpi"));
    QVERIFY(tiles && tiles->isVisible());
    const auto* spec = std::get_if<charts::KpiTiles>(&tiles->chart()->spec());
    QVERIFY(spec);
    QCOMPARE(spec->tiles.size(), std::size_t(6));
    QVERIFY(spec->tiles[0].value.has_value()); // win rate of the demo's closed deals
    // Every chart of the shared builder, in its order, after the tiles.
    const auto& ids = report::dashboardChartIds();
    QCOMPARE(m_view->cards().size(), qsizetype(ids.size() + 1));
    for (std::size_t i = 0; i < ids.size(); ++i) {
        ChartCard* card = m_view->cards()[qsizetype(i + 1)];
        QCOMPARE(card->chart()->chartId(), QString::fromStdString(ids[i]));
        QVERIFY(card->isVisible());
    }
    const auto* funnel = std::get_if<charts::FunnelChart>(&m_view->card(QStringLiteral("funnel"))->chart()->spec());
    QVERIFY(funnel && funnel->stages.size() >= 3);
    QCOMPARE(funnel->stages.front().reached, kpi("funnel", "deals"));
    // The filter bar is fed from the project: the demo's managers, pipelines and lead sources.
    QVERIFY(m_view->filterBar()->managerBox()->count() > 3);
    QVERIFY(m_view->filterBar()->pipelineBox()->count() >= 3);
    QVERIFY(m_view->filterBar()->sourceBox()->count() > 3);
    QCOMPARE(m_view->filterBar()->salesChannelBox()->count(), 1); // the demo records no sales channel
    QVERIFY(!m_view->filterBar()->salesChannelBox()->isEnabled());
    // The default period is the audit period.
    QCOMPARE(outcome->period.from, startOfDay(*m_doc.auditInfo().periodFrom));
    QCOMPARE(outcome->period.toText(), formatDate(*m_doc.auditInfo().periodTo));
    QCOMPARE(outcome->period.toText(), std::string("2025-06-30"));
}

void TestAppDashboards::everyChartModelPassesTheTester()
{
    for (ChartCard* card : m_view->cards()) {
        ChartDataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSpec(card->chart()->spec());
        QVERIFY2(model.rowCount() > 0, qPrintable(card->chart()->chartId()));
        QVERIFY(model.columnCount() >= 2);
        QVERIFY(!card->chart()->toolTip().isEmpty());
        QVERIFY(!card->chart()->accessibleDescription().isEmpty());
        model.setSpec(charts::KpiTiles {}); // and back to empty
        QCOMPARE(model.rowCount(), 0);
    }
    ChartCard* tiles = m_view->card(QStringLiteral("kpi"));
    tiles->setNumbersVisible(true);
    QVERIFY(tiles->table()->isVisible());
    QCOMPARE(tiles->table()->model()->rowCount(), 6);
}

void TestAppDashboards::managerFilterRecomputesWithDifferentNumbers()
{
    const double allWon = kpi("win_rate", "won");
    const double allDeals = kpi("funnel", "deals");
    QVERIFY(allWon > 0);
    QComboBox* managers = m_view->filterBar()->managerBox();
    const int before = m_refreshes;
    managers->setCurrentIndex(1);
    QVERIFY(waitRefreshed(before));
    QCOMPARE(m_view->engine()->latest()->metrics->at("win_rate").at("won").is_number(), true);
    QVERIFY(kpi("win_rate", "won") < allWon);
    QVERIFY(kpi("funnel", "deals") < allDeals);
    const auto* funnel = std::get_if<charts::FunnelChart>(&m_view->card(QStringLiteral("funnel"))->chart()->spec());
    QVERIFY(funnel && !funnel->stages.empty());
    QCOMPARE(funnel->stages.front().reached, kpi("funnel", "deals")); // the chart shows the new numbers
    QCOMPARE(m_view->engine()->latest()->filters.managerId.value_or(-1), managers->currentData().toLongLong());
    QCOMPARE(m_view->engine()->latest()->loadMs, 0.0); // the loaded data was reused
    const int again = m_refreshes;
    managers->setCurrentIndex(0);
    QVERIFY(waitRefreshed(again));
    QCOMPARE(kpi("win_rate", "won"), allWon);
}

void TestAppDashboards::quickChangesAreSupersededByTheLast()
{
    DashboardEngine* engine = m_view->engine();
    QSignalSpy cancelled(engine, &DashboardEngine::cancelled);
    QSignalSpy computed(engine, &DashboardEngine::computed);
    DashboardFilters f = m_view->filterBar()->filters();
    const qint64 lastManager = m_view->filterBar()->managerBox()->itemData(2).toLongLong();
    f.managerId = m_view->filterBar()->managerBox()->itemData(1).toLongLong();
    engine->request(f);
    f.managerId = lastManager;
    engine->request(f);
    QVERIFY(apptest::waitFor([&] { return !engine->isBusy(); }, 120000));
    QCOMPARE(computed.count(), 1); // only the newest request reached the screen
    QCOMPARE(engine->latest()->filters.managerId.value_or(-1), lastManager);
    // Cancel stops a run and keeps what is shown.
    const auto shown = engine->latest();
    f.managerId.reset();
    engine->request(f);
    engine->cancel();
    QVERIFY(apptest::waitFor([&] { return !engine->isBusy(); }, 120000));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(engine->latest(), shown);
    m_view->filterBar()->reset();
    QVERIFY(waitRefreshed(m_refreshes));
}

void TestAppDashboards::changedDataRefreshesTheScreen()
{
    const double won = kpi("win_rate", "won");
    // Another connection reopens every won deal of the period: the screen must notice once told.
    const QString error = apptest::execOnFile(m_doc.path(),
        "UPDATE deals SET status = 'open', closed_at = NULL WHERE id IN"
        " (SELECT id FROM deals WHERE status = 'won' ORDER BY id LIMIT 5);"
        " UPDATE deals SET sales_channel = 'dealer' WHERE id % 3 = 0");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int before = m_refreshes;
    m_doc.notifyDataChanged(QStringLiteral("deals"));
    QVERIFY(waitRefreshed(before));
    QVERIFY(m_view->engine()->latest()->loadMs > 0); // loaded again, not reused
    QVERIFY(kpi("win_rate", "won") < won);
    // The new sales channel is offered and filters the deals.
    QComboBox* channels = m_view->filterBar()->salesChannelBox();
    QVERIFY(channels->isEnabled());
    QCOMPARE(channels->itemText(1), QStringLiteral("dealer"));
    const double deals = kpi("funnel", "deals");
    const int again = m_refreshes;
    channels->setCurrentIndex(1);
    QVERIFY(waitRefreshed(again));
    QVERIFY(kpi("funnel", "deals") < deals);
    QVERIFY(kpi("funnel", "deals") > 0);
    m_view->filterBar()->reset();
    QVERIFY(waitRefreshed(m_refreshes));
}

void TestAppDashboards::exportsWriteValidPngAndSvg()
{
    for (ChartCard* card : m_view->cards()) {
        ChartView* chart = card->chart();
        const QString png = m_dir.filePath(chart->chartId() + QStringLiteral(".png"));
        const QString svg = m_dir.filePath(chart->chartId() + QStringLiteral(".svg"));
        QString error;
        QVERIFY2(chart->exportPng(png, &error), qPrintable(error));
        QVERIFY2(chart->exportSvg(svg, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->exportSize() * 2);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains(chart->title().toHtmlEscaped().toUtf8())); // text stays text
    }
    // A folder that does not exist: a clear error and no file.
    QString error;
    QVERIFY(!m_view->cards().first()->chart()->exportPng(m_dir.filePath(QStringLiteral("no/such/dir/a.png")), &error));
    QVERIFY(error.contains(QStringLiteral("a.png")));
}

void TestAppDashboards::emptyProjectShowsReasonsNotNumbers()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    store::AuditInfo info;
    info.company = "Empty Co";
    QVERIFY(store::Project::create(path.toStdString(), info, FixedClock(toLocalSeconds({ 2025, 7, 1 }))).ok());
    AuditDocument doc;
    QVERIFY(doc.open(path).ok());
    DashboardsView view(&doc);
    int refreshes = 0;
    connect(&view, &DashboardsView::refreshed, this, [&] { ++refreshes; });
    view.show();
    QVERIFY(apptest::waitFor([&] { return refreshes > 0 && !view.engine()->isBusy(); }, 60000));
    const auto* tiles = std::get_if<charts::KpiTiles>(&view.card(QStringLiteral("kpi"))->chart()->spec());
    QVERIFY(tiles);
    for (const charts::KpiTile& t : tiles->tiles) {
        QVERIFY(!t.value); // a dash, never a made-up zero
        QVERIFY2(!t.note.isEmpty(), qPrintable(t.caption)); // and the engine's reason
    }
    QCOMPARE(view.cards().size(), qsizetype(report::dashboardChartIds().size() + 1));
    QCOMPARE(view.filterBar()->managerBox()->count(), 1);
    QVERIFY(!view.filterBar()->managerBox()->isEnabled());
}

void TestAppDashboards::everySpecKindGivesATable()
{
    // The kinds the dashboards do not draw today still give their numbers (the model serves any chart).
    charts::NpsDistribution nps;
    nps.counts = { 1, 0, 0, 0, 0, 0, 1, 2, 2, 3, 1 };
    charts::TrafficLightMatrix matrix;
    matrix.rows = { { QStringLiteral("P"), { { QStringLiteral("P1"), charts::Status::Red } } } };
    charts::Roadmap roadmap;
    roadmap.items = { { QStringLiteral("Write scripts"), QStringLiteral("ROP"), charts::Horizon::Q1, {} } };
    charts::LineChart line;
    line.categories = { QStringLiteral("Jan"), QStringLiteral("Feb") };
    line.series = { { QStringLiteral("Revenue"), { 1.0, std::nullopt }, charts::LineStyle::Solid, {}, { 0.5, {} },
        { 1.5, {} } } };
    const std::vector<std::pair<charts::ChartSpec, int>> cases
        = { { nps, 12 }, { matrix, 1 }, { roadmap, 1 }, { line, 2 } };
    for (const auto& [spec, rows] : cases) {
        ChartDataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSpec(spec);
        QCOMPARE(model.rowCount(), rows);
    }
    ChartDataModel model;
    model.setSpec(nps);
    QCOMPARE(model.index(11, 1).data().toString(), QStringLiteral("20")); // 40 % promoters − 20 % detractors
    QCOMPARE(model.index(11, 1).data(ChartDataModel::NumberRole).toDouble(), 20.0);
    model.setSpec(line);
    QCOMPARE(model.columnCount(), 4); // period, value, low, high
    QCOMPARE(model.index(1, 1).data().toString(), QString(QChar(0x2014))); // a gap is a dash, never 0
    QVERIFY(!model.index(1, 1).data(ChartDataModel::NumberRole).isValid());
}

void TestAppDashboards::cleanupTestCase()
{
    m_view.reset();
    m_doc.close();
}

QTEST_MAIN(TestAppDashboards)
#include "test_app_dashboards.moc"
