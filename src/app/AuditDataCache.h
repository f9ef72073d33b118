#pragma once
// The open audit's metrics::AuditData, loaded once per data state on the background pool and shared
// (const) by the score and the Dashboards screen: at 1M deals one load costs seconds of both CPUs,
// and scoring and the dashboards used to load it each at the same time. AuditDocument drops the
// data before it announces a change the data depends on, so a consumer that reacts to the change
// never sees the old data as current.
#include "metrics/AuditData.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace sa::app {

/// One load's result (any thread).
struct AuditDataLoad {
    std::shared_ptr<const metrics::AuditData> data;
    QString error; ///< non-empty: the load failed (names the file and the reason)
    quint64 generation = 0;
    double loadMs = 0;
};

/// Loads refs.json with the audit's parameter changes and then AuditData from the file at `path`
/// (its own read-only connection). Never throws.
AuditDataLoad loadAuditData(const QString& path, quint64 generation);

class AuditDataCache : public QObject {
    Q_OBJECT
public:
    explicit AuditDataCache(QObject* parent = nullptr);
    ~AuditDataCache() override;

    /// The file the data is read from; empty = none. Drops the data (another file or closed).
    void setPath(const QString& path);
    /// The data changed: drops it. A load running meanwhile is superseded (its result is dropped)
    /// and, if someone asked for the data, a fresh load follows it.
    void invalidate();
    /// Asks for the data: starts a load unless the current data is loaded or loading. ready()
    /// follows (at once when the data is already here it is not emitted: check data() first).
    void request();

    /// The data of the current state; nullptr while not loaded (or the last load failed).
    [[nodiscard]] std::shared_ptr<const metrics::AuditData> data() const { return m_data; }
    /// Why the last load of the current state failed; empty when it did not.
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool isLoading() const { return m_watcher->isRunning(); }
    /// Bumped by every setPath() and invalidate().
    [[nodiscard]] quint64 generation() const { return m_generation; }
    /// Milliseconds the latest finished load of the current state took.
    [[nodiscard]] double lastLoadMs() const { return m_loadMs; }
    /// Loads started since construction (diagnostics and tests: one per data state).
    [[nodiscard]] int loadsStarted() const { return m_loadsStarted; }

    /// Whether a change of `table` (AuditDocument::dataChanged) can change the data: notes,
    /// checklist answers and the action plan do not; ref_overrides (parameters) and every
    /// imported table do; an empty name (anything) does.
    [[nodiscard]] static bool dependsOn(const QString& table);

Q_SIGNALS:
    /// data() or error() now hold the result for the current state.
    void ready();

private:
    void start();
    void finished();

    QString m_path;
    QFutureWatcher<AuditDataLoad>* m_watcher;
    quint64 m_generation = 1;
    bool m_wanted = false; ///< a request for the current state is not answered yet
    std::shared_ptr<const metrics::AuditData> m_data;
    QString m_error;
    double m_loadMs = 0;
    int m_loadsStarted = 0;
};

} // namespace sa::app
