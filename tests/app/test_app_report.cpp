// Report screen on the demo audit: the PDF is generated on a worker while the GUI thread keeps
// running, the Qt Pdf preview holds every page; a change marks the preview stale; the PDF, plan
// CSV, XLSX and JSON exports write their files through src/report's writers.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "views/ReportView.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sa;
using namespace sa::app;

class TestAppReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generatesInTheBackgroundAndPreviews();
    void changeMarksThePreviewStale();
    void exportsWriteFiles();
    void cancelKeepsTheGuiResponsive();

private:
    QByteArray head(const QString& path, int n = 8) const;
    QTemporaryDir m_dir;
    FixedClock m_clock { toLocalSeconds({ 2025, 7, 1 }, { 10, 0, 0 }) };
    AuditDocument m_doc;
    std::unique_ptr<ReportView> m_view;
    int m_pages = 0;
};

QByteArray TestAppReport::head(const QString& path, int n) const
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

void TestAppReport::initTestCase()
{
    apptest::isolateSettings();
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString made = apptest::makeDemoProject(path);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    m_doc.setClock(&m_clock);
    QVERIFY(m_doc.open(path).ok());
    m_view = std::make_unique<ReportView>(&m_doc);
    m_view->setLanguage(report::Language::En);
}

void TestAppReport::generatesInTheBackgroundAndPreviews()
{
    QSignalSpy generated(m_view.get(), &ReportView::generated);
    QElapsedTimer timer;
    timer.start();
    m_view->generate();
    QVERIFY(timer.elapsed() < 200); // started, not run, on the GUI thread
    QVERIFY(m_view->isBusy());
    // The event loop keeps turning while the worker writes the PDF.
    int ticks = 0;
    qint64 last = timer.elapsed(), longest = 0;
    QVERIFY(apptest::waitFor(
        [&] {
            ++ticks;
            longest = std::max(longest, timer.elapsed() - last);
            last = timer.elapsed();
            return !generated.isEmpty();
        },
        120000));
    QVERIFY(ticks > 1);
    qInfo("longest pause between event-loop turns while generating: %lld ms (%d turns)", longest, ticks);
    m_pages = generated.first().first().toInt();
    QPdfDocument* pdf = m_view->pdfDocument();
    QCOMPARE(pdf->status(), QPdfDocument::Status::Ready);
    QCOMPARE(pdf->pageCount(), m_pages);
    QVERIFY2(m_pages > 10, qPrintable(QString::number(m_pages)));
    QVERIFY(!m_view->isStale());
    qInfo("demo report: %d pages in %lld ms", m_pages, timer.elapsed());
}

void TestAppReport::changeMarksThePreviewStale()
{
    QVERIFY(!m_view->isStale());
    m_doc.notifyDataChanged(QStringLiteral("actions"));
    QVERIFY(m_view->isStale());
    QSignalSpy generated(m_view.get(), &ReportView::generated);
    m_view->generate();
    QVERIFY(generated.wait(120000));
    QVERIFY(!m_view->isStale());
    QCOMPARE(generated.first().first().toInt(), m_pages);
}

void TestAppReport::exportsWriteFiles()
{
    QSignalSpy exported(m_view.get(), &ReportView::exported);
    const QString pdf = m_dir.filePath(QStringLiteral("out/report.pdf"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
    const QString csv = m_dir.filePath(QStringLiteral("out/plan.csv"));
    const QString xlsx = m_dir.filePath(QStringLiteral("out/audit.xlsx"));
    const QString json = m_dir.filePath(QStringLiteral("out/audit.json"));
    m_view->exportPdf(pdf); // the preview is current: copied at once
    m_view->exportFile(ReportTask::PlanCsv, csv);
    m_view->exportFile(ReportTask::Xlsx, xlsx);
    m_view->exportFile(ReportTask::Json, json);
    QVERIFY(apptest::waitFor([&] { return exported.count() == 4; }, 120000));
    for (const auto& signal : exported)
        QVERIFY2(signal.at(1).toString().isEmpty(), qPrintable(signal.at(1).toString()));
    QVERIFY(head(pdf).startsWith("%PDF"));
    QPdfDocument copy;
    QCOMPARE(copy.load(pdf), QPdfDocument::Error::None);
    QCOMPARE(copy.pageCount(), m_pages);
    QVERIFY(head(csv).startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for Excel
    QVERIFY(head(xlsx).startsWith("PK"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(root.contains(QStringLiteral("score")) && root.contains(QStringLiteral("report")));

    // A stale preview is regenerated before the PDF is exported.
    const QString again = m_dir.filePath(QStringLiteral("out/report-again.pdf"));
    m_doc.notifyDataChanged(QStringLiteral("actions"));
    exported.clear();
    m_view->exportPdf(again);
    QVERIFY(exported.wait(120000));
    QVERIFY(head(again).startsWith("%PDF"));
}

void TestAppReport::cancelKeepsTheGuiResponsive()
{
    QSignalSpy generated(m_view.get(), &ReportView::generated);
    m_doc.notifyDataChanged(QString());
    m_view->generate();
    m_view->cancel();
    QVERIFY(apptest::waitFor([&] { return !m_view->isBusy(); }, 120000));
    QVERIFY(generated.isEmpty() || generated.first().first().toInt() == m_pages);
    QCOMPARE(m_view->pdfDocument()->pageCount(), m_pages); // the earlier preview stays
}

QTEST_MAIN(TestAppReport)
#include "test_app_report.moc"
