#pragma once
// Small statistics used by the metrics and measures (doubles; money enters as Minor and leaves as major units).
#include <optional>
#include <vector>

namespace sa::metrics::stats {

/// Median (mean of the two middle values for an even count); nullopt when empty. Reorders `v`.
[[nodiscard]] std::optional<double> median(std::vector<double>& v);
/// Median of a copy.
[[nodiscard]] std::optional<double> medianOf(std::vector<double> v);
[[nodiscard]] std::optional<double> mean(const std::vector<double>& v);
/// Population standard deviation (divides by n); nullopt when empty.
[[nodiscard]] std::optional<double> stdevPop(const std::vector<double>& v);
/// Coefficient of variation = population stdev / mean; nullopt when empty or the mean is 0.
[[nodiscard]] std::optional<double> cv(const std::vector<double>& v);
/// Linear-interpolated quantile q ∈ [0, 1] (numpy's default "linear"); nullopt when empty. Reorders `v`.
[[nodiscard]] std::optional<double> quantile(std::vector<double>& v, double q);
/// a / b, nullopt when b == 0.
[[nodiscard]] std::optional<double> ratio(double a, double b);

} // namespace sa::metrics::stats
