#pragma once
// Deterministic random numbers for the demo audit. std::mt19937_64's output sequence is fixed by
// the C++ standard, but the std:: distributions are not, so the distributions are written here:
// the same seed gives the same project on every platform and library.
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace sa::demo {

class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [lo, hi].
    std::int64_t integer(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(uniform() * static_cast<double>(hi - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    /// Index drawn with the given (not necessarily normalised) weights.
    std::size_t weighted(const std::vector<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x < 0)
                return i;
        }
        return weights.size() - 1;
    }
    template <class T> const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(integer(0, static_cast<std::int64_t>(items.size()) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace sa::demo
