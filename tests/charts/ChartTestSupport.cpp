#include "ChartTestSupport.h"

#include <QXmlStreamReader>
#include <QtGlobal>
#include <algorithm>
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

int warningCount()
{
    return g_warnings;
}
QString lastWarning()
{
    return g_last;
}

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

std::vector<SvgText> svgTextItems(const QByteArray& svg)
{
    std::vector<SvgText> items;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("text"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        SvgText t { {}, a.value(QLatin1String("x")).toDouble(), a.value(QLatin1String("y")).toDouble(),
            a.value(QLatin1String("font-size")).toDouble() };
        t.text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        items.push_back(t);
    }
    return items;
}

bool linesApart(const std::vector<SvgText>& items, const QString& prefix, int* count)
{
    std::vector<SvgText> hits;
    for (const SvgText& t : items)
        if (t.text.startsWith(prefix))
            hits.push_back(t);
    std::sort(hits.begin(), hits.end(), [](const SvgText& a, const SvgText& b) { return a.y < b.y; });
    if (count)
        *count = static_cast<int>(hits.size());
    for (std::size_t i = 1; i < hits.size(); ++i)
        if (hits[i].y - hits[i - 1].y < hits[i].fontSize * 0.95)
            return false;
    return true;
}

int dominantGray(const QImage& image, int ignoreAbove)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    std::array<qsizetype, 256> histogram {};
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
