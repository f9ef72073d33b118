#pragma once
// The traffic-light status as a small badge (colour + symbol) for tables and item delegates,
// drawn exactly as in the charts.
#include "ChartSpec.h"
#include "ChartStyle.h"

#include <QPainter>
#include <QRectF>
#include <QString>

namespace sa::charts {

/// Fills `rect` with the status colour (out of scope: hatched) and draws its symbol: ● green, ▲ yellow,
/// ✖ red, ○ not assessed, — out of scope. The painter's state is restored.
void paintStatusBadge(QPainter& painter, const QRectF& rect, Status status, const Palette& palette = {});

/// The translated word for a status (context "Charts"): Green, Yellow, Red, Not assessed, Out of scope.
QString statusWord(Status status);

} // namespace sa::charts
