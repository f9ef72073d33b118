#include "DemoCommand.h"

#include "demo/DemoAudit.h"

#include <charconv>
#include <ostream>

namespace sa::cli {

namespace {
template <class T> bool parseNumber(const std::string& s, T& out)
{
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}
} // namespace

std::vector<OptionSpec> DemoCommand::options() const
{
    return { { "deals", true, "N", "number of deals over the two audited years (default 3000)" },
        { "seed", true, "S", "random seed; the same seed gives the same audit (default 1)" } };
}

int DemoCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    demo::DemoOptions options;
    if (const auto v = args.get("deals"); v && !parseNumber(*v, options.deals))
        return usageError(ctx, *this, "--deals must be a whole number, got '" + *v + "'");
    if (const auto v = args.get("seed"); v && !parseNumber(*v, options.seed))
        return usageError(ctx, *this, "--seed must be a non-negative whole number, got '" + *v + "'");
    auto summary = demo::createDemoAudit(args.positional[0], options, ctx.clock);
    if (!summary)
        return fail(ctx, summary.error());
    ctx.out << "Demo audit written to " << args.positional[0] << "\n";
    for (const auto& [table, n] : summary->rows) {
        std::string t = "  " + table;
        t.resize(20, ' ');
        ctx.out << t << n << "\n";
    }
    return ExitOk;
}

} // namespace sa::cli
