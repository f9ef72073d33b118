#pragma once
// The headline figures of the Dashboards screen as KPI tiles: win rate, overall conversion,
// stalled deals (share and amount), NPS and plan fulfilment, read from the metrics result.
#include "charts/ChartSpec.h"
#include "metrics/JsonOut.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace sa::app {

class DashboardKpis {
    Q_DECLARE_TR_FUNCTIONS(sa::app::DashboardKpis)
public:
    /// The KPI tiles of `metrics` (docs/METRICS.md keys). A figure the engine could not compute shows
    /// a dash and the engine's reason as its note. `currency` is the unit of money tiles; `language`
    /// ("ru"/"en") chooses the number format. With `dealFilters` (pipeline, manager, channel or source
    /// set) the figures the filters do not cut (NPS, plan fulfilment) say that they are company-wide.
    static charts::KpiTiles tiles(
        const metrics::Json& metrics, const QString& currency, const QString& language, bool dealFilters = false);
};

/// The number at `section.key` (nested keys allowed: {"funnel", "stalled", "share"}); nullopt when
/// missing or null.
std::optional<double> metricNumber(const metrics::Json& metrics, const std::vector<const char*>& path);
/// Why the number at `path` is null: the "<key>_reason" beside it, else the nearest section's reason.
std::string metricReason(const metrics::Json& metrics, const std::vector<const char*>& path);

} // namespace sa::app
