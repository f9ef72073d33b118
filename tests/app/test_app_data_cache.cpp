// One AuditData load per data state, shared: the score and the Dashboards screen of an audit read
// the same loaded data (AuditDataCache); a note or a checklist answer keeps it, a change of the
// deals loads it once more for both, parameters and the audit record drop it, a load superseded
// by a change is not used. The score's export facts (read beside the load) follow the same states,
// and the score made with them is the core's score of the file.
#include "AppTestSupport.h"
#include "AuditDataCache.h"
#include "AuditDocument.h"
#include "ScoreService.h"
#include "dashboards/DashboardEngine.h"
#include "scoring/ScoreJson.h"
#include "views/DashboardsView.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sa;
using namespace sa::app;

class TestAppDataCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scoreAndDashboardsShareOneLoad();
    void unrelatedChangesKeepTheData();
    void changedDealsLoadOnceForBoth();
    void aChangeDuringALoadSupersedesIt();
    void cleanupTestCase();

private:
    bool settled(const std::shared_ptr<const scoring::ScoreResult>& before);
    QTemporaryDir m_dir;
    AuditDocument m_doc;
    std::unique_ptr<ScoreService> m_scores;
    std::unique_ptr<DashboardsView> m_view;
    int m_refreshes = 0;
};

bool TestAppDataCache::settled(const std::shared_ptr<const scoring::ScoreResult>& before)
{
    return apptest::waitFor(
        [&] {
            return m_scores->result() && m_scores->result() != before && !m_scores->isScoring()
                && !m_view->engine()->isBusy() && m_view->engine()->latest();
        },
        120000);
}

void TestAppDataCache::initTestCase()
{
    apptest::isolateSettings();
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString made = apptest::makeDemoProject(path, 600);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    m_scores = std::make_unique<ScoreService>(&m_doc);
    m_view = std::make_unique<DashboardsView>(&m_doc);
    connect(m_view.get(), &DashboardsView::refreshed, this, [this] { ++m_refreshes; });
    m_view->resize(1000, 700);
    m_view->show();
}

void TestAppDataCache::scoreAndDashboardsShareOneLoad()
{
    AuditDataCache* cache = m_doc.dataCache();
    const int loads = cache->loadsStarted();
    const int facts = m_scores->factsReads();
    QVERIFY(m_doc.open(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok()); // both ask at once
    QVERIFY2(settled(nullptr), qPrintable(m_scores->lastError()));
    QCOMPARE(cache->loadsStarted(), loads + 1);
    QCOMPARE(m_scores->factsReads(), facts + 1);
    auto project = store::Project::open(m_doc.path().toStdString(), store::OpenMode::ReadOnly);
    QVERIFY(project.ok());
    auto direct = scoring::scoreProject(*project);
    QVERIFY(direct.ok());
    QCOMPARE(scoring::toJsonText(*m_scores->result()), scoring::toJsonText(*direct));
    QVERIFY(cache->data());
    QCOMPARE(m_view->engine()->latest()->data, cache->data()); // the very same object
    QVERIFY(m_view->engine()->latest()->loadMs > 0);
}

void TestAppDataCache::unrelatedChangesKeepTheData()
{
    AuditDataCache* cache = m_doc.dataCache();
    const auto data = cache->data();
    const int loads = cache->loadsStarted();
    const int facts = m_scores->factsReads();
    const int refreshes = m_refreshes;
    for (const char* table : { "evidence", "assessments", "actions" }) {
        const auto before = m_scores->result();
        m_doc.notifyDataChanged(QString::fromLatin1(table));
        QVERIFY(settled(before)); // rescored on the kept data
        QCOMPARE(cache->data(), data);
    }
    QCOMPARE(cache->loadsStarted(), loads);
    QCOMPARE(m_scores->factsReads(), facts); // nor its export facts
    QCOMPARE(m_refreshes, refreshes); // no chart depends on notes, answers or the plan
}

void TestAppDataCache::changedDealsLoadOnceForBoth()
{
    AuditDataCache* cache = m_doc.dataCache();
    const auto old = cache->data();
    const int loads = cache->loadsStarted();
    const int facts = m_scores->factsReads();
    const QString error = apptest::execOnFile(m_doc.path(),
        "UPDATE deals SET status = 'open', closed_at = NULL WHERE id IN"
        " (SELECT id FROM deals WHERE status = 'won' ORDER BY id LIMIT 5)");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto before = m_scores->result();
    const int refreshes = m_refreshes;
    m_doc.notifyDataChanged(QStringLiteral("deals"));
    QVERIFY(!cache->data()); // dropped before anyone reacted
    QVERIFY(settled(before));
    QVERIFY(apptest::waitFor([&] { return m_refreshes > refreshes && !m_view->engine()->isBusy(); }, 120000));
    QCOMPARE(cache->loadsStarted(), loads + 1);
    QCOMPARE(m_scores->factsReads(), facts + 1);
    QVERIFY(cache->data() && cache->data() != old);
    QCOMPARE(m_view->engine()->latest()->data, cache->data());
    QVERIFY(cache->data()->deals.size() == old->deals.size());
}

void TestAppDataCache::aChangeDuringALoadSupersedesIt()
{
    AuditDataCache* cache = m_doc.dataCache();
    const int loads = cache->loadsStarted();
    const quint64 generation = cache->generation();
    cache->invalidate();
    cache->request();
    QVERIFY(cache->isLoading());
    cache->invalidate(); // the running load is now stale: its result must not be used
    QSignalSpy ready(cache, &AuditDataCache::ready);
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(cache->generation(), generation + 2);
    QCOMPARE(cache->loadsStarted(), loads + 2); // the stale one and the fresh one
    QVERIFY(cache->data());
    m_doc.close();
    QVERIFY(!cache->data());
    cache->request(); // nothing open: nothing to load
    QVERIFY(!cache->isLoading());
}

void TestAppDataCache::cleanupTestCase()
{
    m_view.reset();
    m_scores.reset();
    m_doc.close();
}

QTEST_MAIN(TestAppDataCache)
#include "test_app_data_cache.moc"
