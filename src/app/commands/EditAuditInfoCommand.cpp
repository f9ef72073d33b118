#include "EditAuditInfoCommand.h"

#include "AuditDocument.h"

#include <QCoreApplication>

namespace sa::app {

EditAuditInfoCommand::EditAuditInfoCommand(AuditDocument* doc, store::AuditInfo before, store::AuditInfo after)
    : m_doc(doc)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("sa::app::EditAuditInfoCommand", "Edit audit properties"));
}

void EditAuditInfoCommand::redo()
{
    apply(m_after);
}
void EditAuditInfoCommand::undo()
{
    apply(m_before);
}

void EditAuditInfoCommand::apply(const store::AuditInfo& info)
{
    if (auto s = m_doc->writeAuditInfo(info); !s) {
        // A failed write leaves the file as it was; drop the command so undo does not lie.
        setObsolete(true);
        m_doc->reportError(describe(s.error()));
    }
}

} // namespace sa::app
