#include "PlanChangeCommand.h"

#include "AuditDocument.h"
#include "SetFieldCommand.h"
#include "plan/ActionIds.h"
#include "plan/PlanStore.h"

#include <algorithm>

namespace sa::app {

namespace {
bool contains(const std::vector<PlanEntry>& entries, quint64 token)
{
    return std::any_of(entries.begin(), entries.end(), [token](const PlanEntry& e) { return e.token == token; });
}
} // namespace

PlanChangeCommand::PlanChangeCommand(AuditDocument* doc, std::shared_ptr<ActionIds> ids, std::vector<PlanEntry> before,
    std::vector<PlanEntry> after, const QString& text, bool applied)
    : m_doc(doc)
    , m_ids(std::move(ids))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_skipRedo(applied)
{
    setText(text);
}

void PlanChangeCommand::redo()
{
    if (std::exchange(m_skipRedo, false)) {
        m_doc->notifyDataChanged(QStringLiteral("actions"));
        return;
    }
    if (!apply(m_before, m_after))
        setObsolete(true);
}

void PlanChangeCommand::undo()
{
    if (!apply(m_after, m_before))
        setObsolete(true);
}

bool PlanChangeCommand::apply(const std::vector<PlanEntry>& from, const std::vector<PlanEntry>& to)
{
    store::Project* p = m_doc->project();
    if (!p)
        return false;
    bool ok = true;
    auto check = [&](const Status& s) {
        if (!s) {
            m_doc->reportError(describe(s.error()));
            ok = false;
        }
        return ok;
    };
    for (const PlanEntry& e : from)
        if (!contains(to, e.token) && check(plan::deleteAction(p->db(), m_ids->idOf(e.token))))
            m_ids->unbind(e.token);
    for (const PlanEntry& e : to) {
        if (!ok)
            break;
        if (!contains(from, e.token)) {
            ok = restore(e);
            continue;
        }
        plan::ActionRecord r = e.record;
        r.id = m_ids->idOf(e.token);
        check(plan::updateAction(p->db(), r, m_doc->clock()));
    }
    m_doc->notifyDataChanged(QStringLiteral("actions"));
    return ok;
}

bool PlanChangeCommand::restore(const PlanEntry& entry)
{
    auto id = plan::addAction(m_doc->project()->db(), entry.record, m_doc->clock());
    if (!id) {
        m_doc->reportError(describe(id.error()));
        return false;
    }
    m_ids->bind(entry.token, *id);
    // addAction marks every row the consultant's own; a restored generated action stays generated,
    // so that regenerating the plan treats it as before.
    if (!entry.record.userOrigin)
        return SetFieldCommand::write(
            m_doc, QStringLiteral("actions"), QStringLiteral("origin"), *id, QStringLiteral("generated"));
    return true;
}

} // namespace sa::app
