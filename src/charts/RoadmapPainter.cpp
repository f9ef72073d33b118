// Roadmap: a Gantt chart whose columns are the plan horizons (month 1, Q1, Q2–Q4, year 2, year 3).
#include "Painters.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace sa::charts {

namespace {

// Month boundaries of the horizons and the share of the width each column gets (month 1 would be
// invisible on a linear 36-month axis).
constexpr std::array<double, 6> kMonths { 0, 1, 3, 12, 24, 36 };
constexpr std::array<double, 5> kWeights { 1.0, 1.3, 2.2, 1.6, 1.6 };

QString horizonName(std::size_t i)
{
    switch (i) {
    case 0:
        return QCoreApplication::translate("Charts", "Month 1");
    case 1:
        return QCoreApplication::translate("Charts", "Q1");
    case 2:
        return QCoreApplication::translate("Charts", "Q2–Q4");
    case 3:
        return QCoreApplication::translate("Charts", "Year 2");
    default:
        return QCoreApplication::translate("Charts", "Year 3");
    }
}

struct TimeAxis {
    double left = 0;
    double width = 0;

    [[nodiscard]] double columnLeft(std::size_t i) const
    {
        double total = 0, before = 0;
        for (std::size_t k = 0; k < kWeights.size(); ++k) {
            total += kWeights[k];
            before += k < i ? kWeights[k] : 0;
        }
        return left + width * before / total;
    }
    /// Piecewise-linear month → x.
    [[nodiscard]] double x(double month) const
    {
        month = std::clamp(month, kMonths.front(), kMonths.back());
        std::size_t i = 0;
        while (i + 2 < kMonths.size() && month > kMonths[i + 1])
            ++i;
        const double t = (month - kMonths[i]) / (kMonths[i + 1] - kMonths[i]);
        return columnLeft(i) + t * (columnLeft(i + 1) - columnLeft(i));
    }
};

void drawColumns(Canvas& c, const TimeAxis& axis, const QRectF& area, double headerH, const QFont& f)
{
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        const double x0 = axis.columnLeft(i), x1 = axis.columnLeft(i + 1);
        c.painter.setPen(Qt::NoPen);
        c.painter.setBrush(i % 2 ? c.palette().background : c.palette().notAssessed);
        c.painter.drawRect(QRectF(x0, area.top(), x1 - x0, area.height()));
        c.text(QRectF(x0, area.top(), x1 - x0, headerH), Qt::AlignCenter, horizonName(i), f, c.palette().text);
    }
    c.painter.setPen(QPen(c.palette().axis, std::max(1.0, c.unit * 0.06)));
    c.painter.drawLine(QPointF(axis.left, area.top() + headerH), QPointF(axis.left + axis.width, area.top() + headerH));
}

void drawItem(
    Canvas& c, const TimeAxis& axis, const RoadmapItem& item, const QRectF& lane, const QRectF& label, const QFont& f)
{
    const auto h = static_cast<std::size_t>(item.horizon);
    const auto [from, to] = item.months.value_or(std::make_pair(kMonths[h], kMonths[h + 1]));
    const QRectF bar(axis.x(from), lane.top() + lane.height() * 0.15, std::max(c.unit * 0.5, axis.x(to) - axis.x(from)),
        lane.height() * 0.7);
    const QColor fill = c.palette().horizonColor(item.horizon);
    c.painter.setPen(QPen(c.palette().axis, std::max(1.0, c.unit * 0.05)));
    c.painter.setBrush(fill);
    c.painter.drawRoundedRect(bar, c.unit * 0.2, c.unit * 0.2);
    c.text(label, Qt::AlignRight | Qt::AlignVCenter, item.action, f, c.palette().text);
    const QFont small = c.font(0.8);
    const double tw = c.metrics(small).horizontalAdvance(item.ownerRole) + c.unit * 0.6;
    if (tw <= bar.width())
        c.text(bar, Qt::AlignCenter, item.ownerRole, small, textColorOn(fill));
    else if (bar.right() + tw < lane.right())
        c.text(QRectF(bar.right() + c.unit * 0.3, lane.top(), tw, lane.height()), Qt::AlignLeft | Qt::AlignVCenter,
            item.ownerRole, small, c.palette().mutedText);
    else
        c.text(QRectF(bar.left() - tw, lane.top(), tw - c.unit * 0.3, lane.height()), Qt::AlignRight | Qt::AlignVCenter,
            item.ownerRole, small, c.palette().mutedText);
}

} // namespace

void paintRoadmap(Canvas& c, const Roadmap& s)
{
    QRectF area = drawTitle(c, s.title);
    if (s.items.empty())
        return drawNoData(c, area, s.noDataReason);
    const QFont f = c.font(0.9);
    const double lineH = c.metrics(f).height();
    const double headerH = lineH * 1.6;
    const double labelW = area.width() * 0.34;
    const TimeAxis axis { area.left() + labelW, area.width() - labelW };
    const double avail = area.height() - headerH;
    const double laneH = std::clamp(avail / static_cast<double>(s.items.size()), lineH * 1.25, lineH * 3.0);
    const auto fits = static_cast<std::size_t>(std::max(0.0, avail / laneH));
    const std::size_t shown = s.items.size() <= fits ? s.items.size() : std::max<std::size_t>(1, fits) - 1;
    const std::size_t lanes = std::min(s.items.size(), shown + 1);
    area.setHeight(headerH + laneH * static_cast<double>(lanes) + c.unit * 0.3);
    drawColumns(c, axis, area, headerH, c.font(0.9, true));
    for (std::size_t i = 0; i < shown; ++i) {
        const double y = area.top() + headerH + laneH * static_cast<double>(i);
        const QRectF lane(axis.left, y, axis.width, laneH);
        drawItem(c, axis, s.items[i], lane, QRectF(area.left(), y, labelW - c.unit * 0.5, laneH), f);
    }
    if (shown < s.items.size()) {
        const double y = area.top() + headerH + laneH * static_cast<double>(shown);
        const int hidden = static_cast<int>(s.items.size() - shown);
        const QString more = QCoreApplication::translate("Charts", "+%n more action(s)", "roadmap overflow", hidden);
        c.text(QRectF(area.left(), y, labelW - c.unit * 0.5, laneH), Qt::AlignRight | Qt::AlignVCenter, more, f,
            c.palette().mutedText);
    }
}

} // namespace sa::charts
