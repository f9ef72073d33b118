#pragma once
// One painter per chart kind; Renderer dispatches to them (internal).
#include "Canvas.h"

namespace sa::charts {

void paintFunnel(Canvas& c, const FunnelChart& spec);
void paintBars(Canvas& c, const BarChart& spec);
/// The bars and axes only (no title, no legend) inside `area`; the NPS chart reuses it.
void paintBarsIn(Canvas& c, const BarChart& spec, QRectF area);
void paintLines(Canvas& c, const LineChart& spec);
void paintNps(Canvas& c, const NpsDistribution& spec);
void paintHeatmap(Canvas& c, const AbcXyzHeatmap& spec);
void paintTrafficLights(Canvas& c, const TrafficLightMatrix& spec);
void paintRoadmap(Canvas& c, const Roadmap& spec);
void paintKpiTiles(Canvas& c, const KpiTiles& spec);

} // namespace sa::charts
