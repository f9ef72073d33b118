#include "ReportView.h"

#include "AtomicWrite.h"
#include "AuditDocument.h"
#include "PdfReportWriter.h"
#include "plan/RoadmapWidget.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sa::app {

ReportView::ReportView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_watcher(new QFutureWatcher<ReportOutcome>(this))
    , m_pdf(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_debounce(new QTimer(this))
{
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("Report preview"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildNavigation());
    layout->addWidget(m_view, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (isVisible() && m_stale)
            generate();
    });
    connect(m_watcher, &QFutureWatcher<ReportOutcome>::finished, this, &ReportView::finished);
    connect(m_watcher, &QFutureWatcher<ReportOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(doc, &AuditDocument::dataChanged, this, &ReportView::markStale);
    connect(doc, &AuditDocument::auditInfoChanged, this, &ReportView::markStale);
    connect(doc, &AuditDocument::opened, this, &ReportView::markStale);
    connect(doc, &AuditDocument::closed, this, [this] {
        cancel();
        m_queue.clear();
        m_pdf->close();
        m_hasPreview = false;
        m_stale = true;
        updateState();
    });
    updateState();
}

ReportView::~ReportView()
{
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

QWidget* ReportView::buildToolbar()
{
    auto* bar = new QWidget(this);
    m_language = new QComboBox(bar);
    m_language->addItem(QStringLiteral("Русский"), int(report::Language::Ru));
    m_language->addItem(QStringLiteral("English"), int(report::Language::En));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Russian ? 0 : 1);
    auto* languageLabel = new QLabel(tr("Report &language:"), bar);
    languageLabel->setBuddy(m_language);
    m_generate = new QPushButton(QIcon(QStringLiteral(":/icons/report.svg")), tr("&Generate"), bar);
    m_cancel = new QPushButton(tr("&Cancel"), bar);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_status = new QLabel(bar);
    m_status->setWordWrap(true);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(languageLabel);
    row->addWidget(m_language);
    row->addWidget(m_generate);
    row->addWidget(m_cancel);
    row->addWidget(m_progress);
    row->addWidget(m_status, 1);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportView::markStale);
    connect(m_generate, &QPushButton::clicked, this, &ReportView::generate);
    connect(m_cancel, &QPushButton::clicked, this, &ReportView::cancel);
    return bar;
}

QWidget* ReportView::buildNavigation()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    addExportButtons(bar, row);
    row->addStretch(1);
    addPageControls(bar, row);
    return bar;
}

void ReportView::addExportButtons(QWidget* bar, QHBoxLayout* row)
{
    row->addWidget(new QLabel(tr("Export:"), bar));
    m_exportPdf = new QPushButton(tr("&PDF…"), bar);
    row->addWidget(m_exportPdf);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the report"), tr("audit-report.pdf"), tr("PDF document (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    const std::pair<ReportTask, const char*> exports[] = { { ReportTask::PlanCsv, QT_TR_NOOP("Action plan &CSV…") },
        { ReportTask::Xlsx, QT_TR_NOOP("Criteria and plan &XLSX…") },
        { ReportTask::Json, QT_TR_NOOP("Audit &JSON…") } };
    for (const auto& [task, label] : exports) {
        auto* b = new QPushButton(tr(label), bar);
        row->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, task = task] { chooseExport(task); });
    }
}

void ReportView::addPageControls(QWidget* bar, QHBoxLayout* row)
{
    auto* prev = new QToolButton(bar);
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous page"));
    auto* next = new QToolButton(bar);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next page"));
    m_page = new QSpinBox(bar);
    m_page->setAccessibleName(tr("Page"));
    m_pageCount = new QLabel(bar);
    auto* pageLabel = new QLabel(tr("P&age"), bar);
    pageLabel->setBuddy(m_page);
    m_zoom = new QComboBox(bar);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Fit width"), -1.0);
    m_zoom->addItem(tr("Whole page"), -2.0);
    for (int pct : { 50, 75, 100, 125, 150, 200 })
        m_zoom->addItem(QStringLiteral("%1 %").arg(pct), pct / 100.0);
    for (QWidget* w : std::initializer_list<QWidget*> { prev, pageLabel, m_page, m_pageCount, next, m_zoom })
        row->addWidget(w);
    auto* nav = m_view->pageNavigator();
    connect(prev, &QToolButton::clicked, this, [this, nav] { showPage(nav->currentPage() - 1); });
    connect(next, &QToolButton::clicked, this, [this, nav] { showPage(nav->currentPage() + 1); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int v) { showPage(v - 1); });
    connect(nav, &QPdfPageNavigator::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
    });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        const double z = m_zoom->currentData().toDouble();
        m_view->setZoomMode(z == -1.0 ? QPdfView::ZoomMode::FitToWidth
                : z == -2.0           ? QPdfView::ZoomMode::FitInView
                                      : QPdfView::ZoomMode::Custom);
        if (z > 0)
            m_view->setZoomFactor(z);
    });
}

void ReportView::showPage(int page)
{
    auto* nav = m_view->pageNavigator();
    if (page >= 0 && page < m_pdf->pageCount())
        nav->jump(page, {}, nav->currentZoom());
}

report::Language ReportView::language() const
{
    return report::Language(m_language->currentData().toInt());
}

void ReportView::setLanguage(report::Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

ReportRequest ReportView::request(ReportTask task, const QString& target) const
{
    return { task, m_doc->path(), target, language(), m_doc->clock().now() };
}

bool ReportView::isBusy() const
{
    return m_watcher->isRunning() || !m_queue.isEmpty();
}

void ReportView::generate()
{
    if (!m_doc->isOpen() || !m_tmp.isValid())
        return;
    m_debounce->stop();
    m_queue.removeIf([](const ReportRequest& r) { return r.task == ReportTask::Pdf; });
    if (m_watcher->isRunning() && m_running.task == ReportTask::Pdf)
        m_watcher->cancel();
    m_stale = false;
    m_note.clear();
    start(request(ReportTask::Pdf, m_tmp.filePath(QStringLiteral("report-%1.pdf").arg(++m_serial))));
}

void ReportView::cancel()
{
    m_queue.removeIf([](const ReportRequest& r) { return r.task == ReportTask::Pdf; });
    if (m_watcher->isRunning())
        m_watcher->cancel();
    m_pendingPdfExport.clear();
}

void ReportView::exportPdf(const QString& path)
{
    const bool busyWithPdf = (m_watcher->isRunning() && m_running.task == ReportTask::Pdf)
        || std::any_of(
            m_queue.begin(), m_queue.end(), [](const ReportRequest& r) { return r.task == ReportTask::Pdf; });
    if (m_hasPreview && !m_stale && !busyWithPdf) {
        QFile f(m_previewFile);
        Status s = f.open(QIODevice::ReadOnly) ? report::writeFileAtomically(path, f.readAll())
                                               : Status(Error::internal(f.errorString().toStdString()));
        Q_EMIT exported(path, s ? QString() : describe(s.error()));
        if (!s)
            m_doc->reportError(tr("The report could not be exported: %1").arg(describe(s.error())));
        return;
    }
    m_pendingPdfExport = path; // written when the fresh preview is ready
    if (!busyWithPdf || m_stale)
        generate();
}

void ReportView::chooseExport(ReportTask task)
{
    const bool csv = task == ReportTask::PlanCsv;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
        csv                            ? tr("action-plan.csv")
            : task == ReportTask::Xlsx ? tr("audit.xlsx")
                                       : tr("audit.json"),
        csv                            ? tr("CSV for Excel (*.csv)")
            : task == ReportTask::Xlsx ? tr("Excel workbook (*.xlsx)")
                                       : tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportFile(task, path);
}

void ReportView::exportFile(ReportTask task, const QString& path)
{
    if (m_doc->isOpen())
        start(request(task, path));
}

void ReportView::start(ReportRequest r)
{
    m_queue.append(std::move(r));
    if (!m_watcher->isRunning())
        runNext();
    updateState();
}

void ReportView::runNext()
{
    if (m_queue.isEmpty())
        return;
    m_running = m_queue.takeFirst();
    report::ensureReportFonts(); // adds the font on the GUI thread, before the worker lays out pages
    m_progress->setValue(0);
    m_watcher->setFuture(startReportJob(m_running));
}

void ReportView::finished()
{
    syncChartLanguage(); // the PDF writer switched the chart strings to the report's language
    const QFuture<ReportOutcome> future = m_watcher->future();
    ReportOutcome out { m_running, 0, {}, true };
    if (future.resultCount() > 0)
        out = future.result();
    if (out.request.task == ReportTask::Pdf && out.request.projectPath != m_doc->path()) // an audit no longer open
        out.cancelled = true;
    if (out.request.task == ReportTask::Pdf) {
        const bool replaced = std::any_of(
            m_queue.begin(), m_queue.end(), [](const ReportRequest& r) { return r.task == ReportTask::Pdf; });
        if (out.cancelled && !replaced) // a generation cancelled for a newer one leaves nothing stale
            m_stale = true;
        else if (out.error.isEmpty())
            adoptPreview(out);
        else
            m_doc->reportError(tr("The report could not be generated: %1").arg(out.error));
    } else {
        Q_EMIT exported(out.request.target, out.cancelled ? tr("cancelled") : out.error);
        if (!out.error.isEmpty())
            m_doc->reportError(tr("The export failed: %1").arg(out.error));
    }
    m_note = out.cancelled ? tr("Cancelled.") : out.error;
    runNext();
    updateState();
    if (m_stale && isVisible() && !isBusy())
        m_debounce->start();
}

void ReportView::adoptPreview(const ReportOutcome& outcome)
{
    const QString old = m_previewFile;
    m_pdf->close();
    if (m_pdf->load(outcome.request.target) != QPdfDocument::Error::None) {
        m_doc->reportError(tr("The report preview could not be opened."));
        return;
    }
    if (!old.isEmpty())
        QFile::remove(old);
    m_previewFile = outcome.request.target;
    m_hasPreview = true;
    m_page->setRange(1, std::max(1, m_pdf->pageCount()));
    m_pageCount->setText(tr("of %1").arg(m_pdf->pageCount()));
    if (!m_pendingPdfExport.isEmpty() && !m_stale)
        exportPdf(std::exchange(m_pendingPdfExport, QString()));
    Q_EMIT generated(outcome.pages);
}

void ReportView::markStale()
{
    m_stale = true;
    updateState();
    if (isVisible())
        m_debounce->start();
}

void ReportView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_doc->isOpen() && m_stale && !isBusy())
        generate();
}

void ReportView::updateState()
{
    const bool busy = isBusy();
    m_generate->setEnabled(m_doc->isOpen());
    m_generate->setText(m_hasPreview ? tr("Re&generate") : tr("&Generate"));
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    m_exportPdf->setEnabled(m_doc->isOpen());
    if (busy)
        m_status->setText(m_running.task == ReportTask::Pdf ? tr("Generating the report…") : tr("Exporting…"));
    else if (!m_note.isEmpty())
        m_status->setText(m_note);
    else if (!m_doc->isOpen())
        m_status->setText(tr("Open an audit to see its report."));
    else if (m_hasPreview && m_stale)
        m_status->setText(tr("The audit changed since this preview was made."));
    else if (m_hasPreview)
        m_status->setText(tr("Preview of %n page(s).", nullptr, m_pdf->pageCount()));
}

} // namespace sa::app
