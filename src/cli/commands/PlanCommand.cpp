#include "PlanCommand.h"

#include "CommandSupport.h"
#include "common/Params.h"
#include "plan/PlanService.h"
#include "plan/Roadmap.h"

#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> PlanCommand::options() const
{
    return { { "json", false, "", "print the plan and roadmap as JSON on stdout" },
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
    auto project = openProject(args.positional[0], store::OpenMode::ReadWrite);
    if (!project)
        return fail(ctx, project.error());
    auto plan = plan::ensurePlan(*project, Params::defaultCatalogueDir(), lang, args.has("regenerate"), ctx.clock);
    if (!plan)
        return fail(ctx, plan.error());
    const plan::Roadmap roadmap = plan::buildRoadmap(*plan);
    if (args.has("json")) {
        ctx.out << plan::toJson(*plan, roadmap).dump(2) << "\n";
        return ExitOk;
    }
    if (plan->empty())
        ctx.out << "No actions: no criterion is red or yellow.\n";
    for (const auto& a : *plan) {
        std::string criteria;
        for (const auto& c : a.criteria)
            criteria += (criteria.empty() ? "" : ",") + c;
        ctx.out << a.priority << ". [" << plan::toString(a.horizon) << " · " << a.ownerRole << "] " << criteria << ": "
                << a.text << "\n";
        if (!a.targetKpi.empty())
            ctx.out << "   target: " << a.targetKpi << "\n";
    }
    if (!roadmap.threeYears.empty())
        ctx.out << "\nRoadmap (month of the plan):\n";
    for (const auto& item : roadmap.threeYears) {
        const auto& a = (*plan)[item.action];
        ctx.out << "  "
                << (item.startMonth == item.endMonth
                           ? "month " + std::to_string(item.startMonth)
                           : "months " + std::to_string(item.startMonth) + "-" + std::to_string(item.endMonth))
                << "  #" << a.priority << " [" << a.ownerRole << "] " << a.targetKpi << "\n";
    }
    return ExitOk;
}

} // namespace sa::cli
