#pragma once
// Helpers for the chart tests: Qt warning counter, SVG text extraction, grayscale statistics.
#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace sa::charts::test {

/// Installs a Qt message handler that counts warnings and worse (call once, from main).
void installMessageCounter();
/// Warnings (and critical messages) seen since start.
int warningCount();
/// The last warning text, for failure messages.
QString lastWarning();

/// Parses `svg` as XML; returns the text of every <text> element, or sets `error` when the XML is invalid.
QStringList svgTexts(const QByteArray& svg, QString* error);
/// The most frequent gray level of `image` (converted to 8-bit grayscale) among pixels darker than `ignoreAbove`.
int dominantGray(const QImage& image, int ignoreAbove);
/// Count of pixels that differ from the top-left pixel (a blank render has none).
qsizetype inkedPixels(const QImage& image);

} // namespace sa::charts::test
