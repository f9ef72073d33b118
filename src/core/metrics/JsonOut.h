#pragma once
// The one JSON helper of the metrics output: a value that cannot be computed is null with a
// "<key>_reason" beside it; NaN and infinity never reach the output.
#include "common/Money.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace sa::metrics {

using Json = nlohmann::ordered_json;

/// j[key] = v when finite, else null and j[key + "_reason"] = reason (or "not finite").
void putNumber(Json& j, const std::string& key, std::optional<double> v, const std::string& reason);
/// Money in major units of `c`; null with a reason when absent.
void putMoney(
    Json& j, const std::string& key, std::optional<Minor> v, const Currency& c, const std::string& reason = "");
/// a / b as a fraction; null with `reason` when b == 0.
void putRatio(Json& j, const std::string& key, double a, double b, const std::string& reason);

} // namespace sa::metrics
