#pragma once
// The import pipeline's public API, shared by the CLI and the GUI wizard:
//   preview()  — the first N rows as they will land, with the detected format and column binding;
//   dryRun()   — the full import with every check and the summary, then rolled back;
//   runImport()— the import: one transaction + one import_batches row; the progress callback
//                returning false cancels it and rolls everything back.
// Structural problems reject the whole file (ErrorKind::InputRejected, nothing written).
#include "common/Clock.h"
#include "common/Result.h"
#include "import/pipeline/EntitySchema.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sa::store {
class Project;
}

namespace sa::import {

struct ImportRequest {
    std::string file; ///< CSV, XLSX or Bitrix24 HTML-.xls
    Entity entity = Entity::Deals;
    std::string preset = "generic"; ///< amocrm, bitrix24, hubspot, pipedrive, salesforce, generic
    std::optional<std::string> mappingFile; ///< a mapping JSON file (docs/IMPORT.md), over the preset
    std::optional<std::string> mappingJson; ///< the same as text (the GUI's edited mapping); wins over mappingFile
    std::optional<std::string> sheet; ///< XLSX sheet name
    bool strict = false; ///< row-level value errors reject the file
    bool replace = false; ///< re-import of the same file replaces its earlier batch
};

/// Called every few thousand rows and at the end: fraction 0..1 of the file, rows so far.
/// Return false to cancel (everything is rolled back; the result is ErrorKind::Cancelled).
using ProgressFn = std::function<bool(double fraction, long long rows)>;

/// Which source column feeds which canonical field.
struct ColumnBindingInfo {
    std::string field; ///< canonical field
    std::string header; ///< source header, empty when the value is a constant
    std::string constant;
    std::string format; ///< decided format for dates/numbers ("dd.mm.yyyy", "decimal ','"), may be empty
};

struct ImportSummary {
    std::string file;
    std::string entity;
    std::string preset;
    std::string format; ///< "csv", "xlsx", "html-xls"
    std::string encoding;
    std::string delimiter;
    std::int64_t batchId = 0; ///< 0 for dry runs and previews
    std::int64_t replacedBatch = 0;
    long long rowsRead = 0;
    long long rowsImported = 0;
    long long rowsWithIssues = 0;
    long long rowsSkipped = 0; ///< rows that could not land (a required value missing or invalid)
    std::map<std::string, long long> issuesByReason;
    long long relinked = 0; ///< earlier rows whose references this import resolved
    long long derivedLeads = 0;
    long long newManagers = 0, newStages = 0, newChannels = 0;
    std::int64_t durationMs = 0;
    std::vector<ColumnBindingInfo> columns;
    std::vector<std::string> ignoredColumns; ///< source headers no field uses
    std::vector<std::string> notes; ///< reader leniencies and format decisions
    bool dryRun = false;
};

/// One row as it will land: canonical field → display text ("" = NULL), plus its issues.
struct PreviewRow {
    long long rowNumber = 0;
    std::vector<std::pair<std::string, std::string>> values;
    std::vector<std::string> issues;
};

struct Preview {
    ImportSummary summary; ///< format, binding and the counts over the previewed rows
    std::vector<PreviewRow> rows;
};

/// The presets whose columns the file's header carries for `entity`, a CRM's own preset before
/// `generic`; empty when none fits (the wizard then asks for a mapping). Reads the header only.
Result<std::vector<std::string>> detectPresets(
    const std::string& file, Entity entity, const std::optional<std::string>& sheet = {});
/// The first `maxRows` rows converted as runImport would; nothing is written.
Result<Preview> preview(store::Project& project, const ImportRequest& request, int maxRows, const Clock& clock);
/// The whole import with all checks, rolled back at the end.
Result<ImportSummary> dryRun(
    store::Project& project, const ImportRequest& request, const Clock& clock, const ProgressFn& progress = {});
/// Imports the file in one transaction.
Result<ImportSummary> runImport(
    store::Project& project, const ImportRequest& request, const Clock& clock, const ProgressFn& progress = {});

} // namespace sa::import
