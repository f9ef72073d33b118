#pragma once
#include <QMainWindow>

class QLabel;

namespace sa::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    void openProject(const QString& path);

private:
    void newProject();
    void chooseProject();
    QLabel* m_info;
};

} // namespace sa::app
