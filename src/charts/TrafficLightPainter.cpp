// The 45-criterion matrix: 5 component rows of up to 9 cells; colour + symbol per cell, words in the legend.
#include "Painters.h"

#include <algorithm>

namespace sa::charts {

namespace {

constexpr std::size_t kMaxCells = 9;
constexpr std::size_t kMaxRows = 5;

void drawCell(Canvas& c, const QRectF& r, const TrafficCell& cell)
{
    const double lw = std::max(1.0, c.unit * 0.08);
    fillStatusCell(c.painter, r, cell.status, c.palette(), lw);
    const QColor ink = textColorOn(c.palette().statusColor(cell.status));
    const QFont f = c.font(std::min(1.1, r.height() / c.unit / 3.0), true);
    const double th = c.metrics(f).height();
    c.text(QRectF(r.left(), r.top() + r.height() * 0.06, r.width(), th), Qt::AlignCenter, cell.id, f, ink);
    const double room = r.bottom() - (r.top() + r.height() * 0.06 + th);
    const double size = std::min({ room * 0.75, r.width() * 0.45, c.unit * 2.4 });
    drawStatusSymbol(c.painter, QPointF(r.center().x(), r.bottom() - room / 2), size, cell.status, c.palette());
}

std::vector<LegendItem> legendOf(const TrafficLightMatrix& s)
{
    std::vector<LegendItem> items;
    for (Status st : { Status::Green, Status::Yellow, Status::Red, Status::NotAssessed })
        items.push_back({ statusWord(st), {}, Swatch::StatusCell, st });
    const bool outOfScope = std::any_of(s.rows.begin(), s.rows.end(), [](const TrafficRow& r) {
        return std::any_of(
            r.cells.begin(), r.cells.end(), [](const TrafficCell& x) { return x.status == Status::OutOfScope; });
    });
    if (outOfScope)
        items.push_back({ statusWord(Status::OutOfScope), {}, Swatch::StatusCell, Status::OutOfScope });
    return items;
}

} // namespace

void paintTrafficLights(Canvas& c, const TrafficLightMatrix& s)
{
    QRectF area = drawTitle(c, s.title);
    const bool empty = std::all_of(s.rows.begin(), s.rows.end(), [](const TrafficRow& r) { return r.cells.empty(); });
    if (empty)
        return drawNoData(c, area, s.noDataReason);
    if (s.showLegend)
        area = drawLegend(c, area, legendOf(s));
    const std::size_t rows = std::min(s.rows.size(), kMaxRows);
    std::size_t cols = 1;
    for (std::size_t r = 0; r < rows; ++r)
        cols = std::max(cols, std::min(s.rows[r].cells.size(), kMaxCells));
    const QFont lf = c.font(0.95);
    double labelW = 0;
    for (std::size_t r = 0; r < rows; ++r)
        labelW = std::max(labelW, c.metrics(lf).horizontalAdvance(s.rows[r].label));
    labelW = std::min(labelW + c.unit * 0.6, area.width() * 0.25);
    const double cellW = (area.width() - labelW) / static_cast<double>(cols);
    const double cellH = std::min(area.height() / static_cast<double>(rows), cellW * 1.1);
    for (std::size_t r = 0; r < rows; ++r) {
        const double y = area.top() + cellH * static_cast<double>(r);
        c.text(QRectF(area.left(), y, labelW - c.unit * 0.6, cellH), Qt::AlignRight | Qt::AlignVCenter, s.rows[r].label,
            lf, c.palette().text);
        const std::size_t n = std::min(s.rows[r].cells.size(), kMaxCells);
        for (std::size_t k = 0; k < n; ++k)
            drawCell(
                c, QRectF(area.left() + labelW + cellW * static_cast<double>(k), y, cellW, cellH), s.rows[r].cells[k]);
    }
}

} // namespace sa::charts
