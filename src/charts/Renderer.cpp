#include "Renderer.h"

#include "Painters.h"

namespace sa::charts {

namespace {

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

QString titleOf(const ChartSpec& spec)
{
    return std::visit([](const auto& s) { return s.title; }, spec);
}

void render(const ChartSpec& spec, QPainter& painter, const QRectF& bounds, const ChartStyle& style)
{
    if (!painter.isActive() || bounds.width() <= 0 || bounds.height() <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(bounds, Qt::IntersectClip);
    if (style.fillBackground)
        painter.fillRect(bounds, style.palette.background);
    Canvas c { painter, bounds, style, baseUnit(bounds, style.fontScale) };
    std::visit(Overloaded {
                   [&](const FunnelChart& s) { paintFunnel(c, s); },
                   [&](const BarChart& s) { paintBars(c, s); },
                   [&](const LineChart& s) { paintLines(c, s); },
                   [&](const NpsDistribution& s) { paintNps(c, s); },
                   [&](const AbcXyzHeatmap& s) { paintHeatmap(c, s); },
                   [&](const TrafficLightMatrix& s) { paintTrafficLights(c, s); },
                   [&](const Roadmap& s) { paintRoadmap(c, s); },
                   [&](const KpiTiles& s) { paintKpiTiles(c, s); },
               },
        spec);
    painter.restore();
}

} // namespace sa::charts
