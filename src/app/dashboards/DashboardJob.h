#pragma once
// One Dashboards computation, run off the GUI thread: computes the metrics for the filters on the
// audit's loaded metrics::AuditData (the document's AuditDataCache, shared with the score) and turns
// them into chart specs. A shared token lets the GUI supersede or cancel a run: the job checks it
// between its steps and returns early.
#include "charts/ChartSpec.h"
#include "common/DateTime.h"
#include "metrics/AuditData.h"
#include "metrics/Metrics.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace sa::app {

/// The Dashboards filters; an unset field keeps every deal.
struct DashboardFilters {
    std::optional<LocalSeconds> from, to; ///< whole days; unset = the data's 12-month window W
    std::optional<QString> pipeline; ///< stages.pipeline_name
    std::optional<qint64> managerId; ///< managers.id (deal owner)
    std::optional<QString> salesChannel; ///< deals.sales_channel
    std::optional<qint64> sourceId; ///< channels.id (lead source)
    bool operator==(const DashboardFilters&) const = default;
};

/// What the filter bar offers, read from the project's tables.
struct FilterChoices {
    QStringList pipelines;
    QList<QPair<qint64, QString>> managers; ///< id, name; sorted by name
    QStringList salesChannels;
    QList<QPair<qint64, QString>> sources; ///< id, name; sorted by name
    bool operator==(const FilterChoices&) const = default;
};

/// One chart of the screen, as drawn and exported.
struct DashboardChartItem {
    QString id; ///< stable id, also the default export file name
    charts::ChartSpec spec;
    QString note; ///< a caption line under the chart (totals, what was left out); may be empty
};

/// Everything a run needs; copied into the worker.
struct DashboardInput {
    QString path;
    DashboardFilters filters;
    std::shared_ptr<const metrics::AuditData> data; ///< the audit's loaded data (required)
    QString language; ///< "ru" or "en": chart texts and number format
    std::shared_ptr<std::atomic<quint64>> wanted; ///< the serial the GUI still wants; 0 = none
    quint64 serial = 0;
    double loadMs = 0; ///< returned as is: how long this request waited for the data to load
};

struct DashboardOutcome {
    quint64 serial = 0;
    QString path;
    DashboardFilters filters; ///< as requested
    bool superseded = false; ///< stopped early: the GUI asked for something else meanwhile
    QString error; ///< non-empty: the run failed (names the file and the reason)
    std::shared_ptr<const metrics::AuditData> data;
    std::shared_ptr<const metrics::Json> metrics;
    FilterChoices choices;
    metrics::Period period; ///< the period the metrics cover
    std::vector<DashboardChartItem> charts;
    double loadMs = 0; ///< the data's load time when this request loaded it; 0 when it was reused
    double computeMs = 0;
};

/// Runs one computation (any thread). Never throws; failures come back in `error`.
DashboardOutcome runDashboardJob(const DashboardInput& input);

/// The filter choices found in loaded data (pipelines, managers, sales channels, lead sources).
FilterChoices filterChoicesOf(const metrics::AuditData& data);

/// The metrics options for `filters`; a manager or source that no longer exists gives an error.
Result<metrics::MetricsOptions> metricsOptionsFor(const metrics::AuditData& data, const DashboardFilters& filters);

} // namespace sa::app
