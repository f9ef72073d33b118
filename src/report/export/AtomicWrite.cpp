#include "AtomicWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cstdio>

namespace sa::report {

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::rejected("cannot write: " + file.errorString().toStdString(), path.toStdString());
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::internal("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    }
    if (!file.commit())
        return Error::internal("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    return {};
}

Status writeViaTempPath(const QString& path, const std::function<Status(const QString&)>& fill)
{
    const QFileInfo target(path);
    if (target.isDir())
        return Error::rejected("the target is a folder", path.toStdString());
    QTemporaryFile temp(
        target.absoluteDir().filePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".XXXXXX")));
    if (!temp.open())
        return Error::rejected("cannot write: " + temp.errorString().toStdString(), path.toStdString());
    const QString tempPath = temp.fileName();
    temp.close(); // the library reopens the path itself; QTemporaryFile still removes it on failure
    if (Status s = fill(tempPath); !s)
        return s;
    // rename(2) replaces the target atomically on the same file system.
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0)
        return Error::internal("cannot replace " + path.toStdString());
    temp.setAutoRemove(false);
    return {};
}

} // namespace sa::report
