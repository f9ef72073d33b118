#include "DashboardsView.h"

#include "PendingPanel.h"

#include <QVBoxLayout>

namespace sa::app {

DashboardsView::DashboardsView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PendingPanel(tr("No dashboards yet."),
        tr("Funnel, pipeline, activities, results, clients, lead generation and personnel dashboards with period, "
           "pipeline, manager and channel filters appear here once the metrics and charts modules are part of this "
           "build."),
        this));
}

} // namespace sa::app
