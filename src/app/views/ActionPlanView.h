#pragma once
// Action plan: the actions table; horizon, status and priority are editable and undoable.
#include <QWidget>

namespace sa::app {

class AuditDocument;
class TableBrowser;

class ActionPlanView : public QWidget {
    Q_OBJECT
public:
    explicit ActionPlanView(AuditDocument* doc, QWidget* parent = nullptr);
    [[nodiscard]] TableBrowser* browser() const { return m_browser; }

private:
    TableBrowser* m_browser;
};

} // namespace sa::app
