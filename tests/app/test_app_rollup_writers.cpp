// The workbench's writers run on a connection without triggers: a cell edit of a deal or a
// stage-history row and a manager merge (and its undo) must leave the deals snapshot stale, never
// wrong; an edit elsewhere leaves it current. Metrics compared with the rollups on and off.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "commands/MergeManagersCommand.h"
#include "commands/SetFieldCommand.h"
#include "common/Params.h"
#include "metrics/AuditData.h"
#include "metrics/Metrics.h"
#include "rollup/Rollup.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sa;
using namespace sa::app;

namespace {

rollup::State snapshotState(store::Connection& db)
{
    auto fp = rollup::dealsFingerprint(db);
    return fp ? rollup::readDeals(db, *fp).state : rollup::State::Damaged;
}

std::string metricsJson(const store::Project& project, bool rollups)
{
    auto params = Params::loadFile(Params::defaultCatalogueDir() + "/refs.json");
    if (!params)
        return "no params";
    metrics::LoadOptions o;
    o.useRollup = rollups;
    auto data = metrics::AuditData::load(project, *params, o);
    return data ? metrics::computeMetrics(*data).json.dump() : "load failed";
}

} // namespace

class TestAppRollupWriters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { apptest::isolateSettings(); }
    void editsAndMergesLeaveTheSnapshotStaleNeverWrong();
};

void TestAppRollupWriters::editsAndMergesLeaveTheSnapshotStaleNeverWrong()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(apptest::makeDemoProject(path, 300), QString());
    AuditDocument doc;
    QVERIFY(doc.open(path).ok());
    store::Project& p = *doc.project();
    QVERIFY(snapshotState(p.db()) == rollup::State::Current);
    auto staleButRight = [&](const char* what) {
        QVERIFY2(snapshotState(p.db()) == rollup::State::Stale, what);
        QVERIFY2(metricsJson(p, true) == metricsJson(p, false), what);
        auto done = rollup::refresh(p.db());
        QVERIFY2(done.ok() && snapshotState(p.db()) == rollup::State::Current, what);
    };
    const qint64 firstDeal = p.db().scalarInt("SELECT min(id) FROM deals")->value_or(0);
    const qint64 firstVisit = p.db().scalarInt("SELECT min(id) FROM stage_history")->value_or(0);
    QVERIFY(SetFieldCommand::write(&doc, QStringLiteral("deals"), QStringLiteral("amount"), firstDeal, 4242));
    const auto fp = rollup::activitiesFingerprint(p.db());
    QVERIFY(fp.ok() && rollup::readActivities(p.db(), *fp).state == rollup::State::Current); // still usable
    staleButRight("deal amount edited");
    QVERIFY(SetFieldCommand::write(
        &doc, QStringLiteral("stage_history"), QStringLiteral("exited_at"), firstVisit, QVariant()));
    staleButRight("stage-history row edited");
    QVERIFY(SetFieldCommand::write(&doc, QStringLiteral("clients"), QStringLiteral("name"), 1, QStringLiteral("X")));
    QVERIFY(snapshotState(p.db()) == rollup::State::Current); // raw ids: nothing it copies changed

    const qint64 from = p.db().scalarInt("SELECT max(owner_id) FROM deals")->value_or(0);
    const qint64 into = p.db().scalarInt("SELECT min(owner_id) FROM deals")->value_or(0);
    QVERIFY(from != into);
    MergeManagersCommand merge(&doc, from, into, QStringLiteral("a"), QStringLiteral("b"));
    merge.redo();
    QCOMPARE(p.db().scalarInt("SELECT count(*) FROM deals WHERE owner_id = " + std::to_string(from))->value_or(-1), 0);
    staleButRight("managers merged");
    merge.undo();
    QVERIFY(p.db().scalarInt("SELECT count(*) FROM deals WHERE owner_id = " + std::to_string(from))->value_or(0) > 0);
    staleButRight("merge undone");
}

QTEST_MAIN(TestAppRollupWriters)
#include "test_app_rollup_writers.moc"
