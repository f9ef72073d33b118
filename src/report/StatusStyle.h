#pragma once
// How a traffic light is printed: colour, symbol and word together, so the status survives
// grayscale print and colour-blind readers.
#include "ReportModel.h"

#include <QColor>

namespace sa::report {

struct StatusStyle {
    QColor fill;
    QColor text; ///< readable on `fill`
    QString symbol;
    QString word;
};

/// The printed style of a light in the labels' language.
StatusStyle styleOf(Light light, const Labels& labels);
/// "● green" — symbol and word (the same symbols as the chart layer's matrix).
QString statusText(Light light, const Labels& labels);
/// The printed word for a status source.
QString sourceText(Source source, const Labels& labels);
/// The chart layer's status for a report light.
charts::Status toChartStatus(Light light);

} // namespace sa::report
