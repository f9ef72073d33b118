#pragma once
// JSON output: pretty-printed UTF-8, written atomically; and the whole report model as JSON.
#include "ReportModel.h"
#include "common/Result.h"

#include <nlohmann/json.hpp>

namespace sa::report {

/// Writes `doc` to `path` (temp file + rename), 2-space indented, UTF-8.
Status writeJson(const nlohmann::json& doc, const QString& path);

/// The complete audit result as carried by the model (card, summary, matrix, findings, plan,
/// appendix); statuses as stable keys (green, yellow, red, not_assessed, insufficient_coverage).
nlohmann::json toJson(const ReportModel& model);

/// The stable key of a light.
const char* lightKey(Light light);

} // namespace sa::report
