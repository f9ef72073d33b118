#include "metrics/JsonOut.h"

#include <cmath>

namespace sa::metrics {

void putNumber(Json& j, const std::string& key, std::optional<double> v, const std::string& reason)
{
    if (v && std::isfinite(*v)) {
        j[key] = *v;
        return;
    }
    j[key] = nullptr;
    j[key + "_reason"] = v ? std::string("not finite") : (reason.empty() ? std::string("no data") : reason);
}

void putMoney(Json& j, const std::string& key, std::optional<Minor> v, const Currency& c, const std::string& reason)
{
    putNumber(j, key, v ? std::optional<double>(toMajor(*v, c)) : std::nullopt, reason);
}

void putRatio(Json& j, const std::string& key, double a, double b, const std::string& reason)
{
    putNumber(j, key, b != 0.0 ? std::optional<double>(a / b) : std::nullopt, reason);
}

} // namespace sa::metrics
