#include "Importer.h"

#include "import/pipeline/ColumnBinding.h"
#include "import/pipeline/ImportSession.h"
#include "import/presets/Presets.h"

namespace sa::import {

namespace {

Result<ImportSummary> runSession(store::Project& project, const ImportRequest& request, const Clock& clock,
    ImportSession::Mode mode, const ProgressFn& progress)
{
    ImportSession session(project, request, clock, mode, 0, progress);
    auto summary = session.run();
    if (summary || !session.needsTwoPasses())
        return summary;
    ImportSession again(project, request, clock, mode, 0, progress); // the first attempt was rolled back
    again.forceTwoPasses();
    return again.run();
}

} // namespace

Result<std::vector<std::string>> detectPresets(
    const std::string& file, Entity entity, const std::optional<std::string>& sheet)
{
    OpenOptions options;
    options.sheet = sheet;
    auto source = openTable(file, options);
    if (!source)
        return source.error();
    std::vector<std::string> fits;
    for (const auto& p : presets()) {
        auto mapping = presetMapping(p.name, entity);
        if (mapping && bindColumns((*source)->header(), *mapping, { file, p.title }).ok())
            fits.push_back(p.name);
    }
    return fits;
}

Result<Preview> preview(store::Project& project, const ImportRequest& request, int maxRows, const Clock& clock)
{
    ImportSession session(project, request, clock, ImportSession::Mode::Preview, maxRows < 1 ? 1 : maxRows, {});
    auto summary = session.run();
    if (!summary)
        return summary.error();
    Preview p;
    p.summary = std::move(*summary);
    p.rows = std::move(session.previewRows());
    return p;
}

Result<ImportSummary> dryRun(
    store::Project& project, const ImportRequest& request, const Clock& clock, const ProgressFn& progress)
{
    return runSession(project, request, clock, ImportSession::Mode::DryRun, progress);
}

Result<ImportSummary> runImport(
    store::Project& project, const ImportRequest& request, const Clock& clock, const ProgressFn& progress)
{
    if (project.mode() != store::OpenMode::ReadWrite)
        return Error::usage("the project is open read-only");
    return runSession(project, request, clock, ImportSession::Mode::Import, progress);
}

} // namespace sa::import
