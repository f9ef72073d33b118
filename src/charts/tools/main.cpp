// salesaudit-chart-samples OUTDIR: renders every chart kind with sample data to PNG and SVG (docs and tests).
#include "SampleCharts.h"
#include "charts/Charts.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QImageWriter>
#include <QTextStream>

namespace {

using namespace sa::charts;

struct Options {
    QDir dir;
    QSize size;
    double ratio = 1;
    QString language;
    bool gray = false;
    bool pdf = false;
};

bool writeGray(const ChartSpec& spec, const QString& path, const Options& o, const ChartStyle& style, QString* error)
{
    const QImage gray = toImage(spec, o.size, o.ratio, style).convertToFormat(QImage::Format_Grayscale8);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(gray);
    return writeFileAtomically(path, bytes, error);
}

// Every requested file of one sample; stops at the first failure.
bool writeSample(const samples::Sample& sample, const Options& o, const ChartStyle& style, QString* error)
{
    const QString stem = o.dir.filePath(sample.name);
    return writePng(sample.spec, stem + QStringLiteral(".png"), o.size, o.ratio, style, error)
        && writeSvg(sample.spec, stem + QStringLiteral(".svg"), o.size, style, error)
        && (!o.pdf || toPdf(sample.spec, stem + QStringLiteral(".pdf"), QSizeF(180, 100), style, error))
        && (!o.gray || writeGray(sample.spec, stem + QStringLiteral("-gray.png"), o, style, error));
}

// Parses the command line; returns false (usage error) when the values make no sense.
bool parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Renders every chart kind with sample data to PNG and SVG."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Folder for the files (created if needed)."));
    const QCommandLineOption width(
        QStringLiteral("width"), QStringLiteral("Logical width."), QStringLiteral("px"), QStringLiteral("900"));
    const QCommandLineOption height(
        QStringLiteral("height"), QStringLiteral("Logical height."), QStringLiteral("px"), QStringLiteral("500"));
    const QCommandLineOption dpr(QStringLiteral("dpr"), QStringLiteral("Device pixel ratio of the PNGs."),
        QStringLiteral("ratio"), QStringLiteral("1"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of legends: ru or en."),
        QStringLiteral("lang"), QStringLiteral("ru"));
    const QCommandLineOption gray(
        QStringLiteral("grayscale"), QStringLiteral("Also write NAME-gray.png: how the chart prints in grayscale."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Also write NAME.pdf (180 x 100 mm)."));
    p.addOptions({ width, height, dpr, lang, gray, pdf });
    p.process(app);
    o.size = QSize(p.value(width).toInt(), p.value(height).toInt());
    o.ratio = p.value(dpr).toDouble();
    o.language = p.value(lang);
    o.gray = p.isSet(gray);
    o.pdf = p.isSet(pdf);
    if (p.positionalArguments().size() != 1)
        return false;
    o.dir = QDir(p.positionalArguments().front());
    return !o.size.isEmpty() && o.ratio > 0;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    Options o;
    if (!parse(app, o)) {
        err << "usage: salesaudit-chart-samples OUTDIR [--width PX --height PX --dpr R --lang ru|en --grayscale "
               "--pdf]\n";
        return 2;
    }
    if (!installTranslations(o.language)) {
        err << "unknown language: " << o.language << '\n';
        return 2;
    }
    if (!QDir().mkpath(o.dir.path())) {
        err << "cannot create " << o.dir.path() << '\n';
        return 1;
    }
    const ChartStyle style = ChartStyle::forLanguage(o.language);
    for (const auto& sample : samples::all()) {
        QString error;
        if (!writeSample(sample, o, style, &error)) {
            err << error << '\n';
            return 1;
        }
        QTextStream(stdout) << o.dir.filePath(sample.name) << '\n';
    }
    return 0;
}
