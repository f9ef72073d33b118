#pragma once
// Drill-down: the complete sets of records behind a criterion's measured value (the stalled deals of
// P4, the won and lost deals behind a win rate, the detractors of NPS, ...). The measures decide
// membership while they measure (Measurement::rows); this is the entry point for the CLI and the app.
#include "ScoreProject.h"

#include <string>
#include <vector>

namespace sa::scoring {

/// The records behind one criterion's value.
struct Drill {
    std::string criterionId; ///< the catalogue's spelling ("P4")
    /// In the measure's order: the set the value is about first, then its base. Empty when the
    /// criterion has no data measure or its measure names no rows (e.g. M3: aggregated activity days).
    std::vector<RowSet> sets;
};

/// The drill-down of `criterionId` (case-insensitive) on the project's data. An id that is not in
/// the catalogue is a usage error.
Result<Drill> drillRows(const store::Project& project, const ScoringSetup& setup, const std::string& criterionId);
/// The same on data the caller already loaded with setup.params.
Result<Drill> drillRows(const store::Project& project, const ScoringSetup& setup, const metrics::AuditData& data,
    const std::string& criterionId);

} // namespace sa::scoring
