#include "FileController.h"

#include "AuditDocument.h"
#include "BackgroundPool.h"
#include "Settings.h"
#include "demo/DemoAudit.h"
#include "dialogs/AuditInfoDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent>

namespace sa::app {

FileController::FileController(AuditDocument* doc, QWidget* window)
    : QObject(window)
    , m_doc(doc)
    , m_window(window)
    , m_demo(new QFutureWatcher<QString>(this))
    , m_opening(new QFutureWatcher<Opened>(this))
{
    connect(m_demo, &QFutureWatcher<QString>::finished, this, [this] { demoReady(m_demo->result()); });
    connect(m_opening, &QFutureWatcher<Opened>::finished, this, [this] { opened(m_opening->result()); });
}

QString FileController::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/demo-audit.sqlite");
}

bool FileController::isBusy() const
{
    return m_demo->isRunning() || m_opening->isRunning();
}

void FileController::openDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        openInBackground(path);
        return;
    }
    if (m_demo->isRunning())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    Q_EMIT busyChanged(true);
    // The generator writes its own file through its own connection: safe off the GUI thread.
    m_demo->setFuture(QtConcurrent::run(backgroundPool(), [path] {
        const SystemClock clock;
        auto made = demo::createDemoAudit(path.toStdString(), demo::DemoOptions {}, clock);
        return made ? QString() : describe(made.error());
    }));
}

void FileController::demoReady(const QString& error)
{
    Q_EMIT busyChanged(false);
    if (!error.isEmpty()) {
        Q_EMIT failed(tr("Cannot create the demo audit"), error);
        return;
    }
    openInBackground(demoPath());
}

bool FileController::isProjectFile(const QString& path)
{
    const QFileInfo fi(path);
    return fi.isFile() && fi.suffix().compare(QLatin1String("sqlite"), Qt::CaseInsensitive) == 0;
}

bool FileController::openPath(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return finishOpen(m_doc->open(absolute), absolute);
}

void FileController::openInBackground(const QString& path)
{
    if (isBusy())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Q_EMIT busyChanged(true);
    // Project::open only reads and checks the file; the connection moves to the GUI thread after.
    m_opening->setFuture(QtConcurrent::run(backgroundPool(), [absolute] {
        return Opened { absolute,
            std::make_shared<Result<store::Project>>(
                store::Project::open(QDir::toNativeSeparators(absolute).toStdString(), store::OpenMode::ReadWrite)) };
    }));
}

void FileController::opened(const Opened& result)
{
    Q_EMIT busyChanged(false);
    finishOpen(m_doc->adopt(std::move(*result.project), result.path), result.path);
}

bool FileController::finishOpen(const Status& s, const QString& absolute)
{
    if (!s) {
        Q_EMIT failed(tr("Cannot open the audit"), describe(s.error()));
        return false;
    }
    Settings settings;
    settings.addRecentFile(absolute);
    settings.setLastFolder(QFileInfo(absolute).absolutePath());
    Q_EMIT recentFilesChanged();
    return true;
}

bool FileController::createAudit(const QString& path, const store::AuditInfo& info)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Status s = m_doc->create(absolute, info);
    if (!s) {
        Q_EMIT failed(tr("Cannot create the audit"), describe(s.error()));
        return false;
    }
    Settings settings;
    settings.addRecentFile(absolute);
    settings.setLastFolder(QFileInfo(absolute).absolutePath());
    Q_EMIT recentFilesChanged();
    return true;
}

void FileController::newAudit()
{
    AuditInfoDialog dialog(AuditInfoDialog::Mode::NewAudit, m_window);
    store::AuditInfo defaults = dialog.info();
    defaults.consultant = Settings().consultantName().toStdString();
    dialog.setInfo(defaults);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::AuditInfo info = dialog.info();
    const QString suggested
        = Settings().lastFolder() + QLatin1Char('/') + QString::fromStdString(info.company) + QLatin1String(".sqlite");
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save the new audit as"), suggested, tr("Audit projects (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive))
        path += QLatin1String(".sqlite");
    createAudit(path, info);
}

void FileController::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open an audit"), Settings().lastFolder(), tr("Audit projects (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openInBackground(path);
}

void FileController::closeAudit()
{
    m_doc->close();
}

} // namespace sa::app
