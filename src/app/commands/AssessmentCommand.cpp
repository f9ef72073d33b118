#include "AssessmentCommand.h"

#include "AuditDocument.h"
#include "SqlBind.h"
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
    store::Connection& db = m_doc->project()->db();
    for (const char* table : kTables) {
        auto st = db.prepare(std::string("SELECT * FROM ") + table + " WHERE criterion_id = ?");
        if (!st)
            return st.error();
        st->bind(1, m_criterion.toStdString());
        TableRows t { QString::fromLatin1(table), {}, {} };
        for (int c = 0; c < st->columnCount(); ++c)
            t.columns << QString::fromStdString(st->columnName(c));
        for (;;) {
            auto more = st->step();
            if (!more)
                return more.error();
            if (!*more)
                break;
            QVariantList row;
            for (int c = 0; c < st->columnCount(); ++c)
                row << columnVariant(*st, c);
            t.rows << row;
        }
        m_before << t;
    }
    return {};
}

Status AssessmentCommand::restore()
{
    store::Connection& db = m_doc->project()->db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    for (const TableRows& t : m_before) {
        auto del = db.prepare(
            QString(QLatin1String("DELETE FROM ") + t.table + QLatin1String(" WHERE criterion_id = ?")).toStdString());
        if (!del)
            return del.error();
        del->bind(1, m_criterion.toStdString());
        if (auto s = del->run(); !s)
            return s;
        const QString marks = QStringList(QList<QString>(t.columns.size(), QStringLiteral("?"))).join(QLatin1Char(','));
        const QString sql = QLatin1String("INSERT INTO ") + t.table + QLatin1String(" (")
            + t.columns.join(QLatin1Char(',')) + QLatin1String(") VALUES (") + marks + QLatin1Char(')');
        for (const QVariantList& row : t.rows) {
            auto ins = db.prepare(sql.toStdString());
            if (!ins)
                return ins.error();
            for (int i = 0; i < row.size(); ++i)
                bindVariant(*ins, i + 1, row[i]);
            if (auto s = ins->run(); !s)
                return s;
        }
    }
    return tx->commit();
}

} // namespace sa::app
