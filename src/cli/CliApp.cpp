#include "CliApp.h"

#include <exception>
#include <ostream>

namespace sa::cli {

namespace {
void printOverview(std::ostream& os, const std::vector<std::unique_ptr<Command>>& cmds)
{
    os << "usage: salesaudit-cli COMMAND [ARGS]\n\nSales Audit Workbench, headless.\n\ncommands:\n";
    for (const auto& c : cmds) {
        std::string n = "  " + c->name();
        n.resize(12, ' ');
        // Only the first line: some summaries go on to describe sub-commands.
        const std::string summary = c->summary();
        os << n << summary.substr(0, summary.find('\n')) << "\n";
    }
    os << "\nexit codes: 0 ok, 1 internal error, 2 usage error, 3 input rejected (nothing written)\n"
          "'salesaudit-cli COMMAND --help' describes a command.\n";
}
} // namespace

int runCli(const std::vector<std::string>& args, Context& ctx)
{
    try {
        const auto cmds = allCommands();
        if (args.empty()) {
            printOverview(ctx.err, cmds);
            return ExitUsage;
        }
        if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            printOverview(ctx.out, cmds);
            return ExitOk;
        }
        if (args[0] == "--version") {
            ctx.out << "salesaudit-cli " << SA_VERSION << "\n";
            return ExitOk;
        }
        for (const auto& c : cmds) {
            if (c->name() != args[0])
                continue;
            const std::vector<std::string> rest(args.begin() + 1, args.end());
            for (const auto& a : rest)
                if (a == "--help" || a == "-h") {
                    ctx.out << c->help();
                    return ExitOk;
                }
            auto parsed = parseArgs(rest, c->options());
            if (!parsed)
                return usageError(ctx, *c, parsed.error().message);
            return c->run(*parsed, ctx);
        }
        ctx.err << "salesaudit-cli: unknown command '" << args[0] << "'\n";
        printOverview(ctx.err, cmds);
        return ExitUsage;
    } catch (const std::exception& e) {
        ctx.err << "salesaudit-cli: internal error: " << e.what() << "\n";
        return ExitInternal;
    } catch (...) {
        ctx.err << "salesaudit-cli: internal error\n";
        return ExitInternal;
    }
}

} // namespace sa::cli
