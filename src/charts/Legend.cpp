// Status symbols and the legend: the two pieces that make charts readable without colour.
#include "Canvas.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sa::charts {

void drawStatusSymbol(QPainter& p, const QPointF& c, double size, Status status, const Palette& palette)
{
    const QColor ink = textColorOn(palette.statusColor(status));
    const double r = size / 2;
    const double lw = std::max(1.0, size * 0.14);
    p.save();
    p.setPen(QPen(ink, lw, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (status) {
    case Status::Green:
        p.setBrush(ink);
        p.drawEllipse(c, r * 0.85, r * 0.85);
        break;
    case Status::Yellow: {
        QPolygonF tri;
        tri << QPointF(c.x(), c.y() - r) << QPointF(c.x() + r * 0.95, c.y() + r * 0.75)
            << QPointF(c.x() - r * 0.95, c.y() + r * 0.75);
        p.setBrush(ink);
        p.drawPolygon(tri);
        break;
    }
    case Status::Red:
        p.setPen(QPen(ink, lw * 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(c.x() - r * 0.75, c.y() - r * 0.75), QPointF(c.x() + r * 0.75, c.y() + r * 0.75));
        p.drawLine(QPointF(c.x() - r * 0.75, c.y() + r * 0.75), QPointF(c.x() + r * 0.75, c.y() - r * 0.75));
        break;
    case Status::NotAssessed:
        p.drawEllipse(c, r * 0.8, r * 0.8);
        break;
    case Status::OutOfScope:
        p.drawLine(QPointF(c.x() - r * 0.8, c.y()), QPointF(c.x() + r * 0.8, c.y()));
        break;
    }
    p.restore();
}

void paintStatusBadge(QPainter& p, const QRectF& rect, Status status, const Palette& palette)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const double size = std::min(rect.width(), rect.height());
    fillStatusCell(p, rect, status, palette, std::max(1.0, size * 0.04));
    drawStatusSymbol(p, rect.center(), size * 0.6, status, palette);
    p.restore();
}

namespace {

void drawSwatch(Canvas& c, const QRectF& box, const LegendItem& item)
{
    QPainter& p = c.painter;
    const double lw = std::max(1.0, c.unit * 0.08);
    switch (item.swatch) {
    case Swatch::Box:
        p.setPen(QPen(c.palette().axis, lw));
        p.setBrush(item.color);
        p.drawRect(box);
        break;
    case Swatch::Hatched:
        p.setPen(QPen(c.palette().axis, lw));
        p.setBrush(c.palette().background);
        p.drawRect(box);
        drawHatch(p, box, item.color, box.height() / 3, lw);
        break;
    case Swatch::Band:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(item.color.red(), item.color.green(), item.color.blue(), 70));
        p.drawRect(box);
        break;
    case Swatch::Line:
    case Swatch::DashedLine: {
        QPen pen(item.color, c.unit * 0.22, item.swatch == Swatch::DashedLine ? Qt::DashLine : Qt::SolidLine);
        p.setPen(pen);
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        break;
    }
    case Swatch::StatusCell:
        fillStatusCell(p, box, item.status, c.palette(), lw);
        drawStatusSymbol(p, box.center(), box.height() * 0.6, item.status, c.palette());
        break;
    }
}

double swatchWidth(const LegendItem& item, double box)
{
    return item.swatch == Swatch::Line || item.swatch == Swatch::DashedLine ? box * 2.0 : box;
}

} // namespace

namespace {

using LegendRow = std::vector<std::pair<const LegendItem*, double>>; // item and its width

// Breaks the items into rows that fit `width`; at most `maxRows` rows are kept (charts keep their data).
std::vector<LegendRow> legendRows(const Canvas& c, const std::vector<LegendItem>& items, const QFontMetricsF& fm,
    double box, double width, std::size_t maxRows)
{
    std::vector<LegendRow> rows(1);
    double x = 0;
    for (const LegendItem& item : items) {
        const double w = std::min(width, swatchWidth(item, box) + c.unit * 0.4 + fm.horizontalAdvance(item.label));
        if (x > 0 && x + w > width) {
            rows.emplace_back();
            x = 0;
        }
        rows.back().emplace_back(&item, w);
        x += w + c.unit * 1.2;
    }
    if (rows.size() > maxRows)
        rows.resize(maxRows);
    return rows;
}

} // namespace

QRectF drawLegend(Canvas& c, const QRectF& area, const std::vector<LegendItem>& items)
{
    if (items.empty())
        return area;
    const QFont f = c.font(0.9);
    const QFontMetricsF fm = c.metrics(f);
    const double box = fm.height() * 0.9;
    const double rowH = fm.height() * 1.3;
    // A legend may take at most a third of the chart.
    const auto maxRows = static_cast<std::size_t>(std::max(1.0, area.height() / 3 / rowH));
    const std::vector<LegendRow> rows = legendRows(c, items, fm, box, area.width(), maxRows);
    const double top = area.bottom() - rowH * static_cast<double>(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double cx = area.left();
        const double y = top + rowH * static_cast<double>(r);
        for (const auto& [item, w] : rows[r]) {
            const double sw = swatchWidth(*item, box);
            const QRectF swatch(cx, y + (rowH - box) / 2, sw, box);
            drawSwatch(c, swatch, *item);
            // A little slack: elidedText() at the exact advance may elide the last letters.
            const QRectF label(swatch.right() + c.unit * 0.4, y, w - sw + c.unit * 0.1, rowH);
            c.text(label, Qt::AlignLeft | Qt::AlignVCenter, item->label, f, c.palette().text);
            cx += w + c.unit * 1.2;
        }
    }
    return QRectF(area.left(), area.top(), area.width(), std::max(0.0, top - c.unit * 0.5 - area.top()));
}

} // namespace sa::charts
