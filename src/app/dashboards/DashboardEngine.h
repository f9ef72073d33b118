#pragma once
// Runs the Dashboards computations of the open audit off the GUI thread, one at a time. A request
// while one runs supersedes it (the running job stops at its next check and only the newest
// filters are computed). The data comes from the document's AuditDataCache (one load per data
// state, shared with the score): a request waits for it when it is not loaded yet.
#include "DashboardJob.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace sa::app {

class AuditDocument;

class DashboardEngine : public QObject {
    Q_OBJECT
public:
    explicit DashboardEngine(AuditDocument* doc, QObject* parent = nullptr);
    ~DashboardEngine() override;

    /// Computes `filters` in the background; supersedes a running or queued request.
    void request(const DashboardFilters& filters);
    /// Stops the running request (its result is dropped; the charts shown stay).
    void cancel();
    /// Forgets everything (audit closed).
    void reset();

    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// The latest finished computation for the open audit; nullptr before the first one.
    [[nodiscard]] std::shared_ptr<const DashboardOutcome> latest() const { return m_latest; }
    [[nodiscard]] const DashboardFilters& lastRequested() const { return m_requested; }
    /// Milliseconds from the request to its result, of the latest computation.
    [[nodiscard]] qint64 lastLatencyMs() const { return m_latencyMs; }

Q_SIGNALS:
    void busyChanged(bool busy);
    /// latest() holds a new result.
    void computed();
    void failed(const QString& message);
    void cancelled();

private:
    void start();
    void dataReady();
    void finished();
    void setBusy(bool busy);
    [[nodiscard]] QString language() const;

    AuditDocument* m_doc;
    /// A pool of its own: a computation must not occupy the global pool, whose threads Qt's
    /// raster painter also waits for (a starved global pool freezes painting).
    QThreadPool* m_pool;
    QFutureWatcher<DashboardOutcome>* m_watcher;
    std::shared_ptr<std::atomic<quint64>> m_wanted;
    quint64 m_serial = 0;
    bool m_queued = false;
    bool m_busy = false;
    bool m_waitingForData = false; ///< the newest request waits for the shared data to load
    bool m_loadedForRequest = false; ///< the newest request had to wait for a load
    DashboardFilters m_requested;
    std::shared_ptr<const DashboardOutcome> m_latest;
    QElapsedTimer m_sinceRequest;
    qint64 m_latencyMs = 0;
};

} // namespace sa::app
