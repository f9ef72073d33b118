// Every item model of the workbench on a populated project: QAbstractItemModelTester, sorting and
// filtering in SQL, editors as undoable commands, jump-to-row from the data-quality list.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "models/EntityColumns.h"
#include "models/EntityTableModel.h"
#include "views/DataView.h"
#include "views/TableBrowser.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace sa;
using namespace sa::app;

namespace {

QString dump(const QString& path, const char* sql)
{
    auto p = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!p)
        return QString::fromStdString(p.error().describe());
    auto st = p->db().prepare(sql);
    if (!st)
        return QString::fromStdString(st.error().describe());
    QStringList out;
    for (;;) {
        auto more = st->step();
        if (!more || !*more)
            break;
        QStringList row;
        for (int c = 0; c < st->columnCount(); ++c)
            row << QString::fromStdString(st->getText(c));
        out << row.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}

std::vector<const EntityDef*> allDefinitions()
{
    std::vector<const EntityDef*> defs;
    for (const auto& d : entityDefs())
        defs.push_back(&d);
    defs.push_back(&dataIssuesDef());
    defs.push_back(findEntity(QStringLiteral("evidence")));
    defs.push_back(findEntity(QStringLiteral("actions")));
    return defs;
}

} // namespace

class TestAppModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyModelPassesTheTester();
    void sortAndFilterRunInSql();
    void stageEditIsUndoable();
    void aliasMoveAndManagerMergeAreUndoable();
    void dataQualityJumpsToTheRecord();

private:
    QTemporaryDir m_dir;
    QString m_path;
    AuditDocument m_doc;
};

void TestAppModels::initTestCase()
{
    apptest::isolateSettings();
    m_path = m_dir.filePath(QStringLiteral("sample.sqlite"));
    const QString err = apptest::makeSampleProject(m_path);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(m_doc.open(m_path).ok());
}

void TestAppModels::everyModelPassesTheTester()
{
    for (const EntityDef* def : allDefinitions()) {
        QVERIFY(def);
        EntityTableModel model(&m_doc, *def);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reloadNow();
        model.sort(0, Qt::DescendingOrder); // background reload under the tester
        QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }));
        model.setFilter(QStringLiteral("а"));
        QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }));
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                model.index(r, c).data();
    }
}

void TestAppModels::sortAndFilterRunInSql()
{
    EntityTableModel deals(&m_doc, *findEntity(QStringLiteral("deals")));
    deals.reloadNow();
    QCOMPARE(deals.rowCount(), 120);
    int amount = -1;
    for (int c = 0; c < deals.columnCount(); ++c)
        if (QLatin1String(deals.definition().columns[size_t(c)].expr) == QLatin1String("t.amount"))
            amount = c;
    QVERIFY(amount >= 0);
    deals.sort(amount, Qt::DescendingOrder);
    QVERIFY(apptest::waitFor([&] { return !deals.isLoading(); }));
    for (int r = 1; r < deals.rowCount(); ++r)
        QVERIFY(deals.index(r - 1, amount).data(EntityTableModel::RawRole).toLongLong()
            >= deals.index(r, amount).data(EntityTableModel::RawRole).toLongLong());
    QVERIFY(deals.headerData(amount, Qt::Horizontal).toString().contains(QStringLiteral("RUB")));
    // Cyrillic filtering is case-insensitive (SQLite's LIKE alone is not).
    EntityTableModel managers(&m_doc, *findEntity(QStringLiteral("managers")));
    managers.setFilter(QStringLiteral("МОРОЗОВА"));
    QVERIFY(apptest::waitFor([&] { return !managers.isLoading(); }));
    QCOMPARE(managers.rowCount(), 2);
    managers.setFilter(QStringLiteral("100%_"), 0); // wildcards are literal
    QVERIFY(apptest::waitFor([&] { return !managers.isLoading(); }));
    QCOMPARE(managers.rowCount(), 0);
}

void TestAppModels::stageEditIsUndoable()
{
    EntityTableModel stages(&m_doc, *findEntity(QStringLiteral("stages")));
    QAbstractItemModelTester tester(&stages, QAbstractItemModelTester::FailureReportingMode::Fatal);
    stages.reloadNow();
    const QString before = dump(m_path, "SELECT id, ord, terminal, mandatory, funnel_step FROM stages ORDER BY id");
    int terminal = -1, mandatory = -1;
    for (int c = 0; c < stages.columnCount(); ++c) {
        const QLatin1String e(stages.definition().columns[size_t(c)].expr);
        terminal = e == QLatin1String("t.terminal") ? c : terminal;
        mandatory = e == QLatin1String("t.mandatory") ? c : mandatory;
    }
    const QModelIndex t = stages.index(3, terminal);
    QVERIFY(stages.flags(t) & Qt::ItemIsEditable);
    QVERIFY(stages.data(t, EntityTableModel::ChoicesRole).toList().size() == 3);
    QVERIFY(stages.setData(t, QStringLiteral("won")));
    QCOMPARE(stages.data(t, Qt::EditRole).toString(), QStringLiteral("won"));
    QVERIFY(stages.setData(stages.index(3, mandatory), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(dump(m_path, "SELECT id, ord, terminal, mandatory, funnel_step FROM stages ORDER BY id") != before);
    m_doc.undoStack()->undo();
    m_doc.undoStack()->undo();
    QCOMPARE(dump(m_path, "SELECT id, ord, terminal, mandatory, funnel_step FROM stages ORDER BY id"), before);
    m_doc.undoStack()->redo();
    QCOMPARE(stages.data(t, Qt::EditRole).toString(), QStringLiteral("won"));
    m_doc.undoStack()->undo();
}

void TestAppModels::aliasMoveAndManagerMergeAreUndoable()
{
    const char* const state = "SELECT 'a', alias_key, manager_id FROM manager_aliases UNION ALL "
                              "SELECT 'm', id, name FROM managers UNION ALL "
                              "SELECT 'd', id, owner_id FROM deals ORDER BY 1, 2";
    const QString before = dump(m_path, state);
    EntityTableModel aliases(&m_doc, *findEntity(QStringLiteral("manager_aliases")));
    aliases.reloadNow();
    const int row = aliases.rowOfRecord(aliases.recordId(1));
    QCOMPARE(row, 1);
    const QModelIndex manager = aliases.index(row, 1);
    const QVariantList choices = manager.data(EntityTableModel::ChoicesRole).toList();
    QCOMPARE(choices.size(), 4);
    const QVariant other = choices.first().toList().first();
    QVERIFY(aliases.setData(manager,
        other.toLongLong() == manager.data(Qt::EditRole).toLongLong() ? choices.last().toList().first() : other));
    QVERIFY(dump(m_path, state) != before);
    m_doc.undoStack()->undo();
    QCOMPARE(dump(m_path, state), before);

    DataView view(&m_doc);
    TableBrowser* managers = view.browser(QStringLiteral("managers"));
    view.tabs()->setCurrentWidget(managers);
    view.show(); // a table reads its rows when shown
    QVERIFY(apptest::waitFor([&] { return managers->model()->rowCount() == 4; }));
    QVERIFY(managers->showRecord(4)); // "Морозова А." is Анна Морозова under another spelling
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* combo = dialog->findChild<QComboBox*>();
        combo->setCurrentIndex(combo->findText(QStringLiteral("Анна Морозова")));
        dialog->accept();
    });
    view.mergeCurrentManager();
    QVERIFY(dump(m_path, "SELECT count(*) FROM managers") == QStringLiteral("3"));
    QCOMPARE(
        dump(m_path, "SELECT manager_id FROM manager_aliases WHERE alias_key = 'морозова а'"), QStringLiteral("1"));
    m_doc.undoStack()->undo();
    QCOMPARE(dump(m_path, state), before);
}

void TestAppModels::dataQualityJumpsToTheRecord()
{
    DataView view(&m_doc);
    TableBrowser* issues = view.browser(QStringLiteral("data_issues"));
    TableBrowser* deals = view.browser(QStringLiteral("deals"));
    view.tabs()->setCurrentWidget(issues);
    view.show();
    QVERIFY(apptest::waitFor([&] { return issues->model()->rowCount() == 4; }));
    QAbstractItemModelTester tester(issues->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    issues->view()->setCurrentIndex(issues->model()->index(1, 0)); // deals row 45 → record 44
    // The deals tab was never shown: it reads its rows now, then selects the record.
    QCOMPARE(deals->model()->rowCount(), 0);
    QVERIFY(view.jumpToIssueRecord());
    QCOMPARE(view.tabs()->currentWidget(), deals);
    QVERIFY(apptest::waitFor([&] { return deals->currentRecord() == 44; }));
    QCOMPARE(deals->model()->rowCount(), 120);
}

QTEST_MAIN(TestAppModels)
#include "test_app_models.moc"
