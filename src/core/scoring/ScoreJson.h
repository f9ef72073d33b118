#pragma once
// Serialising a ScoreResult: the stable JSON of `salesaudit-cli score --json` (deterministic: fixed
// key order, catalogue order, numbers rounded to fixed decimals) and the readable table.
#include "ScoreResult.h"

#include <nlohmann/json.hpp>
#include <string>

namespace sa::scoring {

/// The score JSON. Values are rounded to 6 decimals, scores/coverage to 2, money to 2.
/// Impacts are listed per criterion and never summed (there is no total key by design).
[[nodiscard]] nlohmann::ordered_json toJson(const ScoreResult& r);
/// toJson(r).dump(2) + "\n".
[[nodiscard]] std::string toJsonText(const ScoreResult& r);
/// The human table: id, component, status symbol + word, value vs threshold, source; then
/// components, overall, bottlenecks and blind spots.
[[nodiscard]] std::string toTable(const ScoreResult& r);

/// "23.5 %" for shares, "12.3" otherwise (for tables and the report).
[[nodiscard]] std::string formatValue(double v, const std::string& unit);

} // namespace sa::scoring
