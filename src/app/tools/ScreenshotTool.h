#pragma once
// Renders every screen and dialog at 1280×800 in English and Russian to PNG files, headless.
#include <QString>

class QWidget;

namespace sa::app {

class MainWindow;

class ScreenshotTool {
public:
    /// `project` (optional; default: a freshly generated demo audit) is copied to a temporary folder and shown; the
    /// original is never written.
    ScreenshotTool(QString outDir, QString project);
    /// 0 on success; messages on stderr.
    int run();

private:
    bool renderLanguage(const QString& lang);
    bool save(QWidget* w, const QString& lang, const QString& name);
    void settle(MainWindow& window);
    bool renderImportWizard(MainWindow& window, const QString& lang, const QString& folder);
    bool renderDashboards(MainWindow& window, const QString& lang);
    /// Evidence with a note in the editor, a search and the criterion picker; Scorecard details
    /// of a measured criterion and its threshold dialog.
    bool renderEvidenceAndScorecard(MainWindow& window, const QString& lang);
    bool renderPlanAndReport(MainWindow& window, const QString& lang);
    /// Data screen after the drill-down from P4's stalled deals: the filtered table under its banner.
    bool renderDrillDown(MainWindow& window, const QString& lang);
    static QString writeSampleExport(MainWindow& window, const QString& folder);
    QString m_outDir;
    QString m_project;
    int m_saved = 0;
};

} // namespace sa::app
