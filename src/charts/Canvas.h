#pragma once
// Internal drawing context and helpers shared by the chart painters (not part of the public API).
#include "ChartStyle.h"
#include "StatusBadge.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>
#include <optional>
#include <vector>

namespace sa::charts {

/// Painter, bounds and style plus the bounds-relative base font size every painter uses.
struct Canvas {
    QPainter& painter;
    QRectF bounds;
    const ChartStyle& style;
    double unit = 12; ///< base font size in device pixels

    [[nodiscard]] QFont font(double scale = 1.0, bool bold = false) const;
    [[nodiscard]] QFontMetricsF metrics(const QFont& f) const;
    [[nodiscard]] const Palette& palette() const { return style.palette; }
    [[nodiscard]] QString num(double v, int decimals = 0) const { return formatNumber(v, decimals, style.numbers); }
    [[nodiscard]] QString pct(double fraction, int decimals = 0) const
    {
        return formatPercent(fraction, decimals, style.numbers);
    }
    /// Draws `text` into `rect` with `flags`, elided to the rect width.
    void text(const QRectF& rect, int flags, const QString& text, const QFont& f, const QColor& color) const;
};

/// The base font size for `bounds`: proportional to the area, capped so that text fits narrow or flat bounds.
double baseUnit(const QRectF& bounds, double fontScale);

/// Draws the title (when the style wants one) and returns the remaining area.
QRectF drawTitle(Canvas& c, const QString& title, const QString& headline = {});
/// Draws the translated "No data" placeholder centred in `area`, with `reason` (wrapped) under it when given.
void drawNoData(Canvas& c, const QRectF& area, const QString& reason = {});
/// Diagonal hatch lines inside `rect`, computed geometrically so SVG and PDF get the same lines.
void drawHatch(QPainter& p, const QRectF& rect, const QColor& color, double spacing, double width);
/// The status symbol: filled circle (green), triangle (yellow), cross in a square (red),
/// hollow circle (not assessed), a dash (out of scope).
void drawStatusSymbol(QPainter& p, const QPointF& center, double size, Status status, const Palette& palette);
/// A cell filled with the status colour (out-of-scope hatched) and its outline.
void fillStatusCell(QPainter& p, const QRectF& rect, Status status, const Palette& palette, double lineWidth);

enum class Swatch { Box, Line, DashedLine, Band, Hatched, StatusCell };

struct LegendItem {
    QString label;
    QColor color;
    Swatch swatch = Swatch::Box;
    Status status = Status::Green; ///< for Swatch::StatusCell
};

/// Lays the legend out in rows at the bottom of `area`, draws it and returns the area above it.
QRectF drawLegend(Canvas& c, const QRectF& area, const std::vector<LegendItem>& items);

} // namespace sa::charts
