#include "ReportView.h"

#include "PendingPanel.h"

#include <QVBoxLayout>

namespace sa::app {

ReportView::ReportView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PendingPanel(tr("No report yet."),
        tr("The preview of the PDF report and the export of the report, the action plan (CSV, XLSX) and JSON appear "
           "here once the report module is part of this build."),
        this));
}

} // namespace sa::app
