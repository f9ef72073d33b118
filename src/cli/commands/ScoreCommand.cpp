#include "ScoreCommand.h"

#include "CommandSupport.h"
#include "ScoringArgs.h"
#include "scoring/ScoreJson.h"
#include "scoring/ScoreProject.h"

#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> ScoreCommand::options() const
{
    return { { "json", false, "", "print JSON on stdout" }, catalogueOptionSpec() };
}

int ScoreCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    auto project = openProject(args.positional[0], store::OpenMode::ReadOnly);
    if (!project)
        return fail(ctx, project.error());
    auto result = scoring::scoreProject(*project, catalogueDirOption(args));
    if (!result)
        return fail(ctx, result.error());
    ctx.out << (args.has("json") ? scoring::toJsonText(*result) : scoring::toTable(*result));
    return ExitOk;
}

} // namespace sa::cli
