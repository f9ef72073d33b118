#pragma once
// Dashboards screen. Until its core module is on main it says honestly what it will show.
#include <QWidget>

namespace sa::app {

class AuditDocument;

class DashboardsView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardsView(AuditDocument* doc, QWidget* parent = nullptr);

private:
    AuditDocument* m_doc;
};

} // namespace sa::app
