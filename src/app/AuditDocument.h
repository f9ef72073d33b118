#pragma once
// The open audit: owns the read-write store::Project, its undo stack and the change signals
// every view listens to. Only the GUI thread touches the project's connection; background work
// opens its own read-only connection by path().
#include "common/Clock.h"
#include "common/Result.h"
#include "store/Project.h"

#include <QObject>
#include <QString>
#include <memory>

class QUndoStack;

namespace sa::app {

class AuditDataCache;

class AuditDocument : public QObject {
    Q_OBJECT
public:
    explicit AuditDocument(QObject* parent = nullptr);
    ~AuditDocument() override;

    /// Opens read-write. On failure the current project stays open and the returned error
    /// (from store::Project::open) names the file and the reason.
    Status open(const QString& path);
    /// Creates a new project file and opens it.
    Status create(const QString& path, const store::AuditInfo& info);
    void close();
    /// Makes a project opened elsewhere (by path, e.g. on a worker thread) the open audit.
    Status adopt(Result<store::Project> project, const QString& path);

    [[nodiscard]] bool isOpen() const { return m_project != nullptr; }
    [[nodiscard]] QString path() const { return m_path; }
    /// nullptr when no audit is open.
    [[nodiscard]] store::Project* project() const { return m_project.get(); }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    /// The audit's metrics data, loaded once per data state and shared by the score and the
    /// dashboards; dropped before opened(), closed(), auditInfoChanged() and a dataChanged() the
    /// data depends on are emitted.
    [[nodiscard]] AuditDataCache* dataCache() const { return m_data; }
    /// The audit record as last read or written.
    [[nodiscard]] const store::AuditInfo& auditInfo() const { return m_info; }
    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    /// Tests pin time with a FixedClock; the document does not own it.
    void setClock(const Clock* clock);

    /// Writes the audit record in one transaction (Project::updateAuditInfo); used by undo commands.
    Status writeAuditInfo(const store::AuditInfo& info);
    /// Views call this after they changed rows of `table` so that other views reload.
    void notifyDataChanged(const QString& table);
    /// Reports an error to the user (the main window shows it).
    void reportError(const QString& message);

Q_SIGNALS:
    void opened();
    void closed();
    void auditInfoChanged();
    /// Rows of `table` changed; an empty name means "anything may have changed" (an import).
    void dataChanged(const QString& table);
    void errorOccurred(const QString& message);

private:
    std::unique_ptr<store::Project> m_project;
    QString m_path;
    store::AuditInfo m_info;
    QUndoStack* m_undo;
    AuditDataCache* m_data;
    SystemClock m_systemClock;
    const Clock* m_clock = &m_systemClock;
};

/// An Error as the one line a user reads (file, row, column and reason).
QString describe(const Error& e);

} // namespace sa::app
