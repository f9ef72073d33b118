#include "ScoringArgs.h"

#include "common/Text.h"

#include <algorithm>
#include <charconv>

namespace sa::cli {

Result<std::vector<std::int64_t>> parseIdList(const std::string& text, const std::string& option)
{
    std::vector<std::int64_t> ids;
    if (text::trim(text).empty())
        return ids;
    for (auto part : text::split(text, ',')) {
        part = text::trim(part);
        std::int64_t v = 0;
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
        if (part.empty() || ec != std::errc() || end != part.data() + part.size() || v <= 0)
            return Error::usage(
                "--" + option + " must be a comma-separated list of evidence ids, got '" + std::string(part) + "'");
        ids.push_back(v);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<std::vector<std::string>> parseCriterionList(const std::string& text, const scoring::Catalogue& catalogue)
{
    std::vector<std::string> ids;
    for (auto part : text::split(text, ',')) {
        std::string id(text::trim(part));
        std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return char(std::toupper(c)); });
        if (id.empty())
            continue;
        if (!catalogue.find(id))
            return Error::usage("unknown criterion '" + id + "' (ids are P1..P9, M1..M9, C1..C9, L1..L9, S1..S9)");
        ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::string catalogueDirOption(const ParsedArgs& args)
{
    return args.get("catalogue").value_or(Params::defaultCatalogueDir());
}

OptionSpec catalogueOptionSpec()
{
    return { "catalogue", true, "DIR", "criteria catalogue folder (default: the shipped criteria/)" };
}

} // namespace sa::cli
