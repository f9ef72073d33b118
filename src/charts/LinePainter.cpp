// Lines over months: several series, a dashed plan line, an interval band around a forecast.
#include "Axis.h"
#include "Painters.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sa::charts {

namespace {

using Values = std::vector<std::optional<double>>;

std::optional<double> at(const Values& v, std::size_t i)
{
    return i < v.size() && v[i] && std::isfinite(*v[i]) ? v[i] : std::nullopt;
}

std::pair<double, double> valueRange(const LineChart& s, bool& any)
{
    double lo = 0, hi = 0;
    any = false;
    for (const LineSeries& ser : s.series) {
        for (const Values* vs : { &ser.values, &ser.lower, &ser.upper }) {
            for (std::size_t i = 0; i < vs->size(); ++i) {
                if (const auto v = at(*vs, i)) {
                    lo = std::min(lo, *v);
                    hi = std::max(hi, *v);
                    any = any || vs == &ser.values;
                }
            }
        }
    }
    return { lo, hi };
}

QColor colorOf(const Canvas& c, const LineSeries& s, std::size_t i)
{
    return s.color.value_or(c.palette().seriesColor(i));
}

// The band is drawn per contiguous run where both bounds exist.
void drawBand(Canvas& c, const LineSeries& s, const QColor& color, const std::vector<double>& xs, const ValueScale& sc,
    const QRectF& plot)
{
    std::vector<std::size_t> run;
    auto flush = [&] {
        if (run.size() >= 2) {
            QPolygonF poly;
            for (std::size_t i : run)
                poly << QPointF(xs[i], sc.map(*at(s.upper, i), plot.bottom(), plot.top()));
            for (auto it = run.rbegin(); it != run.rend(); ++it)
                poly << QPointF(xs[*it], sc.map(*at(s.lower, *it), plot.bottom(), plot.top()));
            c.painter.setPen(Qt::NoPen);
            c.painter.setBrush(QColor(color.red(), color.green(), color.blue(), 70));
            c.painter.drawPolygon(poly);
        }
        run.clear();
    };
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (at(s.lower, i) && at(s.upper, i))
            run.push_back(i);
        else
            flush();
    }
    flush();
}

void drawSeries(Canvas& c, const LineSeries& s, const QColor& color, const std::vector<double>& xs,
    const ValueScale& sc, const QRectF& plot)
{
    QPainterPath path;
    bool pen = false;
    std::vector<QPointF> points;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const auto v = at(s.values, i);
        if (!v) {
            pen = false;
            continue;
        }
        const QPointF pt(xs[i], sc.map(*v, plot.bottom(), plot.top()));
        pen ? path.lineTo(pt) : path.moveTo(pt);
        pen = true;
        points.push_back(pt);
    }
    const bool dashed = s.style == LineStyle::Dashed;
    QPen p(color, c.unit * (dashed ? 0.2 : 0.24), dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    c.painter.setPen(p);
    c.painter.setBrush(Qt::NoBrush);
    c.painter.drawPath(path);
    if (dashed)
        return;
    c.painter.setPen(QPen(c.palette().background, c.unit * 0.08));
    c.painter.setBrush(color);
    for (const QPointF& pt : points)
        c.painter.drawEllipse(pt, c.unit * 0.3, c.unit * 0.3);
}

std::vector<LegendItem> legendOf(const Canvas& c, const LineChart& s)
{
    std::vector<LegendItem> items;
    for (std::size_t i = 0; i < s.series.size(); ++i) {
        const LineSeries& ser = s.series[i];
        items.push_back(
            { ser.name, colorOf(c, ser, i), ser.style == LineStyle::Dashed ? Swatch::DashedLine : Swatch::Line });
        if (!ser.lower.empty() && !ser.upper.empty())
            items.push_back({ QCoreApplication::translate("Charts", "%1: interval").arg(ser.name), colorOf(c, ser, i),
                Swatch::Band });
    }
    return items;
}

} // namespace

void paintLines(Canvas& c, const LineChart& s)
{
    QRectF area = drawTitle(c, s.title);
    bool any = false;
    const auto [lo, hi] = valueRange(s, any);
    if (s.categories.isEmpty() || !any)
        return drawNoData(c, area, s.noDataReason);
    area = drawLegend(c, area, legendOf(c, s));
    const QFont f = c.font(0.85);
    if (!s.valueAxisLabel.isEmpty()) {
        const double h = c.metrics(f).height();
        c.text(QRectF(area.left(), area.top(), area.width(), h), Qt::AlignLeft, s.valueAxisLabel, f,
            c.palette().mutedText);
        area.setTop(area.top() + h * 1.2);
    }
    const ValueScale sc = niceScale(lo, hi, std::max(2, static_cast<int>(area.height() / (c.unit * 3))));
    QRectF plot(area.left() + tickLabelWidth(c, sc, f) + c.unit * 0.6, area.top() + c.unit * 0.5, 0, 0);
    plot.setRight(area.right() - c.unit * 0.5);
    const double slot = plot.width() / static_cast<double>(s.categories.size());
    std::vector<double> xs;
    for (qsizetype k = 0; k < s.categories.size(); ++k)
        xs.push_back(plot.left() + slot * (static_cast<double>(k) + 0.5));
    const LabelLayout labels = layoutCategoryLabels(
        s.categories, c.metrics(f), slot, area.height() * 0.3, xs, c.bounds.left() + c.unit * 0.3);
    plot.setBottom(area.bottom() - labels.extent - c.unit * 0.4);
    drawCategoryLabels(c, labels, f, xs, plot.bottom() + c.unit * 0.3);
    drawValueGrid(c, plot, sc, f, true);
    for (std::size_t i = 0; i < s.series.size(); ++i)
        drawBand(c, s.series[i], colorOf(c, s.series[i], i), xs, sc, plot);
    for (std::size_t i = 0; i < s.series.size(); ++i)
        drawSeries(c, s.series[i], colorOf(c, s.series[i], i), xs, sc, plot);
}

} // namespace sa::charts
