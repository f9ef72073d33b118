#include "Axis.h"

#include <QTransform>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace sa::charts {

std::vector<double> ValueScale::ticks() const
{
    std::vector<double> out;
    if (step <= 0)
        return out;
    for (double v = min; v <= max + step * 1e-6; v += step)
        out.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

double ValueScale::map(double v, double from, double to) const
{
    const double span = max - min;
    return span <= 0 ? from : from + (v - min) / span * (to - from);
}

ValueScale niceScale(double lo, double hi, int maxTicks)
{
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi - lo <= 0)
        return { 0, 1, 0.25 };
    const double raw = (hi - lo) / std::max(1, maxTicks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag * 10;
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (m * mag >= raw) {
            step = m * mag;
            break;
        }
    }
    return { std::floor(lo / step) * step, std::ceil(hi / step) * step, step };
}

namespace {

constexpr double kGap = 1.1; // label height plus 10 % breathing room

double radians(double deg)
{
    return deg * std::numbers::pi / 180.0;
}

// Elides each label to what its angle allows and records the needed extent.
void elideLabels(LabelLayout& l, const QStringList& labels, const QFontMetricsF& fm, double maxExtent,
    const std::vector<double>& anchors, double minX)
{
    const double s = std::sin(radians(l.angle));
    const double co = std::cos(radians(l.angle));
    const double h = fm.height();
    double widest = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i % l.every != 0) {
            l.texts << QString();
            continue;
        }
        double room = s > 0.01 ? (maxExtent - h * co) / s : maxExtent;
        if (co > 0.01 && s > 0.01)
            room = std::min(room, (anchors[static_cast<std::size_t>(i)] - minX - h * s / 2) / co); // rotated corner
        const QString t = fm.elidedText(labels[i], Qt::ElideRight, std::max(0.0, room));
        l.texts << t;
        widest = std::max(widest, fm.horizontalAdvance(t));
    }
    l.extent = l.angle == 0 ? h : widest * s + h * co + h * 0.3;
}

} // namespace

LabelLayout layoutCategoryLabels(const QStringList& labels, const QFontMetricsF& fm, double slot, double maxExtent,
    const std::vector<double>& anchors, double minX)
{
    LabelLayout l;
    const double h = fm.height();
    double widest = 0;
    for (const QString& s : labels)
        widest = std::max(widest, fm.horizontalAdvance(s));
    if (widest <= slot * 0.92) {
        l.angle = 0;
        for (const QString& s : labels)
            l.texts << s;
        l.extent = h;
        return l;
    }
    if (slot * std::sin(radians(45)) >= h * kGap)
        l.angle = 45;
    else {
        l.angle = 90;
        const double every = std::ceil(h * kGap / std::max(slot, 1e-6));
        l.every = static_cast<int>(std::clamp(every, 1.0, static_cast<double>(std::max<qsizetype>(1, labels.size()))));
    }
    elideLabels(l, labels, fm, maxExtent, anchors, minX);
    return l;
}

std::vector<QPolygonF> labelPolygons(
    const LabelLayout& layout, const QFontMetricsF& fm, const std::vector<double>& anchors, double y)
{
    std::vector<QPolygonF> out;
    const double h = fm.height();
    for (qsizetype i = 0; i < layout.texts.size() && static_cast<std::size_t>(i) < anchors.size(); ++i) {
        const QString& t = layout.texts[i];
        if (t.isEmpty()) {
            out.emplace_back();
            continue;
        }
        const double w = fm.horizontalAdvance(t);
        const double ax = anchors[static_cast<std::size_t>(i)];
        if (layout.angle == 0) {
            out.emplace_back(QRectF(ax - w / 2, y, w, h));
            continue;
        }
        QTransform tr;
        tr.translate(ax, y + h * 0.5 * std::cos(radians(layout.angle)) + h * 0.15);
        tr.rotate(-layout.angle);
        out.push_back(tr.map(QPolygonF(QRectF(-w, -h / 2, w, h))));
    }
    return out;
}

void drawCategoryLabels(
    Canvas& c, const LabelLayout& layout, const QFont& f, const std::vector<double>& anchors, double y)
{
    const QFontMetricsF fm = c.metrics(f);
    const std::vector<QPolygonF> polys = labelPolygons(layout, fm, anchors, y);
    QPainter& p = c.painter;
    p.setFont(f);
    p.setPen(c.palette().text);
    for (std::size_t i = 0; i < polys.size(); ++i) {
        const QString& t = layout.texts[static_cast<qsizetype>(i)];
        if (t.isEmpty())
            continue;
        if (layout.angle == 0) {
            p.drawText(polys[i].boundingRect(), Qt::AlignCenter, t);
            continue;
        }
        const double h = fm.height();
        const double w = fm.horizontalAdvance(t);
        p.save();
        p.translate(anchors[i], y + h * 0.5 * std::cos(radians(layout.angle)) + h * 0.15);
        p.rotate(-layout.angle);
        p.drawText(QRectF(-w, -h / 2, w, h), Qt::AlignRight | Qt::AlignVCenter, t);
        p.restore();
    }
}

double tickLabelWidth(const Canvas& c, const ValueScale& scale, const QFont& f)
{
    const QFontMetricsF fm = c.metrics(f);
    double w = 0;
    for (double v : scale.ticks())
        w = std::max(w, fm.horizontalAdvance(formatCompact(v, c.style.numbers)));
    return w;
}

void drawValueGrid(Canvas& c, const QRectF& plot, const ValueScale& scale, const QFont& f, bool valuesAlongY)
{
    QPainter& p = c.painter;
    const QFontMetricsF fm = c.metrics(f);
    const double lw = std::max(1.0, c.unit * 0.06);
    p.setFont(f);
    for (double v : scale.ticks()) {
        const QString label = formatCompact(v, c.style.numbers);
        p.setPen(QPen(v == 0 ? c.palette().axis : c.palette().grid, lw));
        if (valuesAlongY) {
            const double y = scale.map(v, plot.bottom(), plot.top());
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(c.palette().mutedText);
            p.drawText(QRectF(plot.left() - c.unit * 0.4 - 1e4, y - fm.height() / 2, 1e4, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, label);
        } else {
            const double x = scale.map(v, plot.left(), plot.right());
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            p.setPen(c.palette().mutedText);
            p.drawText(QRectF(x - 5e3, plot.bottom() + c.unit * 0.3, 1e4, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                label);
        }
    }
}

} // namespace sa::charts
