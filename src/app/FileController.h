#pragma once
// File-level actions of the workbench: new audit, open (dialog, recent, drop), close. Failures
// become failed() with a message naming the file and the reason; the program keeps running.
#include "common/Result.h"
#include "store/AuditInfo.h"
#include "store/Project.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

class QWidget;

namespace sa::app {

class AuditDocument;

class FileController : public QObject {
    Q_OBJECT
public:
    FileController(AuditDocument* doc, QWidget* window);

    /// Opens `path` read-write on the calling thread; on success it becomes the most recent file.
    bool openPath(const QString& path);
    /// Opens `path` like openPath, but checks the file on a worker thread (a large project's
    /// integrity check takes seconds): busyChanged() brackets the work, failed() reports an error.
    void openInBackground(const QString& path);
    /// Creates the project file and opens it.
    bool createAudit(const QString& path, const store::AuditInfo& info);
    /// True for a path the app accepts by drag and drop (an existing .sqlite file).
    static bool isProjectFile(const QString& path);
    /// Where the demo audit lives (generated on first use, then reopened).
    static QString demoPath();
    [[nodiscard]] bool isBusy() const;

public Q_SLOTS:
    void newAudit();
    void openWithDialog();
    void closeAudit();
    /// Opens the demo audit, generating it on a worker thread first if it does not exist yet.
    void openDemo();

Q_SIGNALS:
    void recentFilesChanged();
    void failed(const QString& title, const QString& message);
    void busyChanged(bool busy);

private:
    struct Opened {
        QString path;
        std::shared_ptr<Result<store::Project>> project; ///< shared: QFuture results are copied
    };
    void demoReady(const QString& error);
    void opened(const Opened& result);
    bool finishOpen(const Status& status, const QString& absolute);
    AuditDocument* m_doc;
    QWidget* m_window;
    QFutureWatcher<QString>* m_demo;
    QFutureWatcher<Opened>* m_opening;
};

} // namespace sa::app
