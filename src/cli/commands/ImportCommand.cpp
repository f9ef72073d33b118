#include "ImportCommand.h"

#include "CommandSupport.h"
#include "import/Importer.h"
#include "import/presets/Presets.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sa::cli {

namespace {

nlohmann::ordered_json toJson(const import::ImportSummary& s)
{
    nlohmann::ordered_json j;
    j["file"] = s.file;
    j["entity"] = s.entity;
    j["preset"] = s.preset;
    j["dry_run"] = s.dryRun;
    j["format"] = s.format;
    j["encoding"] = s.encoding;
    j["delimiter"] = s.delimiter;
    j["batch_id"] = s.batchId;
    j["replaced_batch"] = s.replacedBatch;
    j["rows_read"] = s.rowsRead;
    j["rows_imported"] = s.rowsImported;
    j["rows_with_issues"] = s.rowsWithIssues;
    j["rows_skipped"] = s.rowsSkipped;
    j["issues_by_reason"] = nlohmann::ordered_json::object();
    for (const auto& [reason, n] : s.issuesByReason)
        j["issues_by_reason"][reason] = n;
    j["new_managers"] = s.newManagers;
    j["new_stages"] = s.newStages;
    j["new_channels"] = s.newChannels;
    j["derived_leads"] = s.derivedLeads;
    j["relinked"] = s.relinked;
    j["duration_ms"] = s.durationMs;
    j["columns"] = nlohmann::ordered_json::array();
    for (const auto& c : s.columns)
        j["columns"].push_back(
            { { "field", c.field }, { "header", c.header }, { "constant", c.constant }, { "format", c.format } });
    j["ignored_columns"] = s.ignoredColumns;
    j["notes"] = s.notes;
    return j;
}

void printText(std::ostream& out, const import::ImportSummary& s)
{
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f", static_cast<double>(s.durationMs) / 1000.0);
    out << (s.dryRun ? "Dry run (nothing written): " : "Imported ") << s.file << " as " << s.entity << " (preset "
        << s.preset << ", " << s.format << (s.encoding.empty() ? "" : " " + s.encoding)
        << (s.delimiter.empty() ? "" : " '" + s.delimiter + "'") << ") in " << secs << " s\n"
        << "  rows read:        " << s.rowsRead << "\n"
        << "  imported:         " << s.rowsImported << "\n"
        << "  with issues:      " << s.rowsWithIssues << "\n"
        << "  skipped:          " << s.rowsSkipped << "\n";
    if (!s.issuesByReason.empty()) {
        out << "  issues by reason:\n";
        for (const auto& [reason, n] : s.issuesByReason) {
            std::string r = "    " + reason;
            r.resize(24, ' ');
            out << r << n << "\n";
        }
    }
    out << "  new managers " << s.newManagers << ", stages " << s.newStages << ", channels " << s.newChannels
        << "; derived leads " << s.derivedLeads << "; earlier rows relinked " << s.relinked << "\n";
    if (s.replacedBatch)
        out << "  replaced batch " << s.replacedBatch << "\n";
    if (!s.ignoredColumns.empty()) {
        out << "  columns not imported:";
        for (const auto& c : s.ignoredColumns)
            out << " " << c << (&c == &s.ignoredColumns.back() ? "" : ";");
        out << "\n";
    }
    for (const auto& n : s.notes)
        out << "  note: " << n << "\n";
}

} // namespace

std::vector<OptionSpec> ImportCommand::options() const
{
    return { { "entity", true, "ENTITY", "target: " + import::entityNames() },
        { "preset", true, "PRESET", "source CRM: " + import::presetNames() },
        { "mapping", true, "MAPPING.json", "column mapping file over the preset (docs/IMPORT.md)" },
        { "sheet", true, "NAME", "XLSX sheet (default: the first)" },
        { "strict", false, "", "reject the file on any row-level value error" },
        { "replace", false, "", "replace an earlier import of the same file" },
        { "dry-run", false, "", "check everything and print the summary, write nothing" },
        { "json", false, "", "print the summary as JSON on stdout" } };
}

int ImportCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 2)
        return usageError(ctx, *this, "expected PROJECT and FILE");
    const auto entityName = args.get("entity");
    const auto preset = args.get("preset");
    if (!entityName || !preset)
        return usageError(ctx, *this, "--entity and --preset are required");
    const auto entity = import::parseEntity(*entityName);
    if (!entity)
        return usageError(ctx, *this, "unknown entity '" + *entityName + "' (one of " + import::entityNames() + ")");
    if (!import::findPreset(*preset))
        return usageError(ctx, *this, "unknown preset '" + *preset + "' (one of " + import::presetNames() + ")");
    auto project = openProject(args.positional[0], store::OpenMode::ReadWrite);
    if (!project)
        return fail(ctx, project.error());
    import::ImportRequest req;
    req.file = args.positional[1];
    req.entity = *entity;
    req.preset = *preset;
    req.mappingFile = args.get("mapping");
    req.sheet = args.get("sheet");
    req.strict = args.has("strict");
    req.replace = args.has("replace");
    auto summary
        = args.has("dry-run") ? import::dryRun(*project, req, ctx.clock) : import::runImport(*project, req, ctx.clock);
    if (!summary)
        return fail(ctx, summary.error());
    if (args.has("json"))
        ctx.out << toJson(*summary).dump(2) << "\n";
    else
        printText(ctx.out, *summary);
    return ExitOk;
}

} // namespace sa::cli
