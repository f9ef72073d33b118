// Work for screens the user is not looking at waits: a Data tab reads its rows when first shown and
// after a change while hidden when shown again; the hidden Overview reads its coverage after the
// shared data load; every screen is still correct when the user switches to it.
#include "AppTestSupport.h"
#include "AuditDataCache.h"
#include "AuditDocument.h"
#include "MainWindow.h"
#include "ScoreService.h"
#include "models/EntityTableModel.h"
#include "views/DataView.h"
#include "views/OverviewView.h"
#include "views/TableBrowser.h"

#include <QAbstractItemModelTester>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace sa;
using namespace sa::app;

namespace {

qint64 countOnFile(const QString& path, const char* table)
{
    auto p = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!p)
        return -1;
    auto n = p->db().scalarInt(std::string("SELECT count(*) FROM ") + table);
    return n && *n ? **n : -1;
}

/// Counts the id-list queries a model starts.
struct QueryCounter {
    explicit QueryCounter(EntityTableModel* model)
    {
        QObject::connect(model, &EntityTableModel::loadingChanged, model, [this](bool on) { queries += on ? 1 : 0; });
    }
    int queries = 0;
};

} // namespace

class TestAppLazyScreens : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hiddenDataTabQueriesWhenFirstShown();
    void importWhileHiddenRefreshesWhenShown();
    void hiddenOverviewReadsCoverageAfterTheDataLoad();
    void shownOverviewReadsCoverageAtOnce();

private:
    DataView* data() const { return static_cast<DataView*>(m_window->screenWidget(Screen::Data)); }
    OverviewView* overview() const { return static_cast<OverviewView*>(m_window->screenWidget(Screen::Overview)); }
    bool waitScored() const
    {
        return apptest::waitFor(
            [&] { return m_window->scores()->result() && !m_window->scores()->isScoring(); }, 60000);
    }
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void TestAppLazyScreens::initTestCase()
{
    apptest::isolateSettings();
    m_template = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString err = apptest::makeDemoProject(m_template);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestAppLazyScreens::init()
{
    // Each test on its own copy: one of them writes to the file.
    m_path = m_dir.filePath(QStringLiteral("run%1.sqlite").arg(++m_run));
    QVERIFY(QFile::copy(m_template, m_path));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAppLazyScreens::cleanup()
{
    m_window.reset();
}

void TestAppLazyScreens::hiddenDataTabQueriesWhenFirstShown()
{
    TableBrowser* deals = data()->browser(QStringLiteral("deals"));
    TableBrowser* clients = data()->browser(QStringLiteral("clients"));
    QVERIFY(deals && clients && deals != clients);
    data()->tabs()->setCurrentWidget(clients);
    QueryCounter dealQueries(deals->model());
    QueryCounter clientQueries(clients->model());
    QVERIFY(m_window->document()->open(m_path).ok());
    QVERIFY(waitScored());
    // The Data screen was never shown: neither table has read anything.
    QCOMPARE(dealQueries.queries, 0);
    QCOMPARE(clientQueries.queries, 0);
    QVERIFY(deals->model()->isStale() && deals->model()->rowCount() == 0);

    // Its current tab loads when the screen is shown; the other tab still waits.
    m_window->showScreen(Screen::Data);
    QVERIFY(apptest::waitFor([&] { return clients->model()->rowCount() == countOnFile(m_path, "clients"); }));
    QCOMPARE(clientQueries.queries, 1);
    QCOMPARE(dealQueries.queries, 0);
    QVERIFY(deals->model()->isStale());

    // Switching to the deals tab shows its rows, and the model is sound.
    data()->tabs()->setCurrentWidget(deals);
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading(); }));
    QCOMPARE(qint64(deals->model()->rowCount()), countOnFile(m_path, "deals"));
    QVERIFY(deals->model()->rowCount() > 0);
    QVERIFY(!deals->model()->index(0, 0).data().toString().isEmpty());
    QCOMPARE(dealQueries.queries, 1);
    QAbstractItemModelTester tester(deals->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestAppLazyScreens::importWhileHiddenRefreshesWhenShown()
{
    QVERIFY(m_window->document()->open(m_path).ok());
    m_window->showScreen(Screen::Data);
    TableBrowser* deals = data()->browser(QStringLiteral("deals"));
    data()->tabs()->setCurrentWidget(deals);
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading() && deals->model()->rowCount() > 0; }));
    const int before = deals->model()->rowCount();
    QueryCounter queries(deals->model());

    // New rows arrive while the user looks at another screen (a new deal, announced as an import is).
    m_window->showScreen(Screen::Scorecard);
    // No reader of the file left (the write below needs it alone).
    QVERIFY(waitScored() && apptest::waitForBackgroundWork());
    const QString err = apptest::execOnFile(m_path,
        "INSERT INTO deals (ext_id, name, created_at, stage_id) SELECT 'lazy-test', 'Added while hidden', "
        "created_at, stage_id FROM deals LIMIT 1");
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_window->document()->notifyDataChanged(QString());
    QVERIFY(waitScored());
    QCOMPARE(queries.queries, 0); // hidden: nothing read yet
    QVERIFY(deals->model()->isStale());
    QCOMPARE(deals->model()->rowCount(), before);

    // Shown again: it reads the rows and shows the new deal.
    m_window->showScreen(Screen::Data);
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading() && !deals->model()->isStale(); }));
    QCOMPARE(queries.queries, 1);
    QCOMPARE(deals->model()->rowCount(), before + 1);
    deals->model()->sort(0, Qt::AscendingOrder); // the filter and sort still work on the fresh rows
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading(); }));
    QCOMPARE(deals->model()->rowCount(), before + 1);
}

void TestAppLazyScreens::hiddenOverviewReadsCoverageAfterTheDataLoad()
{
    QStringList events;
    connect(m_window->document()->dataCache(), &AuditDataCache::ready, this, [&] { events << QStringLiteral("data"); });
    connect(overview(), &OverviewView::coverageShown, this, [&] { events << QStringLiteral("coverage"); });
    // As a user who goes on to the Dashboards at once: the Overview is only passed through.
    QVERIFY(m_window->document()->open(m_path).ok());
    m_window->showScreen(Screen::Dashboards);
    QVERIFY(overview()->isCoverageStale());
    QVERIFY(!overview()->isLoading());
    QVERIFY(apptest::waitFor([&] { return events.contains(QStringLiteral("coverage")); }));
    QCOMPARE(events.first(), QStringLiteral("data"));
    QVERIFY(!overview()->isCoverageStale());
    // What it shows is the file's coverage: a row per entity.
    int filled = 0;
    for (const QTableWidget* t : overview()->findChildren<QTableWidget*>())
        filled += t->rowCount() > 0 ? 1 : 0;
    QVERIFY(filled > 0);
}

void TestAppLazyScreens::shownOverviewReadsCoverageAtOnce()
{
    int shown = 0;
    connect(overview(), &OverviewView::coverageShown, this, [&] { ++shown; });
    QVERIFY(m_window->document()->open(m_path).ok());
    QVERIFY(m_window->currentScreen() == Screen::Overview);
    QVERIFY(apptest::waitFor([&] { return shown == 1; }));
    QVERIFY(waitScored());
    // A change while it is shown reads it again.
    m_window->document()->notifyDataChanged(QString());
    QVERIFY(apptest::waitFor([&] { return shown == 2; }));
}

QTEST_MAIN(TestAppLazyScreens)
#include "test_app_lazy_screens.moc"
