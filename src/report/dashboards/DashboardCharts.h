#pragma once
// The dashboard charts of an audit, built from the metrics engine's result (keys: docs/METRICS.md) as
// plain chart specs (src/charts). The GUI's Dashboards screen and the report's dashboards section both
// call this one builder, so a chart looks the same on screen, in PNG/SVG and in the PDF.
//
//     auto m = sa::metrics::computeMetrics(data, options);
//     for (const auto& c : sa::report::dashboardCharts(m, sa::report::Language::Ru))
//         sa::charts::render(c.spec, painter, rect);   // or charts::writePng(c.spec, ...)
//
// A metric the engine could not compute (null + "<key>_reason") gives a chart with no data whose
// `noDataReason` says why (printed under "No data"): never a crash and never a made-up value.
#include "ReportLabels.h"
#include "charts/ChartSpec.h"
#include "metrics/Metrics.h"

#include <QString>
#include <string>
#include <vector>

namespace sa::report {

/// One dashboard chart ready to render.
struct DashboardChart {
    std::string id; ///< stable id, one of dashboardChartIds()
    charts::ChartSpec spec; ///< translated title; without data: empty spec with noDataReason set
    bool hasData = false; ///< false: the spec draws "No data" + the reason
    QString note; ///< one caption line (totals, what was left out and why); may be empty
};

/// The stable ids in display order: funnel, pipeline_manager_stage, revenue_plan_forecast, nps_by_month,
/// abc_xyz, channel_roi, channel_cpl, activities_per_manager, plan_by_manager.
const std::vector<std::string>& dashboardChartIds();

/// Funnel of the main pipeline's cohort: reached per stage with both % bases, Markov win probability.
DashboardChart funnelChart(const metrics::MetricsResult& m, Language lang);
/// Open pipeline amount by manager (bars) stacked by stage.
DashboardChart pipelineChart(const metrics::MetricsResult& m, Language lang);
/// Revenue by month against the plan (dashed), then the forecast with its 95 % interval band.
DashboardChart revenueChart(const metrics::MetricsResult& m, Language lang);
/// NPS answers by month stacked as detractors / passives / promoters; the period's NPS in the title.
DashboardChart npsChart(const metrics::MetricsResult& m, Language lang);
/// ABC (revenue) × XYZ (stability) 3×3 heatmap: clients per cell and the cell's share of revenue.
DashboardChart abcXyzChart(const metrics::MetricsResult& m, Language lang);
/// ROI per lead channel in % (channels without cost are listed in the note, not drawn as 0).
DashboardChart channelRoiChart(const metrics::MetricsResult& m, Language lang);
/// Cost per lead per lead channel.
DashboardChart channelCplChart(const metrics::MetricsResult& m, Language lang);
/// Calls, meetings and e-mails per working day per manager (stacked).
DashboardChart activitiesChart(const metrics::MetricsResult& m, Language lang);
/// Plan fulfilment per manager in % (managers without a plan are listed in the note).
DashboardChart planByManagerChart(const metrics::MetricsResult& m, Language lang);

/// Every chart above in dashboardChartIds() order.
std::vector<DashboardChart> dashboardCharts(const metrics::MetricsResult& m, Language lang);

/// The metrics engine's English reason text in `lang` (known phrases translated; others kept as they are).
QString metricsReasonText(const std::string& reason, Language lang);

} // namespace sa::report
