#pragma once
// The workbench window: a sidebar of screens, the screens themselves, menus and window state.
// Each screen is its own view class; file actions live in FileController.
#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace sa::app {

class AuditDocument;
class FileController;
class ScoreService;
class StartView;
class OverviewView;
class DataView;
class EvidenceView;
class ScorecardView;

/// The screens in sidebar order.
enum class Screen { Start, Overview, Data, Evidence, Scorecard, Dashboards, ActionPlan, Report };
constexpr int kScreenCount = 8;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] AuditDocument* document() const { return m_doc; }
    [[nodiscard]] FileController* files() const { return m_files; }
    [[nodiscard]] ScoreService* scores() const { return m_scores; }
    void showScreen(Screen s);
    [[nodiscard]] Screen currentScreen() const;
    [[nodiscard]] QWidget* screenWidget(Screen s) const;
    [[nodiscard]] static QString screenTitle(Screen s);
    /// Shows an error without blocking (a window-modal message box); the program keeps running.
    void showError(const QString& title, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildScreens();
    void buildMenus();
    void linkEvidence(EvidenceView* evidence, ScorecardView* scorecard);
    void updateForDocument();
    void restoreWindow();
    void openSettings();

    AuditDocument* m_doc;
    FileController* m_files;
    ScoreService* m_scores;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    StartView* m_start = nullptr;
    OverviewView* m_overview = nullptr;
};

} // namespace sa::app
