#include "ScoreService.h"

#include "AuditDocument.h"
#include "BackgroundPool.h"

#include <QtConcurrent>

namespace sa::app {

namespace {

ScoreOutcome scoreFile(const QString& path, const QString& catalogue)
{
    auto project = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!project)
        return { nullptr, describe(project.error()), path };
    auto result = scoring::scoreProject(*project, catalogue.toStdString());
    if (!result)
        return { nullptr, describe(result.error()), path };
    return { std::make_shared<const scoring::ScoreResult>(std::move(*result)), {}, path };
}

} // namespace

ScoreService::ScoreService(AuditDocument* doc, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_watcher(new QFutureWatcher<ScoreOutcome>(this))
{
    connect(m_watcher, &QFutureWatcher<ScoreOutcome>::finished, this, &ScoreService::finished);
    connect(m_doc, &AuditDocument::opened, this, [this] {
        clear();
        rescore();
    });
    connect(m_doc, &AuditDocument::closed, this, &ScoreService::clear);
    // Any change of data or of the audit record (variant!) can change a score.
    connect(m_doc, &AuditDocument::dataChanged, this, &ScoreService::rescore);
    connect(m_doc, &AuditDocument::auditInfoChanged, this, &ScoreService::rescore);
}

ScoreService::~ScoreService()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

QString ScoreService::catalogueDir()
{
    return QString::fromStdString(Params::defaultCatalogueDir());
}

void ScoreService::clear()
{
    m_result.reset();
    m_setup.reset();
    m_error.clear();
    Q_EMIT scored();
}

void ScoreService::reloadSetup()
{
    if (!m_doc->project())
        return;
    auto setup = scoring::loadScoringSetup(*m_doc->project(), catalogueDir().toStdString());
    m_setup = setup ? std::make_shared<const scoring::ScoringSetup>(std::move(*setup)) : nullptr;
    if (!setup)
        m_error = describe(setup.error());
}

void ScoreService::rescore()
{
    if (!m_doc->isOpen())
        return;
    if (m_watcher->isRunning()) {
        m_again = true;
        return;
    }
    reloadSetup();
    Q_EMIT scoringChanged(true);
    m_watcher->setFuture(QtConcurrent::run(backgroundPool(), &scoreFile, m_doc->path(), catalogueDir()));
}

void ScoreService::finished()
{
    const ScoreOutcome outcome = m_watcher->result();
    Q_EMIT scoringChanged(false);
    if (outcome.path != m_doc->path())
        return; // the audit was closed or another one opened while scoring
    m_result = outcome.result;
    m_error = outcome.error;
    if (!m_error.isEmpty())
        Q_EMIT failed(m_error);
    Q_EMIT scored();
    if (m_again) {
        m_again = false;
        rescore();
    }
}

} // namespace sa::app
