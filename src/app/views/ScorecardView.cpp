#include "ScorecardView.h"

#include "PendingPanel.h"

#include <QVBoxLayout>

namespace sa::app {

ScorecardView::ScorecardView(AuditDocument* doc, QWidget* parent) : QWidget(parent), m_doc(doc)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PendingPanel(tr("Scores are not calculated yet."),
                                       tr("The 45 criteria grouped by component, each with its light, measured value against the thresholds, source and evidence count, appear here once the scoring engine is part of this build. Checklist answers and overrides are edited here too."),
                                       this));
}

} // namespace sa::app
