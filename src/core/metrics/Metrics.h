#pragma once
// The metric families of the Dashboards (PRODUCT.md) computed from one AuditData: funnel (with the
// absorbing Markov chain), pipeline, activities, results, clients, lead generation, personnel,
// forecast. Keys and formulas: docs/METRICS.md. The GUI, the report and `salesaudit-cli metrics`
// all read MetricsResult.
#include "metrics/AuditData.h"
#include "metrics/JsonOut.h"

#include <optional>
#include <string>

namespace sa::metrics {

/// Optional cuts; an unset field keeps every deal.
struct MetricsFilter {
    std::optional<std::string> pipeline; ///< stages.pipeline_name
    std::optional<Row> manager; ///< managers row (deal owner)
    std::optional<std::string> salesChannel; ///< deals.sales_channel
    std::optional<Row> source; ///< channels row (lead source)
    [[nodiscard]] bool matches(const AuditData& d, const Deal& deal) const;
};

struct MetricsOptions {
    /// The period the metrics cover; default = W (the 12 months ending at as_of). Open-deal
    /// snapshots are taken at period.to; the 12-month windows of retention, ABC-XYZ and LTV end there.
    std::optional<Period> period;
    MetricsFilter filter;
};

/// Every family as JSON sections (stable keys, see docs/METRICS.md). Fractions 0..1, money in
/// major units of the audit currency, counts as integers, null + "<key>_reason" when not computable.
struct MetricsResult {
    Json json; ///< {"period", "revenue_basis", "funnel", "win_rate", "by_manager", "by_source", ...}
};

/// Computes every family. A project without data gives every section null with a reason.
[[nodiscard]] MetricsResult computeMetrics(const AuditData& data, const MetricsOptions& options = {});

} // namespace sa::metrics
