#include "Money.h"

#include <cmath>
#include <cstdlib>

namespace sa {

static double scale(const Currency& c) noexcept
{
    return std::pow(10.0, c.exponent);
}

double toMajor(Minor m, const Currency& c) noexcept
{
    return static_cast<double>(m) / scale(c);
}

std::optional<Minor> toMinor(double major, const Currency& c) noexcept
{
    const double v = std::round(major * scale(c));
    if (!std::isfinite(v) || std::fabs(v) > 9.2e18)
        return std::nullopt;
    return static_cast<Minor>(v);
}

std::string formatMoney(Minor m, const Currency& c, bool withCode)
{
    const bool neg = m < 0;
    const unsigned long long a = neg ? 0ULL - static_cast<unsigned long long>(m) : static_cast<unsigned long long>(m);
    unsigned long long div = 1;
    for (int i = 0; i < c.exponent; ++i)
        div *= 10;
    std::string whole = std::to_string(a / div);
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += ' ';
        grouped += whole[i];
    }
    std::string out = (neg ? "-" : "") + grouped;
    if (c.exponent > 0) {
        std::string frac = std::to_string(a % div);
        out += '.' + std::string(static_cast<std::size_t>(c.exponent) - frac.size(), '0') + frac;
    }
    if (withCode)
        out += ' ' + c.code;
    return out;
}

} // namespace sa
