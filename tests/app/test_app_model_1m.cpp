// EntityTableModel over 1,000,000 deals: the id list, page fetches, sorting and filtering.
// Prints the timings (they are measurements, not assertions); checks the results are right.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "models/EntityColumns.h"
#include "models/EntityTableModel.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace sa;
using namespace sa::app;

class TestAppModel1M : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void millionDeals();
};

void TestAppModel1M::millionDeals()
{
    apptest::isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    QVERIFY(apptest::makeSampleProject(path).isEmpty());
    QElapsedTimer t;
    t.start();
    const QString err = apptest::execOnFile(path, R"SQL(
        DELETE FROM data_issues; DELETE FROM activities; DELETE FROM deals;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
        INSERT INTO deals (id, ext_id, name, created_at, owner_id, stage_id, status, amount)
        SELECT i, 'd' || i, 'Deal ' || i, 1719792000 + i * 60, 1 + i % 3, 1 + i % 6,
               CASE i % 6 WHEN 4 THEN 'won' WHEN 5 THEN 'lost' ELSE 'open' END, (i * 7919) % 1000000 * 100
        FROM n;)SQL");
    QVERIFY2(err.isEmpty(), qPrintable(err));
    qInfo("filled 1,000,000 deals in %lld ms", t.elapsed());

    AuditDocument doc;
    QVERIFY(doc.open(path).ok());
    EntityTableModel model(&doc, *findEntity(QStringLiteral("deals")));
    t.restart();
    model.reloadNow();
    QCOMPARE(model.rowCount(), 1000000);
    qInfo("id list (rowid order): %lld ms", t.elapsed());

    auto fetch = [&](int row, const char* what) {
        QElapsedTimer f;
        f.start();
        const QString text = model.index(row, 1).data().toString();
        qInfo("page fetch at %s (row %d, %d rows, GUI thread): %.2f ms", what, row, int(EntityTableModel::kPageSize),
            double(f.nsecsElapsed()) / 1e6);
        return text;
    };
    QCOMPARE(fetch(0, "top"), QStringLiteral("Deal 1"));
    QCOMPARE(fetch(500000, "middle"), QStringLiteral("Deal 500001"));
    QCOMPARE(fetch(999999, "end"), QStringLiteral("Deal 1000000"));

    int amount = -1;
    for (int c = 0; c < model.columnCount(); ++c)
        if (QLatin1String(model.definition().columns[size_t(c)].expr) == QLatin1String("t.amount"))
            amount = c;
    t.restart();
    model.sort(amount, Qt::DescendingOrder); // on a worker thread: the GUI thread only waits here
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }, 60000));
    qInfo("sort by amount (worker): %lld ms wall, %lld ms query", t.elapsed(), model.lastQueryMs());
    QCOMPARE(model.index(0, amount).data(EntityTableModel::RawRole).toLongLong(), qint64(999999) * 100);
    fetch(250000, "sorted middle");

    t.restart();
    model.setFilter(QStringLiteral("deal 99999"), 1);
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }, 60000));
    qInfo("filter name LIKE '%%deal 99999%%' (worker): %lld ms query, %d rows", model.lastQueryMs(), model.rowCount());
    QCOMPARE(model.rowCount(), 11); // 99999 and 999990..999999
    t.restart();
    QVERIFY(model.rowOfRecord(999995) >= 0);
    qInfo("rowOfRecord in the filtered list: %lld ms", t.elapsed());

    // Drill-down: 200,000 ids (every 5th deal from 2 on, a large stalled set) matched in memory, never
    // as SQL literals; sorted by amount and then in rowid order.
    model.setFilter(QString());
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }, 60000));
    auto ids = std::make_shared<std::vector<std::int64_t>>();
    for (std::int64_t id = 2; id <= 1000000; id += 5)
        ids->push_back(id);
    const std::size_t wanted = ids->size();
    t.restart();
    model.setIdFilter(std::move(ids));
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }, 60000));
    qInfo("id filter, %zu ids, sorted by amount (worker): %lld ms wall, %lld ms query", wanted, t.elapsed(),
        model.lastQueryMs());
    QCOMPARE(std::size_t(model.rowCount()), wanted);
    QCOMPARE(model.recordId(0) % 5, qint64(2));
    model.sort(-1);
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }, 60000));
    qInfo("id filter, rowid order (worker): %lld ms query", model.lastQueryMs());
    QCOMPARE(model.recordId(1), qint64(7));
}

QTEST_MAIN(TestAppModel1M)
#include "test_app_model_1m.moc"
