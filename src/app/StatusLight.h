#pragma once
// How a traffic light is shown: colour AND symbol AND word, never colour alone.
#include "scoring/Measurement.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace sa::app {

QString statusWord(scoring::Status s);
/// ✔ green, ▲ yellow, ✖ red, ○ not assessed: readable in grayscale print and for colour-blind users.
QString statusSymbol(scoring::Status s);
QColor statusColor(scoring::Status s);
/// A filled circle of the colour with the symbol drawn inside.
QIcon statusIcon(scoring::Status s);
/// "✔ Green" — symbol and word together.
QString statusLabel(scoring::Status s);
/// Component/overall statuses are strings ("green", "insufficient_coverage", ...).
scoring::Status statusFromString(const std::string& s);

} // namespace sa::app
