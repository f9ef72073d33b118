#pragma once
// Undoable change of one column of one row (stage mapping, action plan fields, ...).
// Table and column names come from the app's own column definitions, never from user text.
#include <QUndoCommand>
#include <QVariant>

namespace sa::app {

class AuditDocument;

class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(AuditDocument* doc, QString table, QString column, qint64 rowId, QVariant before, QVariant after,
        const QString& text);
    void undo() override;
    void redo() override;
    /// Writes `value` (null QVariant = SQL NULL) in one transaction; true on success.
    static bool write(
        AuditDocument* doc, const QString& table, const QString& column, qint64 rowId, const QVariant& value);

private:
    void apply(const QVariant& value);
    AuditDocument* m_doc;
    QString m_table;
    QString m_column;
    qint64 m_rowId;
    QVariant m_before;
    QVariant m_after;
};

} // namespace sa::app
