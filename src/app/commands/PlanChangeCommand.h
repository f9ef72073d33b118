#pragma once
// One undoable change of the action plan: the affected actions before and after, by token
// (ActionIds). Edit = one action on both sides, add = after only, delete = before only, merge =
// several before and one after, regenerate = the whole plan on both sides. Undo and redo write
// the difference through PlanStore (update, add, delete).
#include "plan/Action.h"

#include <QUndoCommand>
#include <memory>
#include <vector>

namespace sa::app {

class AuditDocument;
class ActionIds;

/// An action as the plan commands keep it.
struct PlanEntry {
    quint64 token = 0;
    plan::ActionRecord record;
};

class PlanChangeCommand : public QUndoCommand {
public:
    /// `applied` = the change is already in the project (merge and regenerate run in PlanStore /
    /// PlanService first); the first redo() then only refreshes the views.
    PlanChangeCommand(AuditDocument* doc, std::shared_ptr<ActionIds> ids, std::vector<PlanEntry> before,
        std::vector<PlanEntry> after, const QString& text, bool applied = false);
    void undo() override;
    void redo() override;

private:
    /// Turns the `from` state of the affected actions into `to`; false (and the error reported) on failure.
    bool apply(const std::vector<PlanEntry>& from, const std::vector<PlanEntry>& to);
    bool restore(const PlanEntry& entry);

    AuditDocument* m_doc;
    std::shared_ptr<ActionIds> m_ids;
    std::vector<PlanEntry> m_before;
    std::vector<PlanEntry> m_after;
    bool m_skipRedo;
};

} // namespace sa::app
