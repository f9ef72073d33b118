#include "PdfReportWriter.h"

#include "charts/ChartTranslations.h"
#include "pdf/PageComposer.h"
#include "pdf/ReportSections.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace sa::report {

namespace {

bool sameToc(const std::vector<pdf::TocEntry>& a, const std::vector<pdf::TocEntry>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const pdf::TocEntry& x, const pdf::TocEntry& y) {
        return x.title == y.title && x.level == y.level && x.page == y.page;
    });
}

/// Lays the report out without painting until the contents page numbers are stable.
std::vector<pdf::TocEntry> measure(pdf::PageComposer& composer, const ReportModel& model, int* pages)
{
    std::vector<pdf::TocEntry> toc;
    for (int pass = 0; pass < 4; ++pass) {
        pdf::ReportSections sections(composer, model, toc);
        composer.start(nullptr, {});
        sections.compose();
        *pages = composer.page();
        const bool stable = sameToc(sections.toc(), toc);
        toc = sections.toc();
        if (stable)
            break;
    }
    return toc;
}

void decorate(pdf::PageComposer& c, QPainter& p, const ReportModel& m, int page, int total)
{
    const QFont f = c.font(7.5);
    const QColor muted(0x61, 0x61, 0x61);
    const QRectF body = c.body();
    const double band = c.mm(6);
    const QRectF header(body.left(), body.top() - c.mm(12), body.width(), band);
    c.textBox(m.card.company + QStringLiteral(" · ") + m.labels.reportTitle, f,
        header.adjusted(0, 0, -body.width() * 0.3, 0), muted);
    c.textBox(m.card.reportDate, f, header.adjusted(body.width() * 0.7, 0, 0, 0), muted, Qt::AlignRight);
    p.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), c.mm(0.2)));
    p.drawLine(QPointF(body.left(), header.bottom()), QPointF(body.right(), header.bottom()));
    const QRectF footer(body.left(), body.bottom() + c.mm(6), body.width(), band);
    p.drawLine(QPointF(body.left(), footer.top() - c.mm(1)), QPointF(body.right(), footer.top() - c.mm(1)));
    c.textBox(m.card.company + QStringLiteral(" · ") + m.card.reportDate, f,
        footer.adjusted(0, 0, -body.width() * 0.3, 0), muted);
    c.textBox(m.labels.pageOf(page, total), f, footer.adjusted(body.width() * 0.6, 0, 0, 0), Qt::black, Qt::AlignRight);
}

} // namespace

bool ensureReportFonts()
{
    static const bool ok = [] {
        if (QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")))
            return true;
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        const int regular = QFontDatabase::addApplicationFont(dir + QStringLiteral("DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(dir + QStringLiteral("DejaVuSans-Bold.ttf"));
        return regular >= 0;
    }();
    return ok;
}

PdfReportWriter::PdfReportWriter(PdfOptions options)
    : m_options(std::move(options))
{
}

Result<int> PdfReportWriter::write(const ReportModel& model, const QString& path) const
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::internal("the PDF writer needs a QGuiApplication");
    if (!ensureReportFonts())
        return Error::internal("the report font DejaVu Sans is not installed (fonts-dejavu-core)");
    // Chart texts (legends, axis notes) follow the report's language on this thread only.
    const charts::LanguageScope chartLanguage(
        model.labels.language == Language::Ru ? QStringLiteral("ru") : QStringLiteral("en"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::rejected("cannot write the report: " + file.errorString().toStdString(), path.toStdString());
    QPdfWriter writer(&file);
    writer.setResolution(m_options.dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(model.labels.reportTitle + QStringLiteral(" — ") + model.card.company);
    writer.setCreator(QStringLiteral("Sales Audit Workbench"));

    int total = 0;
    bool cancelled = false;
    pdf::PageComposer composer(writer, m_options.dpi, [&] {
        if (m_options.progress && !m_options.progress(composer.page() - 1, total))
            cancelled = true;
        return !cancelled && writer.newPage();
    });
    const std::vector<pdf::TocEntry> toc = measure(composer, model, &total);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::internal("cannot start the PDF painter for " + path.toStdString());
    painter.setRenderHint(QPainter::Antialiasing);
    pdf::ReportSections sections(composer, model, toc);
    composer.start(&painter, [&](QPainter& p, int page) { decorate(composer, p, model, page, total); });
    sections.compose();
    painter.end();
    if (!cancelled && m_options.progress && !m_options.progress(total, total))
        cancelled = true;
    if (cancelled) {
        file.cancelWriting();
        return Error::cancelled();
    }
    if (composer.page() != total) {
        file.cancelWriting();
        return Error::internal("report layout changed between passes");
    }
    if (!file.commit())
        return Error::internal(
            "cannot write the report " + path.toStdString() + ": " + file.errorString().toStdString());
    return total;
}

} // namespace sa::report
