#pragma once
// Builds the ReportModel of a project: scoring::scoreProject for statuses, components, overall and
// bottlenecks; the catalogue for names, thresholds and default actions; the project file for the
// audit card, evidence, overrides, threshold changes, data sources, data quality and the plan.
#include "ReportModel.h"
#include "common/Result.h"
#include "scoring/ScoreResult.h"
#include "store/Project.h"

#include <cstdint>
#include <string>

namespace sa::report {

struct BuildOptions {
    Language language = Language::Ru;
    std::string catalogueDir; ///< empty = Params::defaultCatalogueDir()
    std::int64_t reportDate = 0; ///< local seconds; the audit's as_of wins when set
};

/// The coloured component (green, yellow or red) with the lowest score, for the verdict; nullptr when none
/// is coloured. A grey component (not assessed or coverage too low) is never "the weakest".
const ComponentLight* weakestComponent(const std::vector<ComponentLight>& components);

/// The whole report of `project`. Errors name the failing part (catalogue, scoring, a table).
/// `score`, when given, receives the engine's result the report was built from.
Result<ReportModel> buildReport(
    const store::Project& project, const BuildOptions& options, scoring::ScoreResult* score = nullptr);

} // namespace sa::report
