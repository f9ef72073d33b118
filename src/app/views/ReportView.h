#pragma once
// Report: generates the PDF report in the background (progress, cancel; the GUI never waits) into a
// temporary file and previews it with Qt Pdf (page navigation, zoom); exports the PDF, the action plan
// (CSV, XLSX) and the audit JSON through src/report's writers. A change to the audit marks the
// preview stale; it is regenerated when the screen is shown.
#include "report/ReportJob.h"

#include <QFutureWatcher>
#include <QList>
#include <QTemporaryDir>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace sa::app {

class AuditDocument;

class ReportView : public QWidget {
    Q_OBJECT
public:
    explicit ReportView(AuditDocument* doc, QWidget* parent = nullptr);
    ~ReportView() override;

    /// Generates the preview (a running generation is cancelled and started again).
    void generate();
    void cancel();
    /// Writes the report PDF to `path`: the preview when it is current, else after regenerating.
    void exportPdf(const QString& path);
    /// Writes an export (PlanCsv, Xlsx, Json) to `path` in the background.
    void exportFile(ReportTask task, const QString& path);

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool isStale() const { return m_stale; }
    [[nodiscard]] QPdfDocument* pdfDocument() const { return m_pdf; }
    [[nodiscard]] QPdfView* pdfView() const { return m_view; }
    void setLanguage(report::Language language);
    /// Scrolls the preview to `page` (0-based).
    void showPage(int page);

Q_SIGNALS:
    /// The preview holds a freshly generated report of `pages` pages.
    void generated(int pages);
    /// An export finished; `error` is empty on success.
    void exported(const QString& path, const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildNavigation();
    void addExportButtons(QWidget* bar, QHBoxLayout* row);
    void addPageControls(QWidget* bar, QHBoxLayout* row);
    void start(ReportRequest request);
    void runNext();
    void finished();
    void adoptPreview(const ReportOutcome& outcome);
    void markStale();
    void updateState();
    void chooseExport(ReportTask task);
    [[nodiscard]] ReportRequest request(ReportTask task, const QString& target) const;
    [[nodiscard]] report::Language language() const;

    AuditDocument* m_doc;
    QTemporaryDir m_tmp;
    QFutureWatcher<ReportOutcome>* m_watcher;
    QList<ReportRequest> m_queue;
    ReportRequest m_running;
    QString m_previewFile;
    QString m_pendingPdfExport;
    QString m_note; ///< the last job's outcome when it was cancelled or failed
    int m_serial = 0;
    bool m_stale = true;
    bool m_hasPreview = false;
    QPdfDocument* m_pdf;
    QPdfView* m_view;
    QComboBox* m_language = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QSpinBox* m_page = nullptr;
    QLabel* m_pageCount = nullptr;
    QComboBox* m_zoom = nullptr;
    QTimer* m_debounce;
};

} // namespace sa::app
