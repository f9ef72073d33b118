#pragma once
// Entry point of the criterion measures: the numbers behind every metric criterion (spec §4
// Formula lines), from the project's data. Implemented in this folder; called by the scoring engine.
#include "common/Clock.h"
#include "common/Params.h"
#include "scoring/Measurement.h"
#include "store/Project.h"

#include <set>
#include <string>
#include <vector>

namespace sa::metrics {
class AuditData;
}

namespace sa::scoring {

/// Facts of the project file the measures read besides AuditData: the fields the export contains
/// (named in an import mapping, or holding a value in some row). They change only with imported
/// data, as AuditData does; reading them scans each table with an absent field (~0.5 s at 1M
/// deals), so a caller may read them beside the data load and pass them to measureAll.
struct ExportFacts {
    std::set<std::string> fields; ///< "table.column"
};
Result<ExportFacts> readExportFacts(const store::Project& project);

/// One Measurement per criterion that has a metric part (evidence metric or metric+checklist),
/// in catalogue order. `params` = refs.json defaults with the audit's ref_overrides applied.
/// Loads the project's AuditData itself.
Result<std::vector<Measurement>> measureAll(const store::Project& project, const Params& params);
/// Same on data the caller already loaded (share one AuditData with the metrics engine).
/// `project` is read only for field presence (import mappings) and C4 evidence links.
/// `facts`: read by readExportFacts() on the same data state; read here when null.
Result<std::vector<Measurement>> measureAll(const store::Project& project, const metrics::AuditData& data,
    const Params& params, const ExportFacts* facts = nullptr);

} // namespace sa::scoring
