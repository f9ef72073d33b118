#pragma once
// Start screen: recent audits (missing files greyed), New audit, Open, the demo audit.
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace sa::app {

class FileController;

class StartView : public QWidget {
    Q_OBJECT
public:
    StartView(FileController* files, QWidget* parent = nullptr);
    /// Re-reads the recent-files list from Settings.
    void refreshRecent();
    [[nodiscard]] QListWidget* recentList() const { return m_recent; }

private:
    void openItem(QListWidgetItem* item);
    FileController* m_files;
    QListWidget* m_recent;
    QPushButton* m_demo;
};

} // namespace sa::app
