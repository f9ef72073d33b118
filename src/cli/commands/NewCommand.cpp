#include "NewCommand.h"

#include "CommandSupport.h"

#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> NewCommand::options() const
{
    return {
        { "company", true, "NAME", "the audited company (required)" },
        { "variant", true, "VARIANT", "express, standard (default) or premium" },
        { "from", true, "DATE", "first day of the audited period (YYYY-MM-DD)" },
        { "to", true, "DATE", "last day of the audited period (YYYY-MM-DD)" },
        { "currency", true, "CODE", "audit currency, ISO 4217 (default RUB)" },
        { "consultant", true, "NAME", "the consultant running the audit" },
    };
}

int NewCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    const auto company = args.get("company");
    if (!company || company->empty())
        return usageError(ctx, *this, "--company is required");
    store::AuditInfo info;
    info.company = *company;
    if (const auto v = args.get("variant")) {
        const auto parsed = store::parseVariant(*v);
        if (!parsed)
            return usageError(ctx, *this, "--variant must be express, standard or premium");
        info.variant = *parsed;
    }
    const auto period = periodOptions(args);
    if (!period)
        return usageError(ctx, *this, period.error().message);
    info.periodFrom = period->first;
    // The period's last day is inclusive: store the end of that day.
    if (period->second)
        info.periodTo = *period->second + kSecondsPerDay - 1;
    if (const auto c = args.get("currency"))
        info.currency.code = *c;
    if (const auto c = args.get("consultant"))
        info.consultant = *c;
    auto project = store::Project::create(args.positional[0], info, ctx.clock);
    if (!project)
        return fail(ctx, project.error());
    ctx.err << "created " << args.positional[0] << " (" << info.company << ", " << store::toString(info.variant)
            << ")\n";
    return ExitOk;
}

} // namespace sa::cli
