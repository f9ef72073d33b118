#include "MergeManagersCommand.h"

#include "AuditDocument.h"
#include "SqlBind.h"
#include "rollup/Rollup.h"
#include "store/Sqlite.h"

#include <QCoreApplication>

namespace sa::app {

namespace {

struct Ref {
    const char* table;
    const char* column;
    const char* extra; ///< further condition for polymorphic references
};

// Every column of the schema that references managers(id).
const Ref kRefs[] = {
    { "manager_aliases", "manager_id", "" },
    { "clients", "owner_id", "" },
    { "leads", "owner_id", "" },
    { "deals", "owner_id", "" },
    { "activities", "manager_id", "" },
    { "nps_responses", "manager_id", "" },
    { "plans", "scope_id", " AND scope = 'manager'" },
};

Status exec(store::Connection& db, const std::string& sql, const QVariantList& args)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < args.size(); ++i)
        bindVariant(*st, i + 1, args[i]);
    return st->run();
}

Result<QList<qint64>> selectIds(store::Connection& db, const std::string& sql, qint64 arg)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, static_cast<std::int64_t>(arg));
    QList<qint64> ids;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!*more)
            return ids;
        ids << st->getInt(0);
    }
}

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

MergeManagersCommand::MergeManagersCommand(
    AuditDocument* doc, qint64 from, qint64 into, const QString& fromName, const QString& intoName)
    : m_doc(doc)
    , m_from(from)
    , m_into(into)
{
    setText(QCoreApplication::translate("sa::app::MergeManagersCommand", "Merge manager %1 into %2")
                .arg(fromName, intoName));
}

void MergeManagersCommand::redo()
{
    if (!merge())
        setObsolete(true);
    m_doc->notifyDataChanged(QStringLiteral("managers"));
}

void MergeManagersCommand::undo()
{
    if (!unmerge())
        setObsolete(true);
    m_doc->notifyDataChanged(QStringLiteral("managers"));
}

bool MergeManagersCommand::merge()
{
    store::Connection& db = m_doc->project()->db();
    auto tx = store::Transaction::begin(db);
    Status s = tx ? readRow(db) : Status(tx.error());
    m_moved.clear();
    for (const Ref& r : kRefs) {
        if (!s)
            break;
        auto ids = selectIds(
            db, std::string("SELECT rowid FROM ") + r.table + " WHERE " + r.column + " = ?" + r.extra, m_from);
        s = ids ? Status() : Status(ids.error());
        if (s && !ids->isEmpty())
            s = exec(db,
                std::string("UPDATE ") + r.table + " SET " + r.column + " = ? WHERE rowid IN ("
                    + idList(*ids).toStdString() + ")",
                { m_into });
        if (s)
            m_moved << Moved { r.table, r.column, *ids };
    }
    if (s)
        s = exec(db, "DELETE FROM managers WHERE id = ?", { m_from });
    if (s) // deals.owner_id moved: the deals snapshot copies it (our connection fires no trigger)
        s = rollup::invalidate(db);
    if (s)
        s = tx->commit();
    if (!s)
        m_doc->reportError(describe(s.error()));
    return s.ok();
}

Status MergeManagersCommand::readRow(store::Connection& db)
{
    m_columns.clear();
    m_values.clear();
    auto row = db.prepare("SELECT * FROM managers WHERE id = ?");
    if (!row)
        return row.error();
    row->bind(1, static_cast<std::int64_t>(m_from));
    auto found = row->step();
    if (!found)
        return found.error();
    if (!*found)
        return Error::usage("the manager to merge no longer exists");
    for (int c = 0; c < row->columnCount(); ++c) {
        m_columns << QString::fromStdString(row->columnName(c));
        m_values << columnVariant(*row, c);
    }
    return {};
}

bool MergeManagersCommand::unmerge()
{
    store::Connection& db = m_doc->project()->db();
    auto tx = store::Transaction::begin(db);
    Status s = tx ? Status() : Status(tx.error());
    if (s && !m_columns.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < m_columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString sql = QLatin1String("INSERT INTO managers (") + m_columns.join(QLatin1Char(','))
            + QLatin1String(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        s = exec(db, sql.toStdString(), m_values);
    }
    for (const Moved& m : m_moved)
        if (s && !m.rowIds.isEmpty())
            s = exec(db,
                std::string("UPDATE ") + m.table + " SET " + m.column + " = ? WHERE rowid IN ("
                    + idList(m.rowIds).toStdString() + ")",
                { m_from });
    if (s)
        s = rollup::invalidate(db);
    if (s)
        s = tx->commit();
    if (!s)
        m_doc->reportError(describe(s.error()));
    return s.ok();
}

} // namespace sa::app
