#include "CriteriaCommand.h"

#include "ScoringArgs.h"
#include "scoring/CatalogueValidator.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> CriteriaCommand::options() const
{
    return { { "json", false, "", "list: print JSON on stdout" }, catalogueOptionSpec() };
}

namespace {

int validate(const std::string& dir, Context& ctx)
{
    const auto issues = scoring::validateCatalogueDir(dir);
    for (const auto& i : issues)
        ctx.err << i.describe() << "\n";
    if (!issues.empty()) {
        ctx.err << "salesaudit-cli: the catalogue in " << dir << " is invalid (" << issues.size() << " problem(s))\n";
        return ExitRejected;
    }
    ctx.out << "catalogue " << dir << " is valid\n";
    return ExitOk;
}

std::string variantsText(const scoring::Criterion& c)
{
    std::string s;
    for (auto v : c.variants)
        s += std::string(s.empty() ? "" : ",") + store::toString(v);
    return s;
}

int list(const std::string& dir, bool json, Context& ctx)
{
    auto cat = scoring::loadCatalogue(dir);
    if (!cat)
        return fail(ctx, cat.error());
    if (json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto& c : cat->criteria)
            j.push_back({ { "id", c.id }, { "component", c.component }, { "weight", c.weight },
                { "evidence", scoring::toString(c.evidence) }, { "variants", variantsText(c) },
                { "impact", scoring::toString(c.impactKind) }, { "name", c.name.en }, { "name_ru", c.name.ru } });
        ctx.out << j.dump(2) << "\n";
        return ExitOk;
    }
    for (const auto& c : cat->criteria)
        ctx.out << c.id << "  w" << c.weight << "  " << scoring::toString(c.evidence) << "  [" << variantsText(c)
                << "]  " << c.name.en << "\n";
    return ExitOk;
}

} // namespace

int CriteriaCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.empty())
        return usageError(ctx, *this, "expected a subcommand: validate or list");
    const auto& sub = args.positional[0];
    if (sub == "validate") {
        if (args.positional.size() > 2)
            return usageError(ctx, *this, "validate takes at most one DIR");
        return validate(args.positional.size() == 2 ? args.positional[1] : catalogueDirOption(args), ctx);
    }
    if (sub == "list") {
        if (args.positional.size() != 1)
            return usageError(ctx, *this, "list takes no argument");
        return list(catalogueDirOption(args), args.has("json"), ctx);
    }
    return usageError(ctx, *this, "unknown subcommand '" + sub + "' (validate or list)");
}

} // namespace sa::cli
