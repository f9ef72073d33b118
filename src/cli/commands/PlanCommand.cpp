#include "PlanCommand.h"

#include "CommandSupport.h"
#include "CsvWriter.h"
#include "StoreFacts.h"
#include "XlsxWriter.h"
#include "common/Params.h"
#include "plan/PlanService.h"
#include "plan/Roadmap.h"

#include <ostream>

namespace sa::cli {

namespace {

/// Writes the plan table to --csv or --xlsx (the report's own writers: OWASP-neutralised CSV with a BOM,
/// XLSX with text as strings); both are atomic.
Status exportPlan(const ParsedArgs& args, const store::Project& project, const std::vector<plan::ActionRecord>& plan,
    const std::string& lang)
{
    auto audit = project.auditInfo();
    if (!audit)
        return audit.error();
    const auto labels = report::Labels::forLanguage(lang == "en" ? report::Language::En : report::Language::Ru);
    const report::Table table
        = report::planTable(report::actionRows(plan, labels), labels, QString::fromStdString(audit->currency.code));
    if (args.has("csv"))
        return report::writeCsv(table, QString::fromStdString(args.options.at("csv")));
    return report::writeXlsx({ table }, QString::fromStdString(args.options.at("xlsx")));
}

/// The plan and its 3-year roadmap as text.
void printPlan(std::ostream& out, const std::vector<plan::ActionRecord>& actions, const plan::Roadmap& roadmap)
{
    if (actions.empty())
        out << "No actions: no criterion is red or yellow.\n";
    for (const auto& a : actions) {
        std::string criteria;
        for (const auto& c : a.criteria)
            criteria += (criteria.empty() ? "" : ",") + c;
        out << a.priority << ". [" << plan::toString(a.horizon) << " · " << a.ownerRole << "] " << criteria << ": "
            << a.text << "\n";
        if (!a.targetKpi.empty())
            out << "   target: " << a.targetKpi << "\n";
    }
    if (!roadmap.threeYears.empty())
        out << "\nRoadmap (month of the plan):\n";
    for (const auto& item : roadmap.threeYears) {
        const auto& a = actions[item.action];
        out << "  "
            << (item.startMonth == item.endMonth
                       ? "month " + std::to_string(item.startMonth)
                       : "months " + std::to_string(item.startMonth) + "-" + std::to_string(item.endMonth))
            << "  #" << a.priority << " [" << a.ownerRole << "] " << a.targetKpi << "\n";
    }
}

} // namespace

std::vector<OptionSpec> PlanCommand::options() const
{
    return { { "json", false, "", "print the plan and roadmap as JSON on stdout" },
        { "csv", true, "FILE", "write the plan as CSV for Excel (UTF-8 with BOM, `;`, formulas neutralised)" },
        { "xlsx", true, "FILE", "write the plan as XLSX (text as strings, never formulas)" },
        { "regenerate", false, "", "regenerate the proposed actions from the current score (edits are kept)" },
        { "lang", true, "LANG", "language of generated texts: ru (default) or en" } };
}

int PlanCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    const std::string lang = args.get("lang").value_or("ru");
    if (lang != "ru" && lang != "en")
        return usageError(ctx, *this, "--lang must be ru or en");
    if (int(args.has("json")) + int(args.has("csv")) + int(args.has("xlsx")) > 1)
        return usageError(ctx, *this, "give at most one of --json, --csv, --xlsx");
    auto project = openProject(args.positional[0], store::OpenMode::ReadWrite);
    if (!project)
        return fail(ctx, project.error());
    auto plan = plan::ensurePlan(*project, Params::defaultCatalogueDir(), lang, args.has("regenerate"), ctx.clock);
    if (!plan)
        return fail(ctx, plan.error());
    if (args.has("csv") || args.has("xlsx")) {
        if (Status s = exportPlan(args, *project, *plan, lang); !s)
            return fail(ctx, s.error());
        ctx.out << "wrote " << args.options.at(args.has("csv") ? "csv" : "xlsx") << "\n";
        return ExitOk;
    }
    const plan::Roadmap roadmap = plan::buildRoadmap(*plan);
    if (args.has("json")) {
        ctx.out << plan::toJson(*plan, roadmap).dump(2) << "\n";
        return ExitOk;
    }
    printPlan(ctx.out, *plan, roadmap);
    return ExitOk;
}

} // namespace sa::cli
