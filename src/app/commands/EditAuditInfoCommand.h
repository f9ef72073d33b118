#pragma once
// Undoable edit of the audit record (company card): each direction is one transaction.
#include "store/AuditInfo.h"

#include <QUndoCommand>

namespace sa::app {

class AuditDocument;

class EditAuditInfoCommand : public QUndoCommand {
public:
    EditAuditInfoCommand(AuditDocument* doc, store::AuditInfo before, store::AuditInfo after);
    void undo() override;
    void redo() override;

private:
    void apply(const store::AuditInfo& info);
    AuditDocument* m_doc;
    store::AuditInfo m_before;
    store::AuditInfo m_after;
};

} // namespace sa::app
