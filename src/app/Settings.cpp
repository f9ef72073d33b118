#include "Settings.h"

#include <QDir>

namespace sa::app {

namespace {
const QString kRecent = QStringLiteral("files/recent");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLanguage = QStringLiteral("ui/language");
const QString kConsultant = QStringLiteral("audit/consultant");
} // namespace

QStringList Settings::recentFiles() const
{
    QStringList files = m_s.value(kRecent).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    return files;
}

void Settings::setRecentFiles(const QStringList& files)
{
    m_s.setValue(kRecent, files);
}

void Settings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    setRecentFiles(files);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    setRecentFiles(files);
}

QByteArray Settings::windowGeometry() const
{
    return m_s.value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& g)
{
    m_s.setValue(kGeometry, g);
}
QByteArray Settings::windowState() const
{
    return m_s.value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray& s)
{
    m_s.setValue(kState, s);
}

UiLanguage Settings::language() const
{
    return parseUiLanguage(m_s.value(kLanguage).toString());
}
void Settings::setLanguage(UiLanguage l)
{
    m_s.setValue(kLanguage, toString(l));
}

QString Settings::lastFolder() const
{
    return m_s.value(kLastFolder, QDir::homePath()).toString();
}
void Settings::setLastFolder(const QString& folder)
{
    m_s.setValue(kLastFolder, folder);
}

QString Settings::consultantName() const
{
    return m_s.value(kConsultant).toString();
}
void Settings::setConsultantName(const QString& name)
{
    m_s.setValue(kConsultant, name);
}

QString toString(UiLanguage l)
{
    switch (l) {
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::Russian:
        return QStringLiteral("ru");
    case UiLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

UiLanguage parseUiLanguage(const QString& s)
{
    if (s == QLatin1String("en"))
        return UiLanguage::English;
    if (s == QLatin1String("ru"))
        return UiLanguage::Russian;
    return UiLanguage::System;
}

} // namespace sa::app
