#pragma once
// Scores the open audit off the GUI thread (scoring::scoreProject on its own read-only Project and
// the document's shared AuditData, loaded once per data state by AuditDataCache) and keeps the
// latest ScoreResult and the ScoringSetup the consultant's edits validate against.
#include "scoring/ScoreProject.h"
#include "scoring/ScoreResult.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace sa::app {

class AuditDocument;

/// The export facts of one data state (scoring::readExportFacts), read beside the data load.
struct FactsLoad {
    std::shared_ptr<const scoring::ExportFacts> facts; ///< null: not readable (the score reads them itself)
    quint64 generation = 0; ///< AuditDataCache::generation() they were read for
};

struct ScoreOutcome {
    std::shared_ptr<const scoring::ScoreResult> result;
    QString error;
    QString path; ///< the file scored: a result for a file closed meanwhile is dropped
};

class ScoreService : public QObject {
    Q_OBJECT
public:
    explicit ScoreService(AuditDocument* doc, QObject* parent = nullptr);
    ~ScoreService() override;

    /// The latest score; nullptr before the first one finished or when it failed.
    [[nodiscard]] std::shared_ptr<const scoring::ScoreResult> result() const { return m_result; }
    /// Catalogue, parameters and assessments as loaded for this audit; nullptr when not loaded.
    [[nodiscard]] std::shared_ptr<const scoring::ScoringSetup> setup() const { return m_setup; }
    [[nodiscard]] bool isScoring() const { return m_waitingForData || m_waitingForFacts || m_running; }
    [[nodiscard]] QString lastError() const { return m_error; }
    /// Reads of the export facts started since construction (diagnostics and tests: one per data state).
    [[nodiscard]] int factsReads() const { return m_factsReads; }
    /// The catalogue folder used (Params::defaultCatalogueDir()).
    [[nodiscard]] static QString catalogueDir();

public Q_SLOTS:
    /// Scores again in the background (after the shared data is loaded when it is not); a request
    /// while one runs queues one more run.
    void rescore();

Q_SIGNALS:
    void scoringChanged(bool running);
    void scored();
    void failed(const QString& message);

private:
    void dataReady();
    /// Reads the export facts of the current data state unless they are here or on their way.
    void requestFacts();
    void factsRead();
    void startScoring();
    void fail(const QString& message);
    void finished();
    void reloadSetup();
    void clear();
    AuditDocument* m_doc;
    QFutureWatcher<ScoreOutcome>* m_watcher;
    /// The export facts are read at the lowest priority beside the shared data load (they need only
    /// the file, and scanning for absent fields costs ~0.5 s at 1M deals): the score then starts
    /// with them, and a rescore on unchanged data (a checklist answer) reuses them.
    QFutureWatcher<FactsLoad>* m_factsWatcher;
    FactsLoad m_facts;
    /// A facts read was started and its factsRead() not handled yet (as m_running for the score:
    /// the watcher stops running before its finished signal arrives).
    bool m_factsPending = false;
    bool m_waitingForFacts = false;
    int m_factsReads = 0;
    std::shared_ptr<const scoring::ScoreResult> m_result;
    std::shared_ptr<const scoring::ScoringSetup> m_setup;
    QString m_error;
    bool m_again = false;
    bool m_waitingForData = false;
    /// A run was started and its finished() not handled yet (the watcher stops running before its
    /// finished signal arrives: in between, its result is not in result() yet).
    bool m_running = false;
};

} // namespace sa::app
