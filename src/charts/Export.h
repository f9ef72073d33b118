#pragma once
// Output helpers: every one of them goes through render(), so PNG, SVG and PDF look alike.
#include "ChartSpec.h"
#include "ChartStyle.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace sa::charts {

/// The chart drawn on an image of `logicalSize` x `devicePixelRatio` pixels (high-DPI aware).
QImage toImage(
    const ChartSpec& spec, const QSize& logicalSize, qreal devicePixelRatio = 1.0, const ChartStyle& style = {});
/// The same image encoded as PNG bytes (deterministic: same spec, same bytes).
QByteArray toPng(
    const ChartSpec& spec, const QSize& logicalSize, qreal devicePixelRatio = 1.0, const ChartStyle& style = {});
/// The chart as an SVG document (text stays text) with a `size` view box.
QByteArray toSvg(const ChartSpec& spec, const QSize& size, const ChartStyle& style = {});
/// The chart as a one-page PDF of `pageSizeMm` (fonts embedded, text searchable).
QByteArray toPdfBytes(const ChartSpec& spec, const QSizeF& pageSizeMm = QSizeF(180, 100), const ChartStyle& style = {});

/// Writes `data` to `path` atomically (QSaveFile: temp file + rename); on failure `error` says why.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error = nullptr);
/// toPng() written atomically to `path`.
bool writePng(const ChartSpec& spec, const QString& path, const QSize& logicalSize, qreal devicePixelRatio = 1.0,
    const ChartStyle& style = {}, QString* error = nullptr);
/// toSvg() written atomically to `path`.
bool writeSvg(const ChartSpec& spec, const QString& path, const QSize& size, const ChartStyle& style = {},
    QString* error = nullptr);
/// toPdfBytes() written atomically to `path`.
bool toPdf(const ChartSpec& spec, const QString& path, const QSizeF& pageSizeMm = QSizeF(180, 100),
    const ChartStyle& style = {}, QString* error = nullptr);

} // namespace sa::charts
