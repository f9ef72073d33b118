#pragma once
// Runs one step of the import pipeline (preview, dry run, import) on a worker thread with its own
// read-write Project, reports progress and supports Cancel (the pipeline then rolls back).
#include "import/Importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class QTimer;

namespace sa::app {

struct ImportOutcome {
    QString error; ///< empty on success
    bool cancelled = false;
    import::ImportSummary summary;
    std::vector<import::PreviewRow> rows; ///< preview only
};

class ImportJob : public QObject {
    Q_OBJECT
public:
    enum class Step { Preview, DryRun, Import };
    static constexpr int kPreviewRows = 50;

    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;
    /// Starts `step` for `request` on the project file; ignored while another step runs.
    void start(Step step, const QString& projectPath, const import::ImportRequest& request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher->isRunning(); }
    [[nodiscard]] const ImportOutcome& outcome() const { return m_outcome; }

Q_SIGNALS:
    /// fraction 0..1 of the file read, rows so far (polled from the worker every 100 ms).
    void progress(double fraction, qlonglong rows);
    void finished();

private:
    struct Shared {
        std::atomic<double> fraction { 0.0 };
        std::atomic<long long> rows { 0 };
        std::atomic<bool> cancel { false };
    };
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<ImportOutcome>* m_watcher;
    QTimer* m_poll;
    ImportOutcome m_outcome;
};

} // namespace sa::app
