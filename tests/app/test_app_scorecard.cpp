// Scorecard on the demo audit: the tree model under QAbstractItemModelTester; a checklist answer
// changes the component score (rescored off the GUI thread) and undo restores it.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "ScoreService.h"
#include "StatusLight.h"
#include "commands/AssessmentCommand.h"
#include "models/ScorecardModel.h"
#include "scoring/Assess.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sa;
using namespace sa::app;

class TestAppScorecard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelShowsEveryCriterionWithWordAndSymbol();
    void checklistAnswerRescoresAndUndoRestores();

private:
    bool waitScored();
    QTemporaryDir m_dir;
    AuditDocument m_doc;
    std::unique_ptr<ScoreService> m_scores;
};

bool TestAppScorecard::waitScored()
{
    return apptest::waitFor([&] { return !m_scores->isScoring() && m_scores->result(); }, 120000);
}

void TestAppScorecard::initTestCase()
{
    apptest::isolateSettings();
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString made = apptest::makeDemoProject(path);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    {
        // The demo answers every checklist; leave one unanswered for the edit-and-undo test.
        auto p = store::Project::open(path.toStdString(), store::OpenMode::ReadWrite);
        QVERIFY(p.ok());
        QVERIFY(p->db()
                    .exec("DELETE FROM checklist_answers WHERE criterion_id = 'M9';"
                          " DELETE FROM assessment_evidence WHERE criterion_id = 'M9'")
                    .ok());
    }
    m_scores = std::make_unique<ScoreService>(&m_doc);
    QVERIFY(m_doc.open(path).ok());
    QVERIFY2(waitScored(), qPrintable(m_scores->lastError()));
}

void TestAppScorecard::modelShowsEveryCriterionWithWordAndSymbol()
{
    ScorecardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setScore(m_scores->result(), m_scores->setup());
    int criteria = 0;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r) {
            ++criteria;
            const QModelIndex light = model.index(r, ScorecardModel::Light, group);
            const auto status = scoring::Status(light.data(ScorecardModel::StatusRole).toInt());
            QCOMPARE(light.data().toString(), statusLabel(status)); // symbol + word, not colour alone
            QVERIFY(!light.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
    }
    QCOMPARE(criteria, int(m_scores->result()->criteria.size()));
    QCOMPARE(criteria, 44); // standard variant
}

void TestAppScorecard::checklistAnswerRescoresAndUndoRestores()
{
    const auto setup = m_scores->setup();
    const auto before = m_scores->result();
    // A checklist criterion with no answers yet (not assessed) and its first applicable item.
    const scoring::CriterionResult* target = nullptr;
    std::string item;
    for (const auto& c : before->criteria) {
        const auto* def = setup->catalogue.find(c.id);
        if (target || !def || def->evidence != scoring::EvidenceKind::Checklist
            || c.status != scoring::Status::NotAssessed)
            continue;
        for (const auto& i : def->checklist)
            if (item.empty() && i.appliesTo(setup->variant))
                item = i.id;
        target = item.empty() ? nullptr : &c;
    }
    QVERIFY(target);
    const std::string component = target->component;
    auto componentOf = [&](const scoring::ScoreResult& r) {
        for (const auto& c : r.components)
            if (c.id == component)
                return QStringLiteral("%1/%2/%3")
                    .arg(QString::fromStdString(c.status))
                    .arg(c.coverage)
                    .arg(c.score.value_or(-1));
        return QString();
    };
    const QString componentBefore = componentOf(*before);
    auto ev = m_doc.project()->db().exec("INSERT INTO evidence (id, kind, title, created_at, updated_at) "
                                         "VALUES (900, 'staff_interview', 'Interview', 0, 0)");
    QVERIFY(ev.ok());
    const QString id = QString::fromStdString(target->id);
    AuditDocument* doc = &m_doc;
    m_doc.undoStack()->push(new AssessmentCommand(&m_doc, id, QStringLiteral("answer"), [doc, setup, id, item] {
        return scoring::assessChecklist(
            *doc->project(), *setup, id.toStdString(), { { item, evidence::Answer::No } }, { 900 }, doc->clock());
    }));
    QCOMPARE(m_doc.undoStack()->count(), 1);
    QVERIFY(waitScored());
    QVERIFY(apptest::waitFor([&] { return m_scores->result() != before && !m_scores->isScoring(); }));
    const auto* changed = m_scores->result()->find(target->id);
    // The rescore (off the GUI thread) counts the new answer.
    QVERIFY(changed && changed->checklist && changed->checklist->answered == 1 && changed->checklist->no == 1);
    qInfo("%s after one 'no': %s; component %s -> %s", changed->id.c_str(), scoring::toString(changed->status),
        qPrintable(componentBefore), qPrintable(componentOf(*m_scores->result())));
    const auto afterAnswer = m_scores->result();
    m_doc.undoStack()->undo();
    QVERIFY(apptest::waitFor([&] { return m_scores->result() != afterAnswer && !m_scores->isScoring(); }));
    QCOMPARE(componentOf(*m_scores->result()), componentBefore);
    QVERIFY(m_scores->result()->find(target->id)->status == scoring::Status::NotAssessed);
    const auto* restored = m_scores->result()->find(target->id);
    QVERIFY(!restored->checklist || restored->checklist->answered == 0);
}

QTEST_MAIN(TestAppScorecard)
#include "test_app_scorecard.moc"
