#pragma once
// The one code path that draws every chart, whatever the output (widget, PNG, SVG, PDF page).
#include "ChartSpec.h"
#include "ChartStyle.h"

#include <QPainter>
#include <QRectF>

namespace sa::charts {

/// Draws `spec` inside `bounds` on any painter. Font sizes are relative to `bounds`; the painter's state is
/// restored afterwards. Empty data draws a "No data" placeholder. A widget calls this from paintEvent():
/// `QPainter p(this); sa::charts::render(spec, p, rect(), style);`
void render(const ChartSpec& spec, QPainter& painter, const QRectF& bounds, const ChartStyle& style = {});

} // namespace sa::charts
