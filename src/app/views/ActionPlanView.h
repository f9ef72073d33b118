#pragma once
// Action plan: the actions table; horizon, status and priority are editable and undoable.
#include <QFutureWatcher>
#include <QWidget>

namespace sa::app {

class AuditDocument;
class TableBrowser;

class ActionPlanView : public QWidget {
    Q_OBJECT
public:
    explicit ActionPlanView(AuditDocument* doc, QWidget* parent = nullptr);
    ~ActionPlanView() override;
    [[nodiscard]] TableBrowser* browser() const { return m_browser; }
    /// Generates the plan from the current scores on a worker thread (the consultant's own and
    /// edited actions are kept; plan::ensurePlan). Not an undo step: like an import, one transaction.
    void generate();
    [[nodiscard]] bool isGenerating() const { return m_watcher->isRunning(); }

private:
    AuditDocument* m_doc;
    TableBrowser* m_browser;
    QFutureWatcher<QString>* m_watcher;
};

} // namespace sa::app
