#include "ChartTestSupport.h"
#include "SampleCharts.h"
#include "charts/Charts.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sa::charts;

namespace {
QString u(const char* s)
{
    return QString::fromUtf8(s);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("SVG is valid XML and keeps the labels as text", "[charts][svg]")
{
    QString error;
    const QStringList funnel = test::svgTexts(toSvg(samples::funnel(), QSize(900, 500)), &error);
    CHECK(error.isEmpty());
    CHECK(funnel.contains(u("Новый лид")));
    CHECK(funnel.contains(u("Переговоры и согласование договора")));
    CHECK(funnel.contains(u("4\u202F820")));
    const QStringList matrix = test::svgTexts(toSvg(samples::trafficLights(), QSize(900, 500)), &error);
    CHECK(error.isEmpty());
    for (const char* id : { "M1", "P5", "C9", "T4", "S7" })
        CHECK(matrix.contains(QString::fromLatin1(id)));
}

TEST_CASE("labels with markup stay text in SVG", "[charts][svg]")
{
    FunnelChart f;
    f.title = u("<b>Q&A</b> \"воронка\" <img src=\"file:///etc/passwd\">");
    f.stages = { { u("A & B <этап>"), 10, {}, {} }, { u("C"), 5, {}, {} } };
    QString error;
    const QByteArray svg = toSvg(f, QSize(600, 300));
    const QStringList texts = test::svgTexts(svg, &error);
    CHECK(error.isEmpty());
    CHECK(texts.join(QString()).contains(u("A & B <этап>"))); // text runs split by script
    CHECK_FALSE(svg.contains("<img"));
    CHECK_FALSE(svg.contains("<b>"));
}

TEST_CASE("PDF export writes a searchable PDF atomically", "[charts][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("funnel.pdf"));
    QString error;
    REQUIRE(toPdf(samples::funnel(), path, QSizeF(180, 100), ChartStyle(), &error));
    CHECK(error.isEmpty());
    CHECK(readAll(path).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) not found: text extraction not checked");
        return;
    }
    QProcess proc;
    proc.start(pdftotext, { path, QStringLiteral("-") });
    REQUIRE(proc.waitForFinished(30000));
    const QString text = QString::fromUtf8(proc.readAllStandardOutput());
    CHECK(text.contains(u("Новый лид")));
    CHECK(text.contains(u("Квалификация")));
    CHECK(text.contains(u("Воронка продаж")));
}

TEST_CASE("a failed write leaves the old file untouched", "[charts][io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QString error;
    CHECK_FALSE(writePng(samples::nps(), path, QSize(0, 0), 1.0, ChartStyle(), &error)); // nothing to write
    CHECK_FALSE(error.isEmpty());
    CHECK(readAll(path) == "old");
    CHECK_FALSE(writeSvg(
        samples::nps(), dir.filePath(QStringLiteral("missing/dir/x.svg")), QSize(100, 100), ChartStyle(), &error));
    CHECK(error.contains(QStringLiteral("missing/dir")));
    REQUIRE(writePng(samples::nps(), path, QSize(300, 200), 2.0, ChartStyle(), &error));
    const QImage back(path);
    CHECK(back.size() == QSize(600, 400));
}
