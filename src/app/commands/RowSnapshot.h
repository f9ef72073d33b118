#pragma once
// The rows of one table that match a condition, read now and written back later: what an undo
// step needs to put a table back exactly (same ids, same timestamps).
#include "common/Result.h"
#include "store/Sqlite.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sa::app {

class RowSnapshot {
public:
    /// Reads the rows of `table` WHERE `where` (its `?` bound to `args` in order).
    static Result<RowSnapshot> capture(
        const store::Connection& db, const QString& table, const QString& where, const QVariantList& args);
    /// Deletes the rows that match the condition now and inserts the captured ones. Call it inside
    /// a transaction of the caller.
    Status restore(store::Connection& db) const;
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QString m_table, m_where;
    QVariantList m_args;
    QStringList m_columns;
    QList<QVariantList> m_rows;
};

} // namespace sa::app
