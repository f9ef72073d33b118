#pragma once
// How a traffic light is shown: colour AND symbol AND word, never colour alone. Symbol and colour
// come from the report's StatusStyle and the icon is the chart layer's status badge, so the app,
// the PDF report and the charts show one and the same light.
#include "scoring/Measurement.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace sa::app {

QString statusWord(scoring::Status s);
/// ● green, ▲ yellow, ✕ red, ○ not assessed (report::styleOf).
QString statusSymbol(scoring::Status s);
QColor statusColor(scoring::Status s);
/// The chart layer's badge (charts::paintStatusBadge): colour with the symbol drawn inside.
QIcon statusIcon(scoring::Status s);
/// "● Green" — symbol and word together.
QString statusLabel(scoring::Status s);
/// Component/overall statuses are strings ("green", "insufficient_coverage", ...).
scoring::Status statusFromString(const std::string& s);
/// A component or overall status with its symbol: "◌ Too little assessed" (insufficient_coverage),
/// "◌ Too few components" (insufficient_components), else as statusLabel().
QString componentStatusLabel(const std::string& s);

} // namespace sa::app
