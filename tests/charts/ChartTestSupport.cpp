#include "ChartTestSupport.h"

#include <QXmlStreamReader>
#include <QtGlobal>

#include <array>
#include <cstdio>

namespace sa::charts::test {

namespace {

int g_warnings = 0;
QString g_last;
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        ++g_warnings;
        g_last = message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

void installMessageCounter()
{
    g_previous = qInstallMessageHandler(handler);
}

int warningCount() { return g_warnings; }
QString lastWarning() { return g_last; }

QStringList svgTexts(const QByteArray& svg, QString* error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return texts;
}

int dominantGray(const QImage& image, int ignoreAbove)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    std::array<qsizetype, 256> histogram{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++histogram[line[x]];
    }
    int best = 0;
    for (int g = 1; g < ignoreAbove && g < 256; ++g)
        if (histogram[static_cast<std::size_t>(g)] > histogram[static_cast<std::size_t>(best)])
            best = g;
    return best;
}

qsizetype inkedPixels(const QImage& image)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb first = img.pixel(0, 0);
    qsizetype n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += img.pixel(x, y) != first ? 1 : 0;
    return n;
}

} // namespace sa::charts::test
