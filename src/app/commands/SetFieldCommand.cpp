#include "SetFieldCommand.h"

#include "AuditDocument.h"
#include "SqlBind.h"
#include "rollup/Rollup.h"
#include "store/Sqlite.h"

namespace sa::app {

SetFieldCommand::SetFieldCommand(AuditDocument* doc, QString table, QString column, qint64 rowId, QVariant before,
    QVariant after, const QString& text)
    : m_doc(doc)
    , m_table(std::move(table))
    , m_column(std::move(column))
    , m_rowId(rowId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

void SetFieldCommand::redo()
{
    apply(m_after);
}
void SetFieldCommand::undo()
{
    apply(m_before);
}

void SetFieldCommand::apply(const QVariant& value)
{
    if (!write(m_doc, m_table, m_column, m_rowId, value))
        setObsolete(true);
    else
        m_doc->notifyDataChanged(m_table);
}

bool SetFieldCommand::write(
    AuditDocument* doc, const QString& table, const QString& column, qint64 rowId, const QVariant& value)
{
    store::Project* p = doc->project();
    if (!p)
        return false;
    auto tx = store::Transaction::begin(p->db());
    if (!tx) {
        doc->reportError(describe(tx.error()));
        return false;
    }
    auto st = p->db().prepare(QString(
        QLatin1String("UPDATE ") + table + QLatin1String(" SET ") + column + QLatin1String(" = ? WHERE rowid = ?"))
                                  .toStdString());
    Status s = st ? Status() : Status(st.error());
    if (s) {
        bindVariant(*st, 1, value);
        st->bind(2, static_cast<std::int64_t>(rowId));
        s = st->run();
    }
    // Our connections fire no triggers: an edited activity, deal or stage-history row must mark the
    // rollups stale itself, or metrics would trust them (docs/STORAGE.md, "Rollups").
    if (s)
        s = rollup::invalidateFor(p->db(), table.toStdString());
    if (s)
        s = tx->commit();
    if (!s)
        doc->reportError(describe(s.error()));
    return s.ok();
}

} // namespace sa::app
