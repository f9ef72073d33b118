#include "AssessmentCommand.h"

#include "AuditDocument.h"
#include "store/Sqlite.h"

namespace sa::app {

namespace {
// Every table that holds a consultant's assessment of one criterion.
const char* const kTables[] = { "assessments", "checklist_answers", "assessment_evidence", "overrides" };
} // namespace

AssessmentCommand::AssessmentCommand(AuditDocument* doc, QString criterionId, const QString& text, Apply apply)
    : m_doc(doc)
    , m_criterion(std::move(criterionId))
    , m_apply(std::move(apply))
{
    setText(text);
}

void AssessmentCommand::redo()
{
    Status s = capture();
    if (s)
        s = m_apply();
    if (!s) {
        setObsolete(true); // nothing was written: no undo step
        m_doc->reportError(describe(s.error()));
        return;
    }
    m_doc->notifyDataChanged(QStringLiteral("assessments"));
}

void AssessmentCommand::undo()
{
    if (const Status s = restore(); !s) {
        setObsolete(true);
        m_doc->reportError(describe(s.error()));
        return;
    }
    m_doc->notifyDataChanged(QStringLiteral("assessments"));
}

Status AssessmentCommand::capture()
{
    m_before.clear();
    const store::Connection& db = m_doc->project()->db();
    for (const char* table : kTables) {
        auto snapshot
            = RowSnapshot::capture(db, QString::fromLatin1(table), QStringLiteral("criterion_id = ?"), { m_criterion });
        if (!snapshot)
            return snapshot.error();
        m_before << std::move(*snapshot);
    }
    return {};
}

Status AssessmentCommand::restore()
{
    store::Connection& db = m_doc->project()->db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    for (const RowSnapshot& snapshot : m_before)
        if (auto s = snapshot.restore(db); !s)
            return s;
    return tx->commit();
}

} // namespace sa::app
