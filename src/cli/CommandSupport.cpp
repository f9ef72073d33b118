#include "CommandSupport.h"

namespace sa::cli {

Result<std::optional<LocalSeconds>> dateOption(const ParsedArgs& args, const std::string& name)
{
    const auto v = args.get(name);
    if (!v)
        return std::optional<LocalSeconds> {};
    const auto d = parseIsoDate(*v);
    if (!d)
        return Error::usage("--" + name + " must be a date YYYY-MM-DD, got '" + *v + "'");
    return std::optional<LocalSeconds> { *d };
}

Result<std::pair<std::optional<LocalSeconds>, std::optional<LocalSeconds>>> periodOptions(const ParsedArgs& args)
{
    auto from = dateOption(args, "from");
    if (!from)
        return from.error();
    auto to = dateOption(args, "to");
    if (!to)
        return to.error();
    if (from->has_value() != to->has_value())
        return Error::usage("--from and --to go together");
    if (*from && **from > **to)
        return Error::usage("--from is after --to");
    return std::pair { *from, *to };
}

Result<store::Project> openProject(const std::string& path, store::OpenMode mode)
{
    return store::Project::open(path, mode);
}

} // namespace sa::cli
