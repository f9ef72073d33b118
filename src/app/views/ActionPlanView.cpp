#include "ActionPlanView.h"

#include "AuditDocument.h"
#include "TableBrowser.h"
#include "common/Params.h"
#include "models/EntityColumns.h"
#include "plan/PlanService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sa::app {

ActionPlanView::ActionPlanView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_browser(new TableBrowser(doc, *findEntity(QStringLiteral("actions")), this))
    , m_watcher(new QFutureWatcher<QString>(this))
{
    auto* note = new QLabel(tr("The plan is generated from the red and yellow criteria with the catalogue's "
                               "recommended actions. Priority, horizon and status can be edited here (double-click "
                               "or F2); every edit can be undone."),
        this);
    auto* generate = new QPushButton(QIcon(QStringLiteral(":/icons/plan.svg")), tr("&Generate from the scores"), this);
    generate->setToolTip(tr("Adds the actions of red and yellow criteria; your own and edited actions are kept."));
    m_browser->toolbar()->insertWidget(0, generate);
    connect(generate, &QPushButton::clicked, this, &ActionPlanView::generate);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, [this, generate] {
        generate->setEnabled(true);
        if (!m_watcher->result().isEmpty())
            m_doc->reportError(m_watcher->result());
        m_doc->notifyDataChanged(QStringLiteral("actions"));
    });
    connect(m_watcher, &QFutureWatcher<QString>::started, generate, [generate] { generate->setEnabled(false); });
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_browser, 1);
}

ActionPlanView::~ActionPlanView()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void ActionPlanView::generate()
{
    if (!m_doc->isOpen() || m_watcher->isRunning())
        return;
    const QString path = m_doc->path();
    const std::string language = QLocale().language() == QLocale::Russian ? "ru" : "en";
    m_watcher->setFuture(QtConcurrent::run([path, language] {
        auto project = store::Project::open(path.toStdString(), store::OpenMode::ReadWrite);
        if (!project)
            return describe(project.error());
        const SystemClock clock;
        auto plan = plan::ensurePlan(*project, Params::defaultCatalogueDir(), language, false, clock);
        return plan ? QString() : describe(plan.error());
    }));
}

} // namespace sa::app
