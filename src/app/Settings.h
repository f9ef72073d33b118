#pragma once
// Every persistent user setting, declared once with its type and default, over QSettings.
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace sa::app {

/// The UI language the user picked; System follows the operating system's locale.
enum class UiLanguage { System, English, Russian };

/// Typed access to the application's settings. Construct on the stack where needed: QSettings
/// is cheap and shares one backing store per organisation/application.
class Settings {
public:
    Settings() = default;

    static constexpr int kMaxRecentFiles = 10;

    /// Most recent first; at most kMaxRecentFiles entries, no duplicates.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& g);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& s);

    UiLanguage language() const;
    void setLanguage(UiLanguage l);

    /// The folder last used in a file dialog (default: the home folder).
    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    /// The consultant's name, pre-filled in the new-audit dialog.
    QString consultantName() const;
    void setConsultantName(const QString& name);

private:
    void setRecentFiles(const QStringList& files);
    mutable QSettings m_s;
};

/// "system" / "en" / "ru" as stored; unknown text maps to System.
QString toString(UiLanguage l);
UiLanguage parseUiLanguage(const QString& s);

} // namespace sa::app
