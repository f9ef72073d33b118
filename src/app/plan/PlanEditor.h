#pragma once
// Every change of the action plan from the GUI: each one a PlanChangeCommand on the document's undo
// stack. Regenerating runs PlanService on a worker thread and is undoable too (the whole plan
// before and after).
#include "commands/PlanChangeCommand.h"
#include "common/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <vector>

namespace sa::app {

class AuditDocument;
class ActionIds;

class PlanEditor : public QObject {
    Q_OBJECT
public:
    explicit PlanEditor(AuditDocument* doc, QObject* parent = nullptr);
    ~PlanEditor() override;

    /// Changes one action (`after` has the same id as `before`); an invalid action is refused
    /// with a message and nothing is written. `what` names the edit in the undo history.
    bool edit(const plan::ActionRecord& before, const plan::ActionRecord& after, const QString& what);
    /// Adds a new action of the consultant's own at the end of the plan.
    bool add(const plan::ActionRecord& action);
    bool remove(const std::vector<plan::ActionRecord>& actions);
    /// Merges into the first action (PlanStore's rules: criteria united, texts joined, ...).
    bool merge(const std::vector<plan::ActionRecord>& actions);

    /// Number of generated actions still "proposed": these are replaced when regenerating.
    [[nodiscard]] int replaceableCount() const;
    /// Regenerates the plan from the current scores on a worker (`language` "ru" or "en");
    /// regenerated() follows. The result is one undo step.
    void regenerate(const QString& language);
    [[nodiscard]] bool isRegenerating() const { return m_watcher->isRunning(); }

Q_SIGNALS:
    void regenerated(bool ok);

private:
    [[nodiscard]] std::vector<PlanEntry> entries(const std::vector<plan::ActionRecord>& actions);
    [[nodiscard]] std::vector<plan::ActionRecord> currentPlan() const;
    void finishRegenerate();
    /// The user's message for an error, reported through the document.
    bool refuse(const Error& error);

    AuditDocument* m_doc;
    std::shared_ptr<ActionIds> m_ids;
    QFutureWatcher<QString>* m_watcher;
    std::vector<plan::ActionRecord> m_beforeRegenerate;
    QString m_regeneratedPath;
};

} // namespace sa::app
