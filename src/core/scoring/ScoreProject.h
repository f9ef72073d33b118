#pragma once
// Scoring a project file end to end: catalogue + refs.json + the audit's ref_overrides +
// assessments + measureAll → ScoreResult. The CLI, the GUI and the report call this one API.
#include "Catalogue.h"
#include "ScoreResult.h"
#include "common/Params.h"
#include "metrics/AuditData.h"
#include "scoring/measures/MeasureAll.h"
#include "store/Project.h"

#include <string>

namespace sa::scoring {

/// Everything the engine reads besides the measurements, as configured for this audit.
struct ScoringSetup {
    Catalogue catalogue; ///< threshold changes of the audit applied
    Params params; ///< refs.json with the audit's parameter changes applied
    store::Variant variant = store::Variant::Standard;
    evidence::Assessments assessments;
};

/// Loads the catalogue of `catalogueDir` (validated), its refs.json, the project's variant,
/// assessments and ref_overrides (applied). A broken catalogue or an inapplicable stored change
/// is an InputRejected error naming the file/pointer or the change.
Result<ScoringSetup> loadScoringSetup(const store::Project& project, const std::string& catalogueDir);

/// The full score of a project (measures run on the project's data).
Result<ScoreResult> scoreProject(
    const store::Project& project, const std::string& catalogueDir = Params::defaultCatalogueDir());
/// The same score on data the caller already loaded with setup.params (the report shares one load
/// with its metrics and warnings: a second load costs seconds at 1M deals). `facts`, when given,
/// were read by readExportFacts() on the same data state (the workbench reads them beside the
/// data load); read here when null.
Result<ScoreResult> scoreProject(const store::Project& project, const ScoringSetup& setup,
    const metrics::AuditData& data, const ExportFacts* facts = nullptr);

} // namespace sa::scoring
