#pragma once
// Report screen. Until its core module is on main it says honestly what it will show.
#include <QWidget>

namespace sa::app {

class AuditDocument;

class ReportView : public QWidget {
    Q_OBJECT
public:
    explicit ReportView(AuditDocument* doc, QWidget* parent = nullptr);

private:
    AuditDocument* m_doc;
};

} // namespace sa::app
