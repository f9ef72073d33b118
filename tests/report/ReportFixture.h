#pragma once
// A complete, realistic ReportModel for tests and the benchmark: the 45 criteria of the real
// catalogue (criteria/*.json, names in the chosen language), mixed statuses, measured values on
// the catalogue thresholds, evidence quotes (some hostile: HTML, markdown, file URLs), overrides,
// the catalogue's actions as the plan, charts for the dashboards.
#include "ReportModel.h"

namespace sa::test {

/// The evidence excerpt with markup that must print literally.
inline const QString kHostileExcerpt = QStringLiteral(
    "Менеджер сказал: <b>скидка 30 %</b> <img src=\"file:///etc/passwd\"> **x** см. file:///etc/shadow");

/// `sourceDir` = the repository root (holds criteria/*.json).
report::ReportModel makeFixtureReport(report::Language lang, const QString& sourceDir);

} // namespace sa::test
