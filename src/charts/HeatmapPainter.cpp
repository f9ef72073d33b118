// ABC-XYZ 3x3 heatmap: rows A/B/C, columns X/Y/Z, colour intensity by value, share as second line.
#include "Painters.h"

#include <QCoreApplication>
#include <algorithm>

namespace sa::charts {

namespace {

QColor blend(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
        static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
        static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void drawCell(Canvas& c, const AbcXyzHeatmap& s, const QRectF& r, std::size_t row, std::size_t col, double maxV)
{
    const double v = s.values[row][col];
    const QColor fill = blend(c.palette().heatLow, c.palette().heatHigh, maxV > 0 ? v / maxV : 0);
    c.painter.setPen(QPen(c.palette().background, std::max(1.0, c.unit * 0.15)));
    c.painter.setBrush(fill);
    c.painter.drawRect(r);
    const QColor ink = textColorOn(fill);
    const QFont big = c.font(std::min(2.0, r.height() / c.unit / 3.2), true);
    const QFont small = c.font(std::min(0.95, r.height() / c.unit / 5.5));
    const double bh = c.metrics(big).height();
    const double sh = c.metrics(small).height();
    const bool share = s.shares[row][col].has_value();
    const double block = bh + sh * (share ? 2 : 1);
    double y = r.center().y() - block / 2;
    const QString name = QLatin1Char("ABC"[row]) + QLatin1Char("XYZ"[col]);
    c.text(QRectF(r.left() + c.unit * 0.3, r.top() + c.unit * 0.2, r.width(), sh), Qt::AlignLeft, name, small, ink);
    c.text(QRectF(r.left(), y, r.width(), bh), Qt::AlignCenter, c.num(v), big, ink);
    y += bh;
    c.text(QRectF(r.left(), y, r.width(), sh), Qt::AlignCenter, s.valueLabel, small, ink);
    if (share)
        c.text(QRectF(r.left(), y + sh, r.width(), sh), Qt::AlignCenter,
            QString(c.pct(*s.shares[row][col]) + QLatin1Char(' ') + s.shareLabel).trimmed(), small, ink);
}

void drawHeaders(Canvas& c, const QRectF& grid, double cellW, double cellH)
{
    const QFont hf = c.font(1.2, true);
    const QFont cap = c.font(0.8);
    const double capH = c.metrics(cap).height();
    for (int i = 0; i < 3; ++i) {
        const QRectF top(grid.left() + cellW * i, grid.top() - c.unit * 1.9, cellW, c.unit * 1.8);
        c.text(top, Qt::AlignCenter, QString(QLatin1Char("XYZ"[i])), hf, c.palette().text);
        const QRectF left(grid.left() - c.unit * 2.2, grid.top() + cellH * i, c.unit * 2, cellH);
        c.text(left, Qt::AlignCenter, QString(QLatin1Char("ABC"[i])), hf, c.palette().text);
    }
    c.text(QRectF(grid.left(), grid.top() - c.unit * 1.9 - capH, grid.width(), capH), Qt::AlignCenter,
        QCoreApplication::translate("Charts", "XYZ: demand stability (X stable → Z irregular)"), cap,
        c.palette().mutedText);
    c.painter.save();
    c.painter.translate(grid.left() - c.unit * 2.4 - capH, grid.center().y());
    c.painter.rotate(-90);
    c.text(QRectF(-grid.height() / 2, 0, grid.height(), capH), Qt::AlignCenter,
        QCoreApplication::translate("Charts", "ABC: revenue contribution (A high → C low)"), cap,
        c.palette().mutedText);
    c.painter.restore();
}

} // namespace

void paintHeatmap(Canvas& c, const AbcXyzHeatmap& s)
{
    QRectF area = drawTitle(c, s.title);
    double maxV = 0;
    for (const auto& row : s.values)
        for (double v : row)
            maxV = std::max(maxV, v);
    if (!(maxV > 0))
        return drawNoData(c, area, s.noDataReason);
    const double capH = c.metrics(c.font(0.8)).height();
    const QRectF inner = area.adjusted(c.unit * 2.6 + capH, c.unit * 2.0 + capH, 0, 0);
    const double cell = std::min(inner.width() / 3, inner.height() / 3);
    const double cellW = std::min(inner.width() / 3, cell * 1.8);
    const QRectF grid(inner.left() + (inner.width() - cellW * 3) / 2, inner.top(), cellW * 3, cell * 3);
    drawHeaders(c, grid, cellW, cell);
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t k = 0; k < 3; ++k)
            drawCell(c, s,
                QRectF(grid.left() + cellW * static_cast<double>(k), grid.top() + cell * static_cast<double>(r), cellW,
                    cell),
                r, k, maxV);
}

} // namespace sa::charts
