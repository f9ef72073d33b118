#include "CommandSupport.h"

namespace sa::cli {

Result<std::optional<LocalSeconds>> dateOption(const ParsedArgs& args, const std::string& name)
{
    const auto v = args.get(name);
    if (!v)
        return std::optional<LocalSeconds>{};
    const auto d = parseIsoDate(*v);
    if (!d)
        return Error::usage("--" + name + " must be a date YYYY-MM-DD, got '" + *v + "'");
    return std::optional<LocalSeconds>{*d};
}

Result<store::Project> openProject(const std::string& path, store::OpenMode mode)
{
    return store::Project::open(path, mode);
}

} // namespace sa::cli
