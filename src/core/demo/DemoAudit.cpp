#include "DemoAudit.h"

#include "DemoAssessments.h"
#include "DemoBuilder.h"
#include "common/Params.h"
#include "rollup/Rollup.h"

#include <filesystem>

namespace sa::demo {

Result<DemoSummary> fillDemoData(store::Project& project, const DemoOptions& options, const Clock& clock)
{
    if (options.deals < 100 || options.deals > 5'000'000)
        return Error::usage("the demo needs between 100 and 5000000 deals");
    auto counts = project.entityCounts();
    if (!counts)
        return counts.error();
    for (const auto& [table, n] : *counts)
        if (n > 0)
            return Error::usage("the demo fills an empty project; " + table + " already has rows");
    auto tx = store::Transaction::begin(project.db());
    if (!tx)
        return tx.error();
    DemoBuilder builder(project.db(), options, clock.now());
    if (Status s = builder.build(); !s)
        return s.error();
    store::AuditInfo info = *project.auditInfo();
    info.periodFrom = addMonths(startOfMonth(options.end), -23);
    info.periodTo = startOfDay(options.end) + kSecondsPerDay - 1;
    info.updatedAt = clock.now();
    if (Status s = store::writeAuditInfo(project.db(), info); !s)
        return s.error();
    if (Status s = rollup::rebuild(project.db()); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return builder.summary();
}

Result<DemoSummary> createDemoAudit(const std::string& path, const DemoOptions& options, const Clock& clock)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(path, ec))
        return Error::usage("refusing to overwrite an existing file: " + path);
    // Built under a temporary name and renamed when complete: the demo appears whole or not at all.
    const fs::path target(path);
    const fs::path tmp = (target.has_parent_path() ? target.parent_path() : fs::path("."))
        / ("." + target.filename().string() + ".demo-tmp");
    fs::remove(tmp, ec);
    store::AuditInfo info;
    info.company = "ООО «Склад-Системы» (демо)";
    info.variant = store::Variant::Standard;
    info.consultant = "Демо-консультант";
    Result<DemoSummary> summary = Error::internal("not generated");
    {
        auto project = store::Project::create(tmp.string(), info, clock);
        if (!project)
            return project.error();
        summary = fillDemoData(*project, options, clock);
        if (summary) {
            if (Status s = addDemoAssessments(*project,
                    options.catalogueDir.empty() ? Params::defaultCatalogueDir() : options.catalogueDir, clock);
                !s)
                summary = s.error();
        }
    }
    if (summary)
        fs::rename(tmp, target, ec);
    if (!summary || ec) {
        fs::remove(tmp, ec);
        return summary ? Error::internal("cannot move the demo project into place: " + ec.message()) : summary.error();
    }
    return summary;
}

} // namespace sa::demo
