// The PDF report of a complete fixture model: page count, searchable text (pdftotext), literal user
// markup, embedded fonts, vector charts, atomic writing.
#include "PdfReportWriter.h"
#include "ReportFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace sa::report;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Whitespace (incl. NBSP and line breaks from wrapping) collapsed to one space.
QString flat(QString s)
{
    s.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return s.simplified();
}

struct Rendered {
    sa::test::TempDir dir;
    ReportModel model;
    QString path;
    int pages = 0;
    QString text;
};

const Rendered& fixturePdf(Language lang)
{
    static std::map<Language, std::unique_ptr<Rendered>> cache;
    auto& slot = cache[lang];
    if (!slot) {
        slot = std::make_unique<Rendered>();
        slot->model = sa::test::makeFixtureReport(lang, QStringLiteral(SA_SOURCE_DIR));
        slot->path = QString::fromStdString(slot->dir.file(lang == Language::Ru ? "report-ru.pdf" : "report-en.pdf"));
        const auto pages = PdfReportWriter().write(slot->model, slot->path);
        REQUIRE(pages.ok());
        // SA_REPORT_OUT=folder keeps a copy (used to render the docs/report PNGs).
        if (const QString out = qEnvironmentVariable("SA_REPORT_OUT"); !out.isEmpty())
            QFile::copy(slot->path, QDir(out).filePath(QFileInfo(slot->path).fileName()));
        slot->pages = *pages;
        slot->text = flat(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), slot->path, QStringLiteral("-") }));
    }
    return *slot;
}

} // namespace

TEST_CASE("fixture report: page count and printed contents", "[report][pdf]")
{
    const Rendered& r = fixturePdf(Language::Ru);
    REQUIRE(r.model.matrix.size() == 45);
    const QString info = run(QStringLiteral("pdfinfo"), { r.path });
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(r.pages))));
    CHECK(r.pages
        == 23); // the fixture laid out: cover, contents, summary, matrix (2), components, dashboards, plan, appendix
    CHECK(r.text.contains(QStringLiteral("ООО «Ромашка-Трейд»")));
    CHECK(r.text.contains(QStringLiteral("стр. 1 из %1").arg(r.pages)));
    CHECK(r.text.contains(QStringLiteral("стр. %1 из %1").arg(r.pages)));
    CHECK(r.text.contains(QStringLiteral("Содержание")));
}

TEST_CASE(
    "fixture report: every criterion id and name, the bottlenecks and the plan rows are in the text", "[report][pdf]")
{
    const Rendered& r = fixturePdf(Language::Ru);
    for (const MatrixCell& c : r.model.matrix) {
        INFO(c.id.toStdString());
        CHECK(r.text.contains(c.id + QLatin1Char(' ')));
        CHECK(r.text.contains(flat(c.name)));
        // In-scope criteria also head their own block in the component section.
        if (!c.outOfScope)
            CHECK(r.text.contains(flat(c.id + QStringLiteral(" · ") + c.name)));
    }
    REQUIRE(r.model.summary.topBottlenecks.size() == 5);
    for (const Bottleneck& b : r.model.summary.topBottlenecks) {
        CHECK(r.text.contains(flat(b.criterionId + QStringLiteral(" · ") + b.criterionName)));
        CHECK(r.text.contains(flat(r.model.labels.money(b.impact, r.model.card.currency))));
    }
    REQUIRE(r.model.plan.size() > 20);
    for (const ActionRow& a : r.model.plan) {
        INFO(a.text.toStdString());
        CHECK(r.text.contains(flat(a.text)));
    }
}

TEST_CASE("the printed contents give the page each section starts on", "[report][pdf]")
{
    const Rendered& r = fixturePdf(Language::Ru);
    const QString contents = flat(run(QStringLiteral("pdftotext"),
        { QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), r.path,
            QStringLiteral("-") }));
    const QStringList sections = { r.model.labels.summary, r.model.labels.matrix, r.model.labels.dashboards,
        r.model.labels.plan, r.model.labels.roadmap, r.model.labels.appendix };
    for (const QString& title : sections) {
        INFO(title.toStdString());
        // "title N" on the contents page, and the title is on page N.
        const qsizetype at = contents.indexOf(title + QLatin1Char(' '));
        REQUIRE(at >= 0);
        const int page = contents.mid(at + title.size() + 1).section(QLatin1Char(' '), 0, 0).toInt();
        REQUIRE(page > 2);
        const QString onPage = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), r.path,
                QStringLiteral("-") });
        CHECK(flat(onPage).contains(title));
    }
}

TEST_CASE("user markup prints literally and no resource is loaded", "[report][pdf][security]")
{
    const Rendered& r = fixturePdf(Language::Ru);
    CHECK(r.text.contains(flat(sa::test::kHostileExcerpt)));
    CHECK(r.text.contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(r.text.contains(QStringLiteral("<b>см.</b>")));
    QFile pdf(r.path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    // No image was loaded from the note's file URL; the charts are vectors, not bitmaps.
    CHECK_FALSE(bytes.contains("/Subtype /Image"));
    CHECK_FALSE(bytes.contains("root:x:0:0"));
}

TEST_CASE("DejaVu Sans is embedded", "[report][pdf]")
{
    const Rendered& r = fixturePdf(Language::Ru);
    const QStringList lines = run(QStringLiteral("pdffonts"), { r.path }).split(QLatin1Char('\n'));
    bool embedded = false;
    for (const QString& line : lines)
        if (line.contains(QStringLiteral("DejaVuSans"))) {
            CHECK(line.contains(QStringLiteral(" yes ")));
            embedded = true;
        }
    CHECK(embedded);
}

TEST_CASE("English report uses English labels", "[report][pdf]")
{
    const Rendered& r = fixturePdf(Language::En);
    CHECK(r.text.contains(QStringLiteral("page 1 of %1").arg(r.pages)));
    CHECK(r.text.contains(QStringLiteral("Executive summary")));
    CHECK(r.text.contains(QStringLiteral("P4 · Stalled deals")));
}

TEST_CASE("a failed write leaves the earlier file byte-identical and no temp file", "[report][pdf][atomic]")
{
    sa::test::TempDir dir;
    const QString target = QString::fromStdString(dir.file("report.pdf"));
    const QByteArray before("%PDF-1.4 the earlier report\n");
    {
        QFile f(target);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    const ReportModel model = sa::test::makeFixtureReport(Language::Ru, QStringLiteral(SA_SOURCE_DIR));
    int calls = 0;
    PdfOptions options;
    options.progress = [&](int done, int) {
        ++calls;
        return done < 5;
    }; // fails mid-way, after page 5
    const auto result = PdfReportWriter(options).write(model, target);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == sa::ErrorKind::Cancelled);
    CHECK(calls == 5);
    CHECK(QByteArray::fromStdString(sa::test::readFile(target.toStdString())) == before);
    CHECK(QDir(QString::fromStdString(dir.path().string())).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("report.pdf") });

    const QString missing = QString::fromStdString(dir.file("no-such-folder/report.pdf"));
    const auto noFolder = PdfReportWriter().write(model, missing);
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().kind == sa::ErrorKind::InputRejected);
    CHECK_FALSE(QFile::exists(missing));
}
