#include "DashboardEngine.h"

#include "AuditDataCache.h"
#include "AuditDocument.h"
#include "BackgroundPool.h"

#include <QLocale>
#include <QtConcurrent>

namespace sa::app {

DashboardEngine::DashboardEngine(AuditDocument* doc, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_pool(new QThreadPool(this))
    , m_watcher(new QFutureWatcher<DashboardOutcome>(this))
    , m_wanted(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool->setMaxThreadCount(1); // one computation at a time
    connect(m_watcher, &QFutureWatcher<DashboardOutcome>::finished, this, &DashboardEngine::finished);
    connect(m_doc->dataCache(), &AuditDataCache::ready, this, &DashboardEngine::dataReady);
}

DashboardEngine::~DashboardEngine()
{
    m_watcher->disconnect(this);
    m_wanted->store(0);
    m_watcher->waitForFinished();
}

QString DashboardEngine::language() const
{
    return QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void DashboardEngine::request(const DashboardFilters& filters)
{
    if (!m_doc->isOpen())
        return;
    m_requested = filters;
    m_sinceRequest.start();
    m_wanted->store(++m_serial);
    m_loadedForRequest = false;
    if (m_watcher->isRunning()) {
        m_queued = true; // finished() starts the newest request
        return;
    }
    start();
}

void DashboardEngine::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void DashboardEngine::start()
{
    m_queued = false;
    setBusy(true);
    AuditDataCache* cache = m_doc->dataCache();
    if (!cache->data()) {
        m_waitingForData = true;
        m_loadedForRequest = true;
        cache->request();
        return;
    }
    m_waitingForData = false;
    DashboardInput in { m_doc->path(), m_requested, cache->data(), language(), m_wanted, m_serial,
        m_loadedForRequest ? cache->lastLoadMs() : 0.0 };
    m_watcher->setFuture(QtConcurrent::run(m_pool, [in = std::move(in)] {
        // The GUI thread first, then this (the score after an open would share the CPUs with it
        // equally): BackgroundPool.h. Its own pool's thread runs nothing else.
        lowerThreadPriority(kShownScreenNice);
        return runDashboardJob(in);
    }));
}

void DashboardEngine::dataReady()
{
    if (!m_waitingForData)
        return;
    if (m_doc->dataCache()->data()) {
        start();
        return;
    }
    m_waitingForData = false;
    setBusy(false);
    Q_EMIT failed(m_doc->dataCache()->error());
}

void DashboardEngine::cancel()
{
    if (!isBusy())
        return;
    m_queued = false;
    m_wanted->store(0);
    if (m_waitingForData) {
        // The shared load goes on (the score needs it too); this request no longer waits for it.
        m_waitingForData = false;
        setBusy(false);
        Q_EMIT cancelled();
    }
}

void DashboardEngine::reset()
{
    m_queued = false;
    m_waitingForData = false;
    m_wanted->store(0);
    m_latest.reset();
    m_requested = {};
    if (!m_watcher->isRunning())
        setBusy(false);
}

void DashboardEngine::finished()
{
    auto outcome = std::make_shared<const DashboardOutcome>(m_watcher->result());
    const bool current = outcome->path == m_doc->path() && m_doc->isOpen();
    if (current && m_queued) {
        start();
        return;
    }
    setBusy(false);
    if (!current)
        return;
    if (outcome->superseded || outcome->serial != m_wanted->load()) {
        Q_EMIT cancelled();
        return;
    }
    if (!outcome->error.isEmpty()) {
        Q_EMIT failed(outcome->error);
        return;
    }
    m_latencyMs = m_sinceRequest.elapsed();
    m_latest = std::move(outcome);
    Q_EMIT computed();
}

} // namespace sa::app
