#pragma once
// Sample data for every chart kind (Russian labels, long Cyrillic names) used by the docs tool and the tests.
#include "charts/ChartSpec.h"

#include <QString>
#include <vector>

namespace sa::charts::samples {

struct Sample {
    QString name; ///< file stem, e.g. "funnel"
    ChartSpec spec;
};

/// One sample per chart kind and variant, plus an empty-data sample.
std::vector<Sample> all();

FunnelChart funnel();
BarChart pipelineByManager(); ///< stacked, manager x stage, long Cyrillic manager names
BarChart revenueByChannel(); ///< horizontal, grouped
LineChart revenueVsPlan(); ///< actual, dashed plan, forecast with its interval
NpsDistribution nps();
AbcXyzHeatmap abcXyz();
TrafficLightMatrix trafficLights();
Roadmap roadmap();
KpiTiles kpis();

} // namespace sa::charts::samples
