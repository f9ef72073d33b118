// KPI tiles: a big number, its caption and a note, with an optional status stripe and symbol.
#include "Painters.h"

#include <algorithm>
#include <cmath>

namespace sa::charts {

namespace {

void drawTile(Canvas& c, const KpiTile& t, const QRectF& r)
{
    QPainter& p = c.painter;
    p.setPen(QPen(c.palette().grid, std::max(1.0, c.unit * 0.08)));
    p.setBrush(c.palette().background);
    p.drawRoundedRect(r, c.unit * 0.4, c.unit * 0.4);
    QRectF inner = r.adjusted(c.unit * 0.7, c.unit * 0.5, -c.unit * 0.5, -c.unit * 0.5);
    if (t.status) {
        const QRectF stripe(r.left(), r.top(), c.unit * 0.5, r.height());
        fillStatusCell(p, stripe, *t.status, c.palette(), std::max(1.0, c.unit * 0.05));
        const double s = std::min(c.unit * 1.4, inner.height() * 0.3);
        const QRectF badge(inner.right() - s * 1.4, inner.top(), s * 1.4, s * 1.4);
        fillStatusCell(p, badge, *t.status, c.palette(), std::max(1.0, c.unit * 0.05));
        drawStatusSymbol(p, badge.center(), s, *t.status, c.palette());
        inner.adjust(c.unit * 0.2, 0, 0, 0);
    }
    const QString value = t.value
        ? c.num(*t.value, t.decimals) + (t.unit.isEmpty() ? QString() : QChar(0x202F) + t.unit)
        : QString(QChar(0x2014));
    const QFont cap = c.font(0.9);
    const QFont note = c.font(0.75);
    const double capH = c.metrics(cap).height();
    const double noteH = t.note.isEmpty() ? 0 : c.metrics(note).height();
    // The big number takes what is left, shrunk until it fits the tile's width.
    double scale = std::min(3.0, (inner.height() - capH - noteH) / c.unit / 1.3);
    const double w = c.metrics(c.font(scale, true)).horizontalAdvance(value);
    if (w > inner.width() * 0.85)
        scale *= inner.width() * 0.85 / w;
    const QFont big = c.font(std::max(0.5, scale), true);
    const double bigH = c.metrics(big).height();
    const double top = inner.top() + (inner.height() - bigH - capH - noteH) / 2;
    c.text(
        QRectF(inner.left(), top, inner.width(), bigH), Qt::AlignLeft | Qt::AlignVCenter, value, big, c.palette().text);
    c.text(QRectF(inner.left(), top + bigH, inner.width(), capH), Qt::AlignLeft, t.caption, cap, c.palette().text);
    if (noteH > 0)
        c.text(QRectF(inner.left(), top + bigH + capH, inner.width(), noteH), Qt::AlignLeft, t.note, note,
            c.palette().mutedText);
}

} // namespace

void paintKpiTiles(Canvas& c, const KpiTiles& s)
{
    const QRectF area = drawTitle(c, s.title);
    if (s.tiles.empty())
        return drawNoData(c, area, s.noDataReason);
    const auto n = static_cast<double>(s.tiles.size());
    // Columns so that tiles come out roughly twice as wide as high.
    const double aspect = area.width() / std::max(1.0, area.height());
    const auto cols = static_cast<std::size_t>(std::clamp(std::round(std::sqrt(n * aspect / 2)), 1.0, n));
    const std::size_t rows = (s.tiles.size() + cols - 1) / cols;
    const double gap = c.unit * 0.6;
    const double w = (area.width() - gap * static_cast<double>(cols - 1)) / static_cast<double>(cols);
    const double h = (area.height() - gap * static_cast<double>(rows - 1)) / static_cast<double>(rows);
    for (std::size_t i = 0; i < s.tiles.size(); ++i) {
        const double x = area.left() + (w + gap) * static_cast<double>(i % cols);
        const double y = area.top() + (h + gap) * static_cast<double>(i / cols);
        drawTile(c, s.tiles[i], QRectF(x, y, w, h));
    }
}

} // namespace sa::charts
