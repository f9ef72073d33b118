#include "metrics/Stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sa::metrics::stats {

std::optional<double> median(std::vector<double>& v)
{
    if (v.empty())
        return std::nullopt;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

std::optional<double> medianOf(std::vector<double> v)
{
    return median(v);
}

std::optional<double> mean(const std::vector<double>& v)
{
    if (v.empty())
        return std::nullopt;
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

std::optional<double> stdevPop(const std::vector<double>& v)
{
    const auto m = mean(v);
    if (!m)
        return std::nullopt;
    double ss = 0.0;
    for (double x : v)
        ss += (x - *m) * (x - *m);
    return std::sqrt(ss / static_cast<double>(v.size()));
}

std::optional<double> cv(const std::vector<double>& v)
{
    const auto m = mean(v);
    if (!m || *m == 0.0)
        return std::nullopt;
    return *stdevPop(v) / *m;
}

std::optional<double> quantile(std::vector<double>& v, double q)
{
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

std::optional<double> ratio(double a, double b)
{
    if (b == 0.0)
        return std::nullopt;
    return a / b;
}

} // namespace sa::metrics::stats
