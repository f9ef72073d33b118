#include "OptimizeCommand.h"

#include "CommandSupport.h"
#include "rollup/Rollup.h"
#include "store/Sqlite.h"

#include <chrono>
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
    const auto t0 = std::chrono::steady_clock::now();
    auto before = rollup::refresh(project->db());
    if (!before)
        return fail(ctx, before.error());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const bool rebuilt = *before != rollup::State::Current;
    if (args.has("json")) {
        nlohmann::ordered_json j;
        j["rollups"] = { { { "name", "activities" }, { "found", rollup::toString(*before) }, { "rebuilt", rebuilt },
            { "seconds", rebuilt ? seconds : 0.0 } } };
        ctx.out << j.dump(2) << "\n";
        return ExitOk;
    }
    if (rebuilt)
        ctx.out << "activities rollup: " << rollup::toString(*before) << ", rebuilt in " << seconds << " s\n";
    else
        ctx.out << "activities rollup: current\n";
    return ExitOk;
}

} // namespace sa::cli
