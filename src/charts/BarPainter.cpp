// Bars: vertical or horizontal, grouped or stacked, with non-overlapping category labels.
#include "Axis.h"
#include "Painters.h"

#include <algorithm>
#include <cmath>

namespace sa::charts {

namespace {

struct BarGeom {
    QRectF plot;
    ValueScale scale;
    bool vertical = true;
    double slot = 0;
};

double valueAt(const BarSeries& s, qsizetype k)
{
    const auto i = static_cast<std::size_t>(k);
    return i < s.values.size() && std::isfinite(s.values[i]) ? s.values[i] : 0.0;
}

// Data range: per value for grouped bars, per stack (positive and negative parts) for stacked.
std::pair<double, double> valueRange(const BarChart& s)
{
    double lo = 0, hi = 0;
    for (qsizetype k = 0; k < s.categories.size(); ++k) {
        double pos = 0, neg = 0;
        for (const BarSeries& ser : s.series) {
            const double v = valueAt(ser, k);
            if (s.mode == BarMode::Stacked)
                (v >= 0 ? pos : neg) += v;
            else
                lo = std::min(lo, v), hi = std::max(hi, v);
        }
        lo = std::min(lo, neg);
        hi = std::max(hi, pos);
    }
    return { lo, hi };
}

// The rect of a bar for category `k` occupying [offset, offset+width) of the slot, from value v0 to v1.
QRectF barRect(const BarGeom& g, qsizetype k, double offset, double width, double v0, double v1)
{
    const double start = g.slot * (static_cast<double>(k) + offset);
    if (g.vertical) {
        const double y0 = g.scale.map(v0, g.plot.bottom(), g.plot.top());
        const double y1 = g.scale.map(v1, g.plot.bottom(), g.plot.top());
        return QRectF(g.plot.left() + start, std::min(y0, y1), g.slot * width, std::abs(y1 - y0));
    }
    const double x0 = g.scale.map(v0, g.plot.left(), g.plot.right());
    const double x1 = g.scale.map(v1, g.plot.left(), g.plot.right());
    return QRectF(std::min(x0, x1), g.plot.top() + start, std::abs(x1 - x0), g.slot * width);
}

QColor colorOf(const Canvas& c, const BarChart& s, std::size_t i, qsizetype k = -1)
{
    if (i == 0 && k >= 0 && static_cast<std::size_t>(k) < s.categoryColors.size())
        return s.categoryColors[static_cast<std::size_t>(k)];
    return s.series[i].color.value_or(c.palette().seriesColor(i));
}

// A value label at the outer end of a bar, drawn only when it fits the bar's thickness.
void drawEndLabel(Canvas& c, const BarGeom& g, const QRectF& bar, double v, const QString& text, const QFont& f)
{
    const QFontMetricsF fm = c.metrics(f);
    const double tw = fm.horizontalAdvance(text);
    const double pad = c.unit * 0.2;
    QRectF r;
    if (g.vertical) {
        if (tw > g.slot * 0.98)
            return;
        r = v >= 0 ? QRectF(bar.center().x() - tw / 2, bar.top() - fm.height() - pad, tw, fm.height())
                   : QRectF(bar.center().x() - tw / 2, bar.bottom() + pad, tw, fm.height());
    } else {
        if (fm.height() > bar.height() * 1.6)
            return;
        r = v >= 0 ? QRectF(bar.right() + pad, bar.center().y() - fm.height() / 2, tw, fm.height())
                   : QRectF(bar.left() - pad - tw, bar.center().y() - fm.height() / 2, tw, fm.height());
    }
    // A negative bar reaching the plot's edge: its label goes on the other side of the zero line instead of
    // over the category labels or the axis.
    if (v < 0 && !g.vertical && r.left() < g.plot.left())
        r.moveLeft(bar.right() + pad);
    if (v < 0 && g.vertical && r.bottom() > g.plot.bottom())
        r.moveBottom(bar.top() - pad);
    c.text(r.adjusted(-1, 0, 1, 0), Qt::AlignCenter, text, f, c.palette().text);
}

void drawStacked(Canvas& c, const BarChart& s, const BarGeom& g, const QFont& f)
{
    const QFontMetricsF fm = c.metrics(f);
    for (qsizetype k = 0; k < s.categories.size(); ++k) {
        double pos = 0, neg = 0;
        for (std::size_t i = 0; i < s.series.size(); ++i) {
            const double v = valueAt(s.series[i], k);
            double& base = v >= 0 ? pos : neg;
            const QRectF bar = barRect(g, k, 0.2, 0.6, base, base + v);
            base += v;
            c.painter.setPen(QPen(c.palette().background, std::max(1.0, c.unit * 0.06)));
            c.painter.setBrush(colorOf(c, s, i, k));
            c.painter.drawRect(bar);
            const QString t = c.num(v, s.decimals);
            if (s.showValues && v != 0 && fm.horizontalAdvance(t) < bar.width() * 0.92 && fm.height() < bar.height())
                c.text(bar, Qt::AlignCenter, t, f, textColorOn(colorOf(c, s, i, k)));
        }
        if (s.showValues && s.series.size() > 1 && pos > 0)
            drawEndLabel(c, g, barRect(g, k, 0.2, 0.6, 0, pos), pos, c.num(pos, s.decimals), c.font(0.8, true));
    }
}

void drawGrouped(Canvas& c, const BarChart& s, const BarGeom& g, const QFont& f)
{
    const double n = static_cast<double>(s.series.size());
    for (qsizetype k = 0; k < s.categories.size(); ++k) {
        for (std::size_t i = 0; i < s.series.size(); ++i) {
            const double v = valueAt(s.series[i], k);
            const QRectF bar = barRect(g, k, 0.1 + 0.8 * static_cast<double>(i) / n, 0.8 / n, 0, v);
            c.painter.setPen(Qt::NoPen);
            c.painter.setBrush(colorOf(c, s, i, k));
            c.painter.drawRect(bar);
            if (s.showValues)
                drawEndLabel(c, g, bar, v, c.num(v, s.decimals), f);
        }
    }
}

std::vector<double> anchorsOf(const BarGeom& g, qsizetype n)
{
    std::vector<double> a;
    for (qsizetype k = 0; k < n; ++k)
        a.push_back((g.vertical ? g.plot.left() : g.plot.top()) + g.slot * (static_cast<double>(k) + 0.5));
    return a;
}

// Vertical bars: value ticks on the left, category labels (rotated when needed) under the plot.
BarGeom layoutVertical(Canvas& c, const BarChart& s, const QRectF& area, const QFont& f)
{
    BarGeom g;
    const auto [lo, hi] = valueRange(s);
    g.scale = niceScale(lo, hi, std::max(2, static_cast<int>(area.height() / (c.unit * 3))));
    const double left = area.left() + tickLabelWidth(c, g.scale, f) + c.unit * 0.6;
    g.plot = QRectF(left, area.top() + c.unit, area.right() - left, area.height() - c.unit);
    g.slot = g.plot.width() / static_cast<double>(s.categories.size());
    const LabelLayout labels = layoutCategoryLabels(s.categories, c.metrics(f), g.slot, area.height() * 0.32,
        anchorsOf(g, s.categories.size()), c.bounds.left() + c.unit * 0.3);
    g.plot.setBottom(area.bottom() - labels.extent - c.unit * 0.4);
    drawCategoryLabels(c, labels, f, anchorsOf(g, s.categories.size()), g.plot.bottom() + c.unit * 0.3);
    return g;
}

// Horizontal bars: category labels in a left column (elided, thinned when rows are too thin), ticks below.
BarGeom layoutHorizontal(Canvas& c, const BarChart& s, const QRectF& area, const QFont& f)
{
    BarGeom g;
    g.vertical = false;
    const QFontMetricsF fm = c.metrics(f);
    double labelW = 0;
    for (const QString& cat : s.categories)
        labelW = std::max(labelW, fm.horizontalAdvance(cat));
    labelW = std::min(labelW, area.width() * 0.3) + c.unit * 0.5;
    const auto [lo, hi] = valueRange(s);
    const double plotW = area.width() - labelW - c.unit * 2.5;
    g.scale = niceScale(lo, hi, std::max(2, static_cast<int>(plotW / (c.unit * 6))));
    g.plot = QRectF(area.left() + labelW, area.top(), plotW, area.height() - fm.height() - c.unit * 0.5);
    g.slot = g.plot.height() / static_cast<double>(s.categories.size());
    // Thin the labels when rows are thinner than a line (the bound keeps the cast defined for tiny bounds).
    const double rows = std::ceil(fm.height() * 1.05 / std::max(g.slot, 1e-6));
    const int every = static_cast<int>(std::clamp(rows, 1.0, static_cast<double>(s.categories.size())));
    for (qsizetype k = 0; k < s.categories.size(); k += every) {
        const QRectF r(area.left(), g.plot.top() + g.slot * static_cast<double>(k), labelW - c.unit * 0.5, g.slot);
        c.text(r, Qt::AlignRight | Qt::AlignVCenter, s.categories[k], f, c.palette().text);
    }
    return g;
}

std::vector<LegendItem> legendOf(const Canvas& c, const BarChart& s)
{
    std::vector<LegendItem> items;
    if (s.series.size() > 1)
        for (std::size_t i = 0; i < s.series.size(); ++i)
            items.push_back({ s.series[i].name, colorOf(c, s, i) });
    return items;
}

} // namespace

void paintBars(Canvas& c, const BarChart& s)
{
    QRectF area = drawTitle(c, s.title);
    const auto [lo, hi] = valueRange(s);
    if (s.categories.isEmpty() || s.series.empty() || (lo == 0 && hi == 0))
        return drawNoData(c, area, s.noDataReason);
    paintBarsIn(c, s, drawLegend(c, area, legendOf(c, s)));
}

void paintBarsIn(Canvas& c, const BarChart& s, QRectF area)
{
    const QFont f = c.font(0.85);
    if (!s.valueAxisLabel.isEmpty()) {
        const double h = c.metrics(f).height();
        c.text(QRectF(area.left(), area.top(), area.width(), h), Qt::AlignLeft | Qt::AlignVCenter, s.valueAxisLabel, f,
            c.palette().mutedText);
        area.setTop(area.top() + h * 1.2);
    }
    const BarGeom g
        = s.orientation == Orientation::Vertical ? layoutVertical(c, s, area, f) : layoutHorizontal(c, s, area, f);
    drawValueGrid(c, g.plot, g.scale, f, g.vertical);
    if (s.mode == BarMode::Stacked)
        drawStacked(c, s, g, f);
    else
        drawGrouped(c, s, g, f);
}

} // namespace sa::charts
