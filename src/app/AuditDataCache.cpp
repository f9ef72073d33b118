#include "AuditDataCache.h"

#include "BackgroundPool.h"
#include "common/Params.h"
#include "evidence/Assessments.h"
#include "scoring/ScoreEngine.h"
#include "store/Project.h"

#include <QElapsedTimer>
#include <QtConcurrent>
#include <exception>

namespace sa::app {

namespace {

/// refs.json with the audit's own parameter changes, as the scoring engine uses them.
Result<Params> auditParams(const store::Project& project)
{
    auto params = Params::loadFile(Params::defaultCatalogueDir() + "/refs.json");
    if (!params)
        return params.error();
    auto assessments = evidence::loadAssessments(project.db());
    if (!assessments)
        return assessments.error();
    if (auto s = scoring::applyParamOverrides(*params, assessments->refOverrides); !s)
        return s.error();
    return params;
}

Result<std::shared_ptr<const metrics::AuditData>> loadFrom(const QString& path)
{
    auto project = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!project)
        return project.error();
    auto params = auditParams(*project);
    if (!params)
        return params.error();
    auto data = metrics::AuditData::load(*project, *params);
    if (!data)
        return data.error();
    return std::make_shared<const metrics::AuditData>(std::move(*data));
}

} // namespace

AuditDataLoad loadAuditData(const QString& path, quint64 generation)
{
    AuditDataLoad out;
    out.generation = generation;
    QElapsedTimer timer;
    timer.start();
    try {
        auto loaded = loadFrom(path);
        if (loaded)
            out.data = std::move(*loaded);
        else
            out.error = QString::fromStdString(loaded.error().describe());
    } catch (const std::exception& e) {
        // Allocation failure or a library exception: reported, never escaping the worker thread.
        out.error = QString::fromUtf8(e.what());
    }
    out.loadMs = double(timer.nsecsElapsed()) / 1e6;
    return out;
}

AuditDataCache::AuditDataCache(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<AuditDataLoad>(this))
{
    connect(m_watcher, &QFutureWatcher<AuditDataLoad>::finished, this, &AuditDataCache::finished);
}

AuditDataCache::~AuditDataCache()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

bool AuditDataCache::dependsOn(const QString& table)
{
    static const QStringList unrelated
        = { QStringLiteral("evidence"), QStringLiteral("assessments"), QStringLiteral("actions") };
    return !unrelated.contains(table);
}

void AuditDataCache::setPath(const QString& path)
{
    m_path = path;
    m_wanted = false;
    invalidate();
}

void AuditDataCache::invalidate()
{
    ++m_generation;
    m_data.reset();
    m_error.clear();
    m_loadMs = 0;
}

void AuditDataCache::request()
{
    if (m_path.isEmpty() || m_data)
        return;
    m_wanted = true;
    if (!isLoading())
        start();
}

void AuditDataCache::start()
{
    m_error.clear();
    ++m_loadsStarted;
    m_watcher->setFuture(runInBackground(&loadAuditData, m_path, m_generation));
}

void AuditDataCache::finished()
{
    AuditDataLoad load = m_watcher->result();
    if (load.generation != m_generation) {
        // Superseded: the project changed (or another one opened) while loading.
        if (m_wanted && !m_path.isEmpty())
            start();
        return;
    }
    m_wanted = false;
    m_data = std::move(load.data);
    m_error = load.error;
    m_loadMs = load.loadMs;
    Q_EMIT ready();
}

} // namespace sa::app
