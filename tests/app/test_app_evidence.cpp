// Evidence and scorecard edits on the demo audit: a note tagged to a criterion is found by the
// full-text search and listed in the criterion's evidence, undo removes it and redo brings back the
// same note; a deleted note comes back with its answers' links; a threshold change with its
// rationale changes the criterion's status and undo restores it; the note list model passes
// QAbstractItemModelTester; the app's lights and money are the report's.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "MainWindow.h"
#include "ScoreService.h"
#include "StatusLight.h"
#include "ValueFormat.h"
#include "evidence/NoteEditor.h"
#include "evidence/NoteListModel.h"
#include "models/ScorecardModel.h"
#include "report/ReportLabels.h"
#include "report/StatusStyle.h"
#include "scorecard/ReferenceInfo.h"
#include "scorecard/ThresholdDialog.h"
#include "views/EvidenceView.h"
#include "views/ScorecardView.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

using namespace sa;
using namespace sa::app;

class TestAppEvidence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noteListModelPassesTester();
    void taggedNoteIsSearchableAndUndoable();
    void deletedNoteComesBackWithItsLinks();
    void thresholdChangeRescoresAndUndoRestores();
    void revertToCatalogueIsUndoable();
    void lightsAndMoneyAreTheReports();
    void linksBetweenEvidenceAndScorecard();

private:
    bool rescored(const std::shared_ptr<const scoring::ScoreResult>& before);
    std::vector<std::int64_t> search(const QString& text);
    long long count(const std::string& sql);
    QTemporaryDir m_dir;
    AuditDocument m_doc;
    std::unique_ptr<ScoreService> m_scores;
    std::unique_ptr<EvidenceView> m_evidence;
    std::unique_ptr<ScorecardView> m_scorecard;
};

bool TestAppEvidence::rescored(const std::shared_ptr<const scoring::ScoreResult>& before)
{
    return apptest::waitFor(
        [&] { return m_scores->result() && m_scores->result() != before && !m_scores->isScoring(); }, 120000);
}

std::vector<std::int64_t> TestAppEvidence::search(const QString& text)
{
    NoteListModel model;
    const Status s = model.reload(m_doc.project()->db(), text, QString());
    std::vector<std::int64_t> ids;
    for (int r = 0; s && r < model.rowCount(); ++r)
        ids.push_back(model.note(r)->id);
    return ids;
}

long long TestAppEvidence::count(const std::string& sql)
{
    auto st = m_doc.project()->db().prepare(sql);
    if (!st)
        return -1;
    auto row = st->step();
    return row && *row ? st->getInt(0) : -1;
}

void TestAppEvidence::initTestCase()
{
    apptest::isolateSettings();
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString made = apptest::makeDemoProject(path);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    connect(&m_doc, &AuditDocument::errorOccurred, this, [](const QString& m) { qWarning("%s", qPrintable(m)); });
    m_scores = std::make_unique<ScoreService>(&m_doc);
    m_evidence = std::make_unique<EvidenceView>(&m_doc, m_scores.get());
    m_scorecard = std::make_unique<ScorecardView>(&m_doc, m_scores.get());
    QVERIFY(m_doc.open(path).ok());
    QVERIFY2(rescored(nullptr), qPrintable(m_scores->lastError()));
    QVERIFY(m_evidence->model()->rowCount() > 0); // the demo's notes
}

void TestAppEvidence::noteListModelPassesTester()
{
    NoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload(m_doc.project()->db(), QString(), QString()).ok());
    QVERIFY(model.rowCount() >= 10);
    QVERIFY(model.reload(m_doc.project()->db(), QStringLiteral("звонков"), QString()).ok());
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.reload(m_doc.project()->db(), QString(), QStringLiteral("P4")).ok());
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, NoteListModel::Criteria).data().toString().contains(QStringLiteral("P4")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAppEvidence::taggedNoteIsSearchableAndUndoable()
{
    QUndoStack* undo = m_doc.undoStack();
    const int steps = undo->index();
    m_evidence->newNote();
    NoteEditor* editor = m_evidence->editor();
    editor->titleEdit()->setText(QStringLiteral("Интервью с логистом"));
    editor->textEdit()->setPlainText(QStringLiteral("Клиенты жалуются на звонки без ответа; the pipeline review is "
                                                    "skipped every Friday."));
    editor->setCriteria({ "P4" });
    QVERIFY(editor->isModified());
    const auto before = m_scores->result();
    QVERIFY(m_evidence->save());
    QCOMPARE(undo->index(), steps + 1);
    const std::int64_t id = m_evidence->currentNote();
    QVERIFY(id > 0);
    // Russian with another ending (stem prefix), English, and the tag in the list.
    QVERIFY(search(QStringLiteral("логиста")) == std::vector<std::int64_t> { id });
    QVERIFY(search(QStringLiteral("pipeline friday")) == std::vector<std::int64_t> { id });
    QVERIFY(rescored(before));
    const auto* p4 = m_scores->result()->find("P4");
    QVERIFY(p4);
    auto notes = m_scorecard->model()->notesOf(*p4);
    QVERIFY(std::find(notes.begin(), notes.end(), id) != notes.end());
    QVERIFY(m_scorecard->showCriterion(QStringLiteral("P4")));
    QVERIFY(m_scorecard->details()->toHtml().contains(QStringLiteral("note:%1").arg(id)));

    const auto afterAdd = m_scores->result();
    undo->undo();
    QVERIFY(search(QStringLiteral("логиста")).empty());
    QCOMPARE(count("SELECT count(*) FROM evidence_criteria WHERE evidence_id = " + std::to_string(id)), 0LL);
    QVERIFY(rescored(afterAdd));
    notes = m_scorecard->model()->notesOf(*m_scores->result()->find("P4"));
    QVERIFY(std::find(notes.begin(), notes.end(), id) == notes.end());
    QVERIFY(!m_scorecard->details()->toHtml().contains(QStringLiteral("note:%1").arg(id)));

    undo->redo(); // the same note, same id
    QVERIFY(search(QStringLiteral("логиста")) == std::vector<std::int64_t> { id });
    QCOMPARE(count("SELECT count(*) FROM evidence_criteria WHERE criterion_id = 'P4' AND evidence_id = "
                 + std::to_string(id)),
        1LL);
    undo->undo();
    QVERIFY(apptest::waitFor([&] { return !m_scores->isScoring(); }, 120000));
}

void TestAppEvidence::deletedNoteComesBackWithItsLinks()
{
    const long long id = count("SELECT evidence_id FROM assessment_evidence ORDER BY evidence_id LIMIT 1");
    QVERIFY(id > 0);
    const std::string links = "SELECT count(*) FROM assessment_evidence WHERE evidence_id = " + std::to_string(id);
    const long long linked = count(links);
    const std::string title = "SELECT title FROM evidence WHERE id = " + std::to_string(id);
    QVERIFY(m_evidence->showNote(id));
    const QString word = m_evidence->editor()->titleEdit()->text().section(QLatin1Char(' '), 0, 0);
    QVERIFY(!word.isEmpty());
    m_evidence->deleteCurrent();
    QCOMPARE(count("SELECT count(*) FROM evidence WHERE id = " + std::to_string(id)), 0LL);
    QCOMPARE(count(links), 0LL);
    m_doc.undoStack()->undo();
    QCOMPARE(count(links), linked);
    QCOMPARE(count("SELECT count(*) FROM evidence WHERE id = " + std::to_string(id)), 1LL);
    const auto hits = search(word);
    QVERIFY(std::find(hits.begin(), hits.end(), id) != hits.end());
    QVERIFY(apptest::waitFor([&] { return !m_scores->isScoring(); }, 120000));
}

void TestAppEvidence::thresholdChangeRescoresAndUndoRestores()
{
    // A coloured metric criterion decided by one indicator; move its thresholds so that it turns
    // green (or red when it is green already).
    const scoring::CriterionResult* target = nullptr;
    for (const auto& c : m_scores->result()->criteria)
        if (!target && c.thresholds && c.value && c.status != scoring::Status::NotAssessed && c.parts.size() == 1
            && c.parts[0].indicators.size() == 1 && *c.value > 0)
            target = &c;
    QVERIFY(target);
    const std::string id = target->id;
    const scoring::Status was = target->status;
    const auto& t = *target->thresholds;
    const bool higher = t.direction == scoring::Direction::HigherIsBetter;
    const double v = *target->value;
    // Clear of the boundaries, so the dialog's rounding to its decimals cannot matter.
    double green = higher ? v * 0.9 : v * 1.1;
    double yellow = higher ? std::min(t.yellow, v * 0.8) : std::max(t.yellow, v * 1.2);
    if (was == scoring::Status::Green) {
        green = higher ? v * 4 : v / 4;
        yellow = higher ? v * 2 : v / 2;
    }
    const auto info = ReferenceInfo::shared();
    QVERIFY(info);
    QVERIFY(m_scorecard->showCriterion(QString::fromStdString(id)));
    ThresholdDialog dialog(*m_scores->setup(), *info, id, nullptr);
    QVERIFY(dialog.setValue(t.key + ".green", green));
    QVERIFY(dialog.setValue(t.key + ".yellow", yellow));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    dialog.rationaleEdit()->setPlainText(QStringLiteral("too short"));
    QVERIFY(!ok->isEnabled()); // the rationale must be a full sentence
    dialog.rationaleEdit()->setPlainText(QStringLiteral("The client sells to a regulated market with longer cycles."));
    QVERIFY(ok->isEnabled());
    const ReferenceChange change = dialog.change();
    QCOMPARE(int(change.thresholds.size()), 2);

    const auto before = m_scores->result();
    const int steps = m_doc.undoStack()->index();
    const long long stored = count("SELECT count(*) FROM ref_overrides"); // the demo records one of its own
    m_scorecard->applyReferenceChange(change);
    QCOMPARE(m_doc.undoStack()->index(), steps + 1);
    QVERIFY(rescored(before));
    const scoring::Status now = m_scores->result()->find(id)->status;
    qInfo("%s %s (value %g, %s G %g Y %g) -> %s with G %g Y %g", id.c_str(), scoring::toString(was), v, t.key.c_str(),
        t.green, t.yellow, scoring::toString(now), green, yellow);
    QVERIFY(now != was);
    QVERIFY(now == (was == scoring::Status::Green ? scoring::Status::Red : scoring::Status::Green));
    QVERIFY(m_scorecard->showCriterion(QString::fromStdString(id)));
    QVERIFY(m_scorecard->details()->toPlainText().contains(QStringLiteral("regulated market")));

    const auto changed = m_scores->result();
    m_doc.undoStack()->undo();
    QCOMPARE(count("SELECT count(*) FROM ref_overrides"), stored);
    QVERIFY(rescored(changed));
    QVERIFY(m_scores->result()->find(id)->status == was);
    QCOMPARE(m_scores->result()->find(id)->thresholds->green, t.green);
}

void TestAppEvidence::revertToCatalogueIsUndoable()
{
    QVERIFY(m_scorecard->showCriterion(QStringLiteral("P4")));
    const long long stored = count("SELECT count(*) FROM ref_overrides"); // the demo records one of its own
    ReferenceChange change;
    change.thresholds = { { "stalled_share.green", 0.2 } };
    change.params = { { "stall_fallback_days", 21.0 } };
    change.rationale = "Deals in this market wait for tenders, so longer stages are normal here.";
    m_scorecard->applyReferenceChange(change);
    QCOMPARE(count("SELECT count(*) FROM ref_overrides"), stored + 2);
    QCOMPARE(
        count("SELECT count(*) FROM ref_overrides WHERE criterion_id = '' AND param = 'stall_fallback_days'"), 1LL);
    m_scorecard->revertThresholds(); // the criterion's thresholds; the audit-wide parameter stays
    QCOMPARE(count("SELECT count(*) FROM ref_overrides"), stored + 1);
    m_doc.undoStack()->undo();
    QCOMPARE(count("SELECT count(*) FROM ref_overrides"), stored + 2);
    m_doc.undoStack()->undo();
    QCOMPARE(count("SELECT count(*) FROM ref_overrides"), stored);
    // A change the catalogue's order refuses is not recorded and leaves nothing behind.
    const int steps = m_doc.undoStack()->index();
    change.params.clear();
    change.thresholds = { { "stalled_share.green", 0.9 } }; // green above yellow (0.35): out of order
    m_scorecard->applyReferenceChange(change);
    QCOMPARE(m_doc.undoStack()->index(), steps);
    QCOMPARE(count("SELECT count(*) FROM ref_overrides"), stored);
    QVERIFY(apptest::waitFor([&] { return !m_scores->isScoring(); }, 120000));
}

void TestAppEvidence::lightsAndMoneyAreTheReports()
{
    const auto labels = report::Labels::forLanguage(report::Language::En);
    QCOMPARE(statusSymbol(scoring::Status::Green), QStringLiteral("●"));
    QCOMPARE(statusSymbol(scoring::Status::Yellow), QStringLiteral("▲"));
    QCOMPARE(statusSymbol(scoring::Status::Red), QStringLiteral("✕"));
    QCOMPARE(statusSymbol(scoring::Status::NotAssessed), QStringLiteral("○"));
    QCOMPARE(statusSymbol(scoring::Status::Red), report::styleOf(report::Light::Red, labels).symbol);
    QVERIFY(componentStatusLabel("insufficient_coverage")
                .startsWith(report::styleOf(report::Light::InsufficientCoverage, labels).symbol));
    const Currency rub { "RUB", 2 };
    QCOMPARE(moneyText(123456789, rub, true), reportLabels().money(1234567.89, QStringLiteral("RUB")));
    // The scorecard model with the notes' tags still passes the tester.
    ScorecardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setScore(m_scores->result(), m_scores->setup());
    model.setTaggedNotes({ { "P4", { 1, 2 } }, { "M1", { 3 } } });
    const QModelIndex p4 = model.indexOf(QStringLiteral("P4"));
    QVERIFY(p4.isValid());
    QVERIFY(p4.siblingAtColumn(ScorecardModel::Evidence).data().toLongLong() >= 2);
}

void TestAppEvidence::linksBetweenEvidenceAndScorecard()
{
    MainWindow window;
    QVERIFY(window.document()->open(m_doc.path()).ok());
    QVERIFY(apptest::waitFor([&] { return window.scores()->result() && !window.scores()->isScoring(); }, 120000));
    auto* evidence = static_cast<EvidenceView*>(window.screenWidget(Screen::Evidence));
    auto* scorecard = static_cast<ScorecardView*>(window.screenWidget(Screen::Scorecard));
    Q_EMIT evidence->criterionActivated(QStringLiteral("P4")); // a criterion link of a note
    QVERIFY(window.currentScreen() == Screen::Scorecard);
    QCOMPARE(scorecard->currentCriterion(), QStringLiteral("P4"));
    const QString html = scorecard->details()->toHtml();
    const qsizetype at = html.indexOf(QStringLiteral("note:"));
    QVERIFY(at > 0);
    const qint64 note = html.mid(at + 5, html.indexOf(QLatin1Char('"'), at) - at - 5).toLongLong();
    QVERIFY(note > 0);
    Q_EMIT scorecard->noteActivated(note); // a note link of the details pane
    QVERIFY(window.currentScreen() == Screen::Evidence);
    QCOMPARE(evidence->currentNote(), note);
    Q_EMIT scorecard->notesRequested(QStringLiteral("P4")); // "Open in Evidence"
    for (int r = 0; r < evidence->model()->rowCount(); ++r)
        QVERIFY(evidence->model()->index(r, NoteListModel::Criteria).data().toString().contains(QStringLiteral("P4")));
    window.document()->close();
}

QTEST_MAIN(TestAppEvidence)
#include "test_app_evidence.moc"
