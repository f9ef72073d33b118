#include "AnonymizeCommand.h"

#include "privacy/Anonymizer.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace sa::cli {

namespace {

nlohmann::ordered_json columnsJson(const std::vector<privacy::ColumnReport>& columns)
{
    auto list = nlohmann::ordered_json::array();
    for (const auto& c : columns)
        list.push_back(
            { { "table", c.table }, { "column", c.column }, { "treatment", c.treatment }, { "values", c.values } });
    return list;
}

void printColumns(std::ostream& out, const std::vector<privacy::ColumnReport>& columns)
{
    for (const auto& c : columns) {
        std::string where = "  " + c.table + "." + c.column;
        where.resize(std::max<std::size_t>(where.size() + 1, 32), ' ');
        out << where << c.treatment << ": " << c.values << "\n";
    }
}

} // namespace

std::vector<OptionSpec> AnonymizeCommand::options() const
{
    return { { "key", true, "FILE",
                 "the pseudonymisation key (default $XDG_CONFIG_HOME/salesaudit/pseudonym.key, created if missing)" },
        { "scan", false, "", "only report which columns hold personal data; write nothing" },
        { "json", false, "", "print JSON on stdout" } };
}

int AnonymizeCommand::scan(const std::string& project, bool json, Context& ctx)
{
    auto found = privacy::scanPersonalData(project);
    if (!found)
        return fail(ctx, found.error());
    if (json) {
        ctx.out << nlohmann::ordered_json { { "columns", columnsJson(*found) } }.dump(2) << "\n";
        return ExitOk;
    }
    ctx.out << (found->empty() ? "No personal data found.\n" : "Personal data (rows per column):\n");
    printColumns(ctx.out, *found);
    return ExitOk;
}

int AnonymizeCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.has("scan")) {
        if (args.positional.size() != 1 || args.has("key"))
            return usageError(ctx, *this, "--scan takes exactly one PROJECT and no --key");
        return scan(args.positional[0], args.has("json"), ctx);
    }
    if (args.positional.size() != 2)
        return usageError(ctx, *this, "expected PROJECT and OUT");
    auto keyPath = args.has("key") ? Result<std::string>(*args.get("key")) : privacy::PseudonymKey::defaultPath();
    if (!keyPath)
        return fail(ctx, keyPath.error());
    auto key = privacy::PseudonymKey::loadOrCreate(*keyPath);
    if (!key)
        return fail(ctx, key.error());
    auto report = privacy::writeAnonymizedCopy(args.positional[0], args.positional[1], *key);
    if (!report)
        return fail(ctx, report.error());
    if (args.has("json")) {
        nlohmann::ordered_json j { { "output", args.positional[1] }, { "bytes", report->outputBytes },
            { "key", key->path() }, { "columns", columnsJson(report->columns) } };
        ctx.out << j.dump(2) << "\n";
        return ExitOk;
    }
    ctx.out << "Wrote " << args.positional[1] << " (" << report->outputBytes << " bytes) without personal data.\n"
            << "Pseudonyms are keyed by " << key->path() << ": keep it to get the same pseudonyms next time;"
            << " never send it.\nReplaced (rows per column):\n";
    printColumns(ctx.out, report->columns);
    return ExitOk;
}

} // namespace sa::cli
