#include "ActionPlanView.h"

#include "TableBrowser.h"
#include "models/EntityColumns.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sa::app {

ActionPlanView::ActionPlanView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent), m_browser(new TableBrowser(doc, *findEntity(QStringLiteral("actions")), this))
{
    auto* note = new QLabel(tr("Generating the plan from red and yellow criteria and the roadmap view come with the "
                               "plan module. Priority, horizon and status can be edited here (double-click or F2); "
                               "every edit can be undone."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_browser, 1);
}

} // namespace sa::app
