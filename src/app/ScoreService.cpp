#include "ScoreService.h"

#include "AuditDataCache.h"
#include "AuditDocument.h"
#include "BackgroundPool.h"

#include <QtConcurrent>

namespace sa::app {

namespace {

ScoreOutcome scoreFile(const QString& path, std::shared_ptr<const scoring::ScoringSetup> setup,
    std::shared_ptr<const metrics::AuditData> data, std::shared_ptr<const scoring::ExportFacts> facts)
{
    auto project = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!project)
        return { nullptr, describe(project.error()), path };
    auto result = scoring::scoreProject(*project, *setup, *data, facts.get());
    if (!result)
        return { nullptr, describe(result.error()), path };
    return { std::make_shared<const scoring::ScoreResult>(std::move(*result)), {}, path };
}

FactsLoad readFacts(const QString& path, quint64 generation)
{
    // A failure here is not reported: the score then reads the facts itself and reports it.
    auto project = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    auto facts = project ? scoring::readExportFacts(*project) : Result<scoring::ExportFacts>(project.error());
    return { facts ? std::make_shared<const scoring::ExportFacts>(std::move(*facts)) : nullptr, generation };
}

} // namespace

ScoreService::ScoreService(AuditDocument* doc, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_watcher(new QFutureWatcher<ScoreOutcome>(this))
    , m_factsWatcher(new QFutureWatcher<FactsLoad>(this))
{
    connect(m_watcher, &QFutureWatcher<ScoreOutcome>::finished, this, &ScoreService::finished);
    connect(m_factsWatcher, &QFutureWatcher<FactsLoad>::finished, this, &ScoreService::factsRead);
    connect(m_doc, &AuditDocument::opened, this, [this] {
        clear();
        rescore();
    });
    connect(m_doc, &AuditDocument::closed, this, &ScoreService::clear);
    // Any change of data or of the audit record (variant!) can change a score.
    connect(m_doc, &AuditDocument::dataChanged, this, &ScoreService::rescore);
    connect(m_doc, &AuditDocument::auditInfoChanged, this, &ScoreService::rescore);
    connect(m_doc->dataCache(), &AuditDataCache::ready, this, &ScoreService::dataReady);
}

ScoreService::~ScoreService()
{
    m_watcher->disconnect(this);
    m_factsWatcher->disconnect(this);
    m_watcher->waitForFinished();
    m_factsWatcher->waitForFinished();
}

QString ScoreService::catalogueDir()
{
    return QString::fromStdString(Params::defaultCatalogueDir());
}

void ScoreService::clear()
{
    m_waitingForData = false;
    m_waitingForFacts = false;
    m_facts = {};
    m_again = false;
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
    if (m_waitingForData || m_waitingForFacts) {
        reloadSetup(); // the run waiting for the data scores the newest answers
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    // The setup is read on every run: a parameter change drops the shared data before any rescore
    // is asked for, so the data's parameters are always the setup's.
    reloadSetup();
    Q_EMIT scoringChanged(true);
    requestFacts();
    if (!m_doc->dataCache()->data()) {
        m_waitingForData = true;
        m_doc->dataCache()->request();
        return;
    }
    startScoring();
}

void ScoreService::dataReady()
{
    if (!m_waitingForData)
        return;
    m_waitingForData = false;
    if (!m_doc->dataCache()->data()) {
        fail(m_doc->dataCache()->error());
        return;
    }
    startScoring();
}

void ScoreService::requestFacts()
{
    const quint64 generation = m_doc->dataCache()->generation();
    if (m_facts.generation == generation || m_factsPending)
        return; // here, or on their way (a read for an older state is redone when it ends)
    m_factsPending = true;
    ++m_factsReads;
    m_factsWatcher->setFuture(runOnIdleCpu(&readFacts, m_doc->path(), generation));
}

void ScoreService::factsRead()
{
    const FactsLoad load = m_factsWatcher->result();
    m_factsPending = false;
    if (!m_doc->isOpen())
        return;
    if (load.generation != m_doc->dataCache()->generation()) {
        if (m_waitingForFacts || m_waitingForData)
            requestFacts(); // the data changed meanwhile
        return;
    }
    m_facts = load;
    if (m_waitingForFacts) {
        m_waitingForFacts = false;
        startScoring();
    }
}

void ScoreService::startScoring()
{
    if (!m_setup) {
        fail(m_error);
        return;
    }
    if (m_facts.generation != m_doc->dataCache()->generation()) {
        m_waitingForFacts = true;
        requestFacts();
        return;
    }
    m_running = true;
    m_watcher->setFuture(
        runInBackground(&scoreFile, m_doc->path(), m_setup, m_doc->dataCache()->data(), m_facts.facts));
}

void ScoreService::fail(const QString& message)
{
    m_result.reset();
    m_error = message;
    Q_EMIT scoringChanged(false);
    Q_EMIT failed(m_error);
    Q_EMIT scored();
}

void ScoreService::finished()
{
    const ScoreOutcome outcome = m_watcher->result();
    m_running = false;
    Q_EMIT scoringChanged(false);
    // A result for a file closed meanwhile is dropped, but a rescore asked for meanwhile still runs.
    if (outcome.path == m_doc->path()) {
        m_result = outcome.result;
        m_error = outcome.error;
        if (!m_error.isEmpty())
            Q_EMIT failed(m_error);
        Q_EMIT scored();
    }
    if (m_again) {
        m_again = false;
        rescore();
    }
}

} // namespace sa::app
