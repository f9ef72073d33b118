// Drill-down on the demo audit: a click on a row-set link of the Scorecard details pane opens the
// Data screen with the entity table filtered to exactly the measure's ids under a banner; Esc and
// Clear show every row again; the undo stack is untouched. The id filter keeps the entity model
// valid under QAbstractItemModelTester.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "MainWindow.h"
#include "ScoreService.h"
#include "models/EntityColumns.h"
#include "models/EntityTableModel.h"
#include "scorecard/RowSetTitles.h"
#include "scoring/Drill.h"
#include "views/DataView.h"
#include "views/ScorecardView.h"
#include "views/TableBrowser.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

using namespace sa;
using namespace sa::app;
using Ids = std::vector<std::int64_t>;

class TestAppDrill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void idFilterKeepsTheModelValid();
    void clickOnTheLinkShowsExactlyTheRows();
    void everyLabelHasATitle();
    void jumpToAnIssueOutsideTheSetClearsIt();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

/// The viewport point of the first character of the link `href` in the details pane.
QPoint linkPoint(QTextBrowser* browser, const QString& href)
{
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref() == href) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(it.fragment().position() + 1);
                return browser->cursorRect(cursor).center();
            }
    return { -1, -1 };
}

Ids shownIds(const EntityTableModel* model)
{
    Ids ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.push_back(model->recordId(r));
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

void TestAppDrill::initTestCase()
{
    apptest::isolateSettings();
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString made = apptest::makeDemoProject(m_path);
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void TestAppDrill::idFilterKeepsTheModelValid()
{
    AuditDocument doc;
    QVERIFY(doc.open(m_path).ok());
    EntityTableModel model(&doc, *findEntity(QStringLiteral("deals")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reloadNow();
    const int all = model.rowCount();
    QVERIFY(all > 100);
    const Ids wanted { model.recordId(3), model.recordId(10), model.recordId(42), 999999999 };
    auto only = std::make_shared<const Ids>(Ids { wanted[0], wanted[1], wanted[2], wanted[3] });
    model.setIdFilter(only);
    QVERIFY(model.hasIdFilter());
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }));
    QCOMPARE(model.rowCount(), 3); // the unknown id shows nothing
    QCOMPARE(shownIds(&model), (Ids { wanted[0], wanted[1], wanted[2] }));
    model.sort(0, Qt::DescendingOrder); // sorting and the text filter apply inside the id set
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }));
    QCOMPARE(model.rowCount(), 3);
    model.setFilter(QStringLiteral("no deal is called like this"));
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QString());
    model.setIdFilter(nullptr);
    QVERIFY(apptest::waitFor([&] { return !model.isLoading(); }));
    QCOMPARE(model.rowCount(), all);
    doc.close();
}

void TestAppDrill::clickOnTheLinkShowsExactlyTheRows()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.document()->open(m_path).ok());
    QVERIFY(apptest::waitFor([&] { return window.scores()->result() && !window.scores()->isScoring(); }, 120000));
    // The ids the measure decided, computed independently through the core API.
    auto project = store::Project::open(m_path.toStdString(), store::OpenMode::ReadOnly);
    QVERIFY(project.ok());
    auto setup = scoring::loadScoringSetup(*project, Params::defaultCatalogueDir());
    QVERIFY(setup.ok());
    auto drill = scoring::drillRows(*project, *setup, "p4");
    QVERIFY(drill.ok() && !drill->sets.empty());
    QCOMPARE(QString::fromStdString(drill->criterionId), QStringLiteral("P4"));
    const auto& sets = drill->sets;
    const scoring::RowSet stalled = sets.front();
    QCOMPARE(QString::fromStdString(stalled.label), QStringLiteral("Stalled deals"));
    QVERIFY(stalled.size() > 0);

    window.showScreen(Screen::Scorecard);
    auto* scorecard = static_cast<ScorecardView*>(window.screenWidget(Screen::Scorecard));
    QVERIFY(scorecard->showCriterion(QStringLiteral("P4")));
    QTextBrowser* details = scorecard->details();
    QVERIFY(details->toPlainText().contains(QStringLiteral("Show Stalled deals: ")));
    const int undoSteps = window.document()->undoStack()->count();
    const QPoint at = linkPoint(details, QStringLiteral("drill:0"));
    QVERIFY(at.x() >= 0);
    QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, at);

    QVERIFY(window.currentScreen() == Screen::Data);
    auto* data = static_cast<DataView*>(window.screenWidget(Screen::Data));
    TableBrowser* deals = data->browser(QStringLiteral("deals"));
    QCOMPARE(data->tabs()->currentWidget(), deals);
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading(); }));
    QCOMPARE(shownIds(deals->model()), *stalled.ids);
    QVERIFY(data->bannerText().startsWith(QStringLiteral("Rows behind P4 — Stalled deals: ")));
    QCOMPARE(window.document()->undoStack()->count(), undoSteps);

    // Esc in the table shows every deal again and hides the banner.
    QTest::keyClick(deals->view(), Qt::Key_Escape);
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading(); }));
    QVERIFY(!deals->model()->hasIdFilter());
    QVERIFY(size_t(deals->model()->rowCount()) > stalled.size());
    QVERIFY(data->bannerText().isEmpty());

    // The second set from the keyboard: Tab to its link in the details pane, Enter; cleared by the button.
    window.showScreen(Screen::Scorecard);
    details->setFocus();
    for (int i = 0; i < 12 && details->textCursor().charFormat().anchorHref() != QLatin1String("drill:1"); ++i)
        QTest::keyClick(details, Qt::Key_Tab);
    QCOMPARE(details->textCursor().charFormat().anchorHref(), QStringLiteral("drill:1"));
    QTest::keyClick(details, Qt::Key_Return);
    QVERIFY(window.currentScreen() == Screen::Data);
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading(); }));
    QCOMPARE(shownIds(deals->model()), *sets[1].ids);
    int clicked = 0;
    for (QPushButton* b : data->findChildren<QPushButton*>())
        if (b->text() == DataView::tr("C&lear") && b->isVisible())
            b->click(), ++clicked;
    QCOMPARE(clicked, 1);
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading(); }));
    QVERIFY(!deals->model()->hasIdFilter());
    QVERIFY(data->bannerText().isEmpty());
    // Closing the audit drops the drill-down: the ids belong to it.
    window.showScreen(Screen::Scorecard);
    QVERIFY(scorecard->drillDown(0));
    QVERIFY(deals->model()->hasIdFilter());
    window.document()->close();
    QVERIFY(!deals->model()->hasIdFilter());
    QVERIFY(data->bannerText().isEmpty());
}

void TestAppDrill::everyLabelHasATitle()
{
    // Every row set the demo audit's measures produce has a title the app can translate.
    AuditDocument doc;
    QVERIFY(doc.open(m_path).ok());
    auto score = scoring::scoreProject(*doc.project());
    QVERIFY(score.ok());
    int sets = 0;
    for (const auto& c : score->criteria)
        for (const auto& set : c.rows) {
            ++sets;
            QVERIFY2(knownRowSetLabels().contains(QString::fromStdString(set.label)), set.label.c_str());
            QVERIFY(findEntity(QString::fromStdString(set.table)) != nullptr);
        }
    QVERIFY(sets >= 30);
    doc.close();
}

void TestAppDrill::jumpToAnIssueOutsideTheSetClearsIt()
{
    MainWindow window;
    QVERIFY(window.document()->open(m_path).ok());
    QVERIFY(apptest::waitFor([&] { return window.scores()->result() && !window.scores()->isScoring(); }, 120000));
    const auto* p4 = window.scores()->result()->find("P4");
    QVERIFY(p4 && !p4->rows.empty());
    const auto& stalled = *p4->rows.front().ids;
    std::int64_t outside = 1;
    while (std::binary_search(stalled.begin(), stalled.end(), outside))
        ++outside;
    QVERIFY(apptest::waitForBackgroundWork()); // the hidden Overview reads its coverage after the score's data
    window.document()->close();
    QVERIFY(apptest::execOnFile(m_path,
        "INSERT INTO data_issues (entity, reason, message, record_id) VALUES ('deals', 'test', 'a deal issue', "
            + std::to_string(outside) + ")")
                .isEmpty());
    QVERIFY(window.document()->open(m_path).ok());
    QVERIFY(apptest::waitFor([&] { return window.scores()->result() && !window.scores()->isScoring(); }, 120000));
    auto* data = static_cast<DataView*>(window.screenWidget(Screen::Data));
    window.show();
    window.showScreen(Screen::Data);
    QVERIFY(data->showRows(QStringLiteral("P4"), window.scores()->result()->find("P4")->rows.front()));
    TableBrowser* deals = data->browser(QStringLiteral("deals"));
    TableBrowser* issues = data->browser(QStringLiteral("data_issues"));
    QVERIFY(apptest::waitFor([&] { return !deals->model()->isLoading(); }));
    data->tabs()->setCurrentWidget(issues); // shown: reads its rows
    QVERIFY(apptest::waitFor([&] { return !issues->model()->isLoading() && !issues->model()->isStale(); }));
    QCOMPARE(issues->model()->rowCount(), 1);
    issues->view()->setCurrentIndex(issues->model()->index(0, 0));
    QVERIFY(data->jumpToIssueRecord());
    QVERIFY(apptest::waitFor([&] { return deals->currentRecord() == outside; }));
    QVERIFY(!deals->model()->hasIdFilter());
    QVERIFY(data->bannerText().isEmpty());
    QVERIFY(apptest::waitForBackgroundWork());
    window.document()->close();
    QVERIFY(apptest::execOnFile(m_path, "DELETE FROM data_issues").isEmpty());
}

QTEST_MAIN(TestAppDrill)
#include "test_app_drill.moc"
