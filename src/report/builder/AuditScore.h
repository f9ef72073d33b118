#pragma once
// The audit's score computed on an AuditData the report loaded once and shares with the dashboards'
// metrics and the data-quality warnings (scoring::scoreProject would load the project a second time,
// which at 1M deals costs seconds).
#include "common/Result.h"
#include "metrics/AuditData.h"
#include "scoring/ScoreProject.h"

namespace sa::report {

/// measureAll + score on `data`; the same result as scoring::scoreProject(project, dir).
Result<scoring::ScoreResult> scoreAudit(
    const store::Project& project, const scoring::ScoringSetup& setup, const metrics::AuditData& data);

} // namespace sa::report
