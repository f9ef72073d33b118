#pragma once
// Helpers for the chart tests: Qt warning counter, SVG text extraction, grayscale statistics.
#include <QByteArray>
#include <QImage>
#include <QStringList>
#include <vector>

namespace sa::charts::test {

/// Installs a Qt message handler that counts warnings and worse (call once, from main).
void installMessageCounter();
/// Warnings (and critical messages) seen since start.
int warningCount();
/// The last warning text, for failure messages.
QString lastWarning();

/// Parses `svg` as XML; returns the text of every <text> element, or sets `error` when the XML is invalid.
QStringList svgTexts(const QByteArray& svg, QString* error);
struct SvgText {
    QString text;
    double x = 0, y = 0, fontSize = 0;
};
/// Every <text> element of `svg` with its position and font size.
std::vector<SvgText> svgTextItems(const QByteArray& svg);
/// True when the texts starting with `prefix` sit on distinct lines at least one font size apart.
bool linesApart(const std::vector<SvgText>& items, const QString& prefix, int* count = nullptr);

/// The most frequent gray level of `image` (converted to 8-bit grayscale) among pixels darker than `ignoreAbove`.
int dominantGray(const QImage& image, int ignoreAbove);
/// Count of pixels that differ from the top-left pixel (a blank render has none).
qsizetype inkedPixels(const QImage& image);

} // namespace sa::charts::test
