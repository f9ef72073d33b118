#include "AuditDocument.h"

#include "AuditDataCache.h"

#include <QDir>
#include <QUndoStack>

namespace sa::app {

AuditDocument::AuditDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_data(new AuditDataCache(this))
{
}

AuditDocument::~AuditDocument() = default;

void AuditDocument::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

Status AuditDocument::open(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    return adopt(store::Project::open(native.toStdString(), store::OpenMode::ReadWrite), path);
}

Status AuditDocument::create(const QString& path, const store::AuditInfo& info)
{
    const QString native = QDir::toNativeSeparators(path);
    return adopt(store::Project::create(native.toStdString(), info, *m_clock), path);
}

Status AuditDocument::adopt(Result<store::Project> project, const QString& path)
{
    if (!project)
        return project.error();
    auto info = project->auditInfo();
    if (!info)
        return info.error();
    close();
    m_project = std::make_unique<store::Project>(std::move(*project));
    m_info = std::move(*info);
    m_path = path;
    m_data->setPath(path);
    Q_EMIT opened();
    return {};
}

void AuditDocument::close()
{
    if (!m_project)
        return;
    m_undo->clear();
    m_project.reset();
    m_path.clear();
    m_info = {};
    m_data->setPath({});
    Q_EMIT closed();
}

Status AuditDocument::writeAuditInfo(const store::AuditInfo& info)
{
    if (!m_project)
        return Error::usage("no audit is open");
    if (auto s = m_project->updateAuditInfo(info, *m_clock); !s)
        return s;
    auto fresh = m_project->auditInfo();
    if (!fresh)
        return fresh.error();
    m_info = std::move(*fresh);
    m_data->invalidate(); // as_of and the audit period set the metrics window
    Q_EMIT auditInfoChanged();
    return {};
}

void AuditDocument::notifyDataChanged(const QString& table)
{
    if (AuditDataCache::dependsOn(table))
        m_data->invalidate();
    Q_EMIT dataChanged(table);
}

void AuditDocument::reportError(const QString& message)
{
    Q_EMIT errorOccurred(message);
}

QString describe(const Error& e)
{
    return QString::fromStdString(e.describe());
}

} // namespace sa::app
