#include "InfoCommand.h"

#include "CommandSupport.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> InfoCommand::options() const
{
    return { { "json", false, "", "print JSON on stdout" } };
}

int InfoCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    auto project = openProject(args.positional[0], store::OpenMode::ReadOnly);
    if (!project)
        return fail(ctx, project.error());
    auto info = project->auditInfo();
    auto counts = project->entityCounts();
    auto version = project->schemaVersion();
    if (!info)
        return fail(ctx, info.error());
    if (!counts)
        return fail(ctx, counts.error());
    if (!version)
        return fail(ctx, version.error());
    auto optDate = [](const std::optional<LocalSeconds>& d) {
        return d ? nlohmann::ordered_json(formatDate(*d)) : nlohmann::ordered_json(nullptr);
    };
    if (args.has("json")) {
        nlohmann::ordered_json j;
        j["schema_version"] = *version;
        j["company"] = info->company;
        j["variant"] = store::toString(info->variant);
        j["period"] = { { "from", optDate(info->periodFrom) }, { "to", optDate(info->periodTo) } };
        j["currency"] = info->currency.code;
        j["entities"] = nlohmann::ordered_json::object();
        for (const auto& [table, n] : *counts)
            j["entities"][table] = n;
        ctx.out << j.dump(2) << "\n";
        return ExitOk;
    }
    ctx.out << "Company:        " << info->company << "\n"
            << "Variant:        " << store::toString(info->variant) << "\n"
            << "Period:         " << (info->periodFrom ? formatDate(*info->periodFrom) : "-") << " .. "
            << (info->periodTo ? formatDate(*info->periodTo) : "-") << "\n"
            << "Currency:       " << info->currency.code << "\n"
            << "Schema version: " << *version << "\n\nRows per entity:\n";
    for (const auto& [table, n] : *counts) {
        std::string t = "  " + table;
        t.resize(18, ' ');
        ctx.out << t << n << "\n";
    }
    return ExitOk;
}

} // namespace sa::cli
