#include "OptimizeCommand.h"

#include "CommandSupport.h"
#include "rollup/Rollup.h"
#include "store/Sqlite.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> OptimizeCommand::options() const
{
    return { { "json", false, "", "print JSON on stdout" } };
}

int OptimizeCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    // A read-write open also migrates an older file to the current schema. No "PRAGMA optimize":
    // its ANALYZE would add sqlite_stat1, an object the project validator refuses (exact schema).
    auto project = openProject(args.positional[0], store::OpenMode::ReadWrite);
    if (!project)
        return fail(ctx, project.error());
    auto done = rollup::refresh(project->db());
    if (!done)
        return fail(ctx, done.error());
    if (args.has("json")) {
        nlohmann::ordered_json j;
        j["rollups"] = nlohmann::ordered_json::array();
        for (const auto& r : *done)
            j["rollups"].push_back({ { "name", r.name }, { "found", rollup::toString(r.found) },
                { "rebuilt", r.found != rollup::State::Current }, { "seconds", r.seconds } });
        ctx.out << j.dump(2) << "\n";
        return ExitOk;
    }
    for (const auto& r : *done)
        if (r.found != rollup::State::Current)
            ctx.out << r.name << " rollup: " << rollup::toString(r.found) << ", rebuilt in " << r.seconds << " s\n";
        else
            ctx.out << r.name << " rollup: current\n";
    return ExitOk;
}

} // namespace sa::cli
