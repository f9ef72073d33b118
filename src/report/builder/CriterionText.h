#pragma once
// Printed texts of the scoring engine's values: statuses, reasons, units, thresholds.
#include "ReportModel.h"
#include "scoring/Catalogue.h"
#include "scoring/ScoreResult.h"

namespace sa::report {

Light lightOf(scoring::Status s);
/// "green", "yellow", "red", "insufficient_coverage"/"insufficient_components"/other.
Light lightOf(const std::string& componentStatus);
Source sourceOf(scoring::Source s);
QString reasonText(scoring::Reason r, const Labels& l);
/// A value in its unit: share → "23,4 %", pp → "1,5 п.п.", money → "1 234 RUB", others plain.
QString valueText(double v, const std::string& unit, const Labels& l, const QString& currency);
/// "green ≥ 90 %, yellow ≥ 70 %".
QString thresholdsText(const scoring::IndicatorResult& i, const Labels& l, const QString& currency);
/// The catalogue text in the labels' language.
QString text(const scoring::Text& t, const Labels& l);
/// The criterion's finding in its component section.
CriterionFinding findingOf(const scoring::CriterionResult& r, const scoring::Criterion& c, const Labels& l,
    const QString& currency, const QString& period);

} // namespace sa::report
