#pragma once
// Plain data specs for every chart kind. Charts know nothing of scoring or metrics types:
// the report and the app convert their results into these structs.
#include <QColor>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <variant>
#include <vector>

namespace sa::charts {

/// A traffic-light status as drawn (colour + symbol + word).
enum class Status { Green, Yellow, Red, NotAssessed, OutOfScope };

/// One funnel stage: how many reached it, optionally how many are stalled there and a second series value.
struct FunnelStage {
    QString label;
    double reached = 0;
    std::optional<double> stalled; ///< deals stuck at this stage (drawn hatched inside the bar)
    std::optional<double> secondary; ///< e.g. Markov win probability, a fraction 0..1
};

/// Funnel with both percentage bases (% of previous stage and % of the first stage).
struct FunnelChart {
    QString title;
    std::vector<FunnelStage> stages;
    QString secondaryLabel; ///< column header for FunnelStage::secondary (shown only when some stage has it)
    int decimals = 0; ///< decimals of the reached / stalled counts
    QString noDataReason {}; ///< why there is nothing to draw, printed under "No data" (empty: just "No data")
};

enum class Orientation { Vertical, Horizontal };
enum class BarMode { Grouped, Stacked };

struct BarSeries {
    QString name;
    std::vector<double> values; ///< one per category; missing trailing values count as 0
    std::optional<QColor> color;
};

/// Bars per category, several series grouped side by side or stacked (e.g. pipeline by manager x stage).
struct BarChart {
    QString title;
    QStringList categories;
    std::vector<BarSeries> series;
    Orientation orientation = Orientation::Vertical;
    BarMode mode = BarMode::Grouped;
    QString valueAxisLabel;
    int decimals = 0;
    bool showValues = true; ///< value labels on bars when they fit
    std::vector<QColor> categoryColors; ///< optional colour per category (overrides the first series' colour)
    QString noDataReason {}; ///< why there is nothing to draw, printed under "No data" (empty: just "No data")
};

enum class LineStyle { Solid, Dashed };

struct LineSeries {
    QString name;
    std::vector<std::optional<double>> values; ///< one per category; nullopt = gap
    LineStyle style = LineStyle::Solid; ///< Dashed for a plan line
    std::optional<QColor> color;
    /// Optional interval band (e.g. a forecast interval): lower/upper per category, nullopt = no band there.
    std::vector<std::optional<double>> lower;
    std::vector<std::optional<double>> upper;
};

/// Several series over categories (usually months).
struct LineChart {
    QString title;
    QStringList categories;
    std::vector<LineSeries> series;
    QString valueAxisLabel;
    int decimals = 0;
    QString noDataReason {}; ///< why there is nothing to draw, printed under "No data" (empty: just "No data")
};

/// Answers per score 0..10; the NPS headline is computed from the counts.
struct NpsDistribution {
    QString title;
    std::array<double, 11> counts {};
    QString noDataReason {}; ///< why there is nothing to draw, printed under "No data" (empty: just "No data")
};

/// ABC (rows A/B/C) x XYZ (columns X/Y/Z); colour intensity follows `values`.
struct AbcXyzHeatmap {
    QString title;
    std::array<std::array<double, 3>, 3> values {}; ///< [abc][xyz], e.g. number of clients
    std::array<std::array<std::optional<double>, 3>, 3> shares {}; ///< [abc][xyz] fraction 0..1, e.g. revenue share
    QString valueLabel; ///< caption of the main value (e.g. "clients")
    QString shareLabel; ///< caption of the share (e.g. "of revenue")
    QString noDataReason {}; ///< why there is nothing to draw, printed under "No data" (empty: just "No data")
};

struct TrafficCell {
    QString id; ///< criterion id, e.g. "M3"
    Status status = Status::NotAssessed;
};

struct TrafficRow {
    QString label; ///< component name
    std::vector<TrafficCell> cells; ///< at most 9 are drawn
};

/// Up to 5 component rows of up to 9 criteria; every status is colour + symbol + (in the legend) word.
struct TrafficLightMatrix {
    QString title;
    std::vector<TrafficRow> rows;
    bool showLegend = true;
    QString noDataReason {}; ///< why there is nothing to draw, printed under "No data" (empty: just "No data")
};

/// Roadmap horizons as columns of the Gantt chart.
enum class Horizon { Month1, Q1, Q2toQ4, Year2, Year3 };

struct RoadmapItem {
    QString action;
    QString ownerRole;
    Horizon horizon = Horizon::Q1;
    /// Optional explicit span in months from the plan start [from, to); default: the horizon's column.
    std::optional<std::pair<double, double>> months;
};

struct Roadmap {
    QString title;
    std::vector<RoadmapItem> items;
    QString noDataReason {}; ///< why there is nothing to draw, printed under "No data" (empty: just "No data")
};

struct KpiTile {
    QString caption;
    std::optional<double> value; ///< nullopt prints a dash
    int decimals = 0;
    QString unit; ///< appended after a narrow space, e.g. "%" or "₽"
    QString note; ///< small line under the caption
    std::optional<Status> status;
};

/// Big numbers with captions.
struct KpiTiles {
    QString title;
    std::vector<KpiTile> tiles;
    QString noDataReason {}; ///< why there is nothing to draw, printed under "No data" (empty: just "No data")
};

using ChartSpec = std::variant<FunnelChart, BarChart, LineChart, NpsDistribution, AbcXyzHeatmap, TrafficLightMatrix,
    Roadmap, KpiTiles>;

/// Net Promoter Score (-100..100) of the counts: % promoters (9-10) minus % detractors (0-6); nullopt if no answers.
std::optional<double> npsScore(const NpsDistribution& nps);

/// The title of any chart spec.
QString titleOf(const ChartSpec& spec);

} // namespace sa::charts
