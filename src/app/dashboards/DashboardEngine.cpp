#include "DashboardEngine.h"

#include "AuditDocument.h"

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
    m_pool->setMaxThreadCount(1); // one computation at a time; AuditData::load adds its own reader thread
    connect(m_watcher, &QFutureWatcher<DashboardOutcome>::finished, this, &DashboardEngine::finished);
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
    if (isBusy()) {
        m_queued = true; // finished() starts the newest request
        return;
    }
    start();
}

void DashboardEngine::start()
{
    m_queued = false;
    DashboardInput in { m_doc->path(), m_requested, m_data, language(), m_wanted, m_serial, m_dataGeneration };
    m_watcher->setFuture(QtConcurrent::run(m_pool, &runDashboardJob, std::move(in)));
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged(true);
    }
}

void DashboardEngine::cancel()
{
    if (!isBusy())
        return;
    m_queued = false;
    m_wanted->store(0);
}

void DashboardEngine::invalidate()
{
    m_data.reset();
    ++m_dataGeneration;
}

void DashboardEngine::reset()
{
    m_queued = false;
    m_wanted->store(0);
    m_data.reset();
    ++m_dataGeneration;
    m_latest.reset();
    m_requested = {};
}

void DashboardEngine::finished()
{
    auto outcome = std::make_shared<const DashboardOutcome>(m_watcher->result());
    const bool current = outcome->path == m_doc->path() && m_doc->isOpen();
    // Data loaded for this file stays useful even when the run was superseded, unless the project
    // changed meanwhile (reset() and invalidate() bump the generation).
    if (current && outcome->data && outcome->dataGeneration == m_dataGeneration)
        m_data = outcome->data;
    if (current && m_queued) {
        start();
        return;
    }
    m_busy = false;
    Q_EMIT busyChanged(false);
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
