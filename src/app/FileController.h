#pragma once
// File-level actions of the workbench: new audit, open (dialog, recent, drop), close. Failures
// become failed() with a message naming the file and the reason; the program keeps running.
#include "store/AuditInfo.h"

#include <QObject>
#include <QString>

class QWidget;

namespace sa::app {

class AuditDocument;

class FileController : public QObject {
    Q_OBJECT
public:
    FileController(AuditDocument* doc, QWidget* window);

    /// Opens `path` read-write; on success it becomes the most recent file.
    bool openPath(const QString& path);
    /// Creates the project file and opens it.
    bool createAudit(const QString& path, const store::AuditInfo& info);
    /// True for a path the app accepts by drag and drop (an existing .sqlite file).
    static bool isProjectFile(const QString& path);

public Q_SLOTS:
    void newAudit();
    void openWithDialog();
    void closeAudit();

Q_SIGNALS:
    void recentFilesChanged();
    void failed(const QString& title, const QString& message);

private:
    AuditDocument* m_doc;
    QWidget* m_window;
};

} // namespace sa::app
