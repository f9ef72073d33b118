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

bool writeGray(const sa::charts::ChartSpec& spec, const QString& path, const QSize& size, double ratio,
    const sa::charts::ChartStyle& style, QString* error)
{
    const QImage gray = sa::charts::toImage(spec, size, ratio, style).convertToFormat(QImage::Format_Grayscale8);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(gray);
    return sa::charts::writeFileAtomically(path, bytes, error);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders every chart kind with sample data to PNG and SVG."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Folder for the files (created if needed)."));
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
    parser.addOptions({ width, height, dpr, lang, gray, pdf });
    parser.process(app);
    QTextStream err(stderr);
    const QSize size(parser.value(width).toInt(), parser.value(height).toInt());
    const double ratio = parser.value(dpr).toDouble();
    if (parser.positionalArguments().size() != 1 || size.isEmpty() || !(ratio > 0)) {
        err << "usage: salesaudit-chart-samples OUTDIR [--width PX --height PX --dpr R --lang ru|en]\n";
        return 2;
    }
    if (!sa::charts::installTranslations(parser.value(lang))) {
        err << "unknown language: " << parser.value(lang) << '\n';
        return 2;
    }
    const QDir dir(parser.positionalArguments().front());
    if (!QDir().mkpath(dir.path())) {
        err << "cannot create " << dir.path() << '\n';
        return 1;
    }
    const sa::charts::ChartStyle style = sa::charts::ChartStyle::forLanguage(parser.value(lang));
    QTextStream out(stdout);
    for (const auto& sample : sa::charts::samples::all()) {
        QString error;
        const QString stem = dir.filePath(sample.name);
        if (!sa::charts::writePng(sample.spec, stem + QStringLiteral(".png"), size, ratio, style, &error)
            || !sa::charts::writeSvg(sample.spec, stem + QStringLiteral(".svg"), size, style, &error)) {
            err << error << '\n';
            return 1;
        }
        out << stem << ".png\n" << stem << ".svg\n";
        if (parser.isSet(pdf)
            && !sa::charts::toPdf(sample.spec, stem + QStringLiteral(".pdf"), QSizeF(180, 100), style, &error)) {
            err << error << '\n';
            return 1;
        }
        if (parser.isSet(gray)
            && !writeGray(sample.spec, stem + QStringLiteral("-gray.png"), size, ratio, style, &error)) {
            err << error << '\n';
            return 1;
        }
    }
    return 0;
}
