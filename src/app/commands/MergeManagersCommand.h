#pragma once
// Merges manager `from` into manager `into`: every alias and every record that points to `from`
// points to `into`, and `from` is deleted. One transaction each way; undo restores the row and
// exactly the references that were moved.
#include "common/Result.h"

#include <QList>
#include <QUndoCommand>
#include <QVariant>

namespace sa::store {
class Connection;
}

namespace sa::app {

class AuditDocument;

class MergeManagersCommand : public QUndoCommand {
public:
    MergeManagersCommand(
        AuditDocument* doc, qint64 from, qint64 into, const QString& fromName, const QString& intoName);
    void undo() override;
    void redo() override;

private:
    struct Moved {
        const char* table;
        const char* column;
        QList<qint64> rowIds;
    };
    bool merge();
    Status readRow(store::Connection& db);
    bool unmerge();
    AuditDocument* m_doc;
    qint64 m_from;
    qint64 m_into;
    QStringList m_columns; ///< managers columns of the deleted row
    QVariantList m_values; ///< and their values
    QList<Moved> m_moved;
};

} // namespace sa::app
