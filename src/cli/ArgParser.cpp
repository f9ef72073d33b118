#include "ArgParser.h"

#include <algorithm>

namespace sa::cli {

std::optional<std::string> ParsedArgs::get(const std::string& name) const
{
    const auto it = options.find(name);
    return it == options.end() ? std::nullopt : std::optional<std::string>(it->second);
}

Result<ParsedArgs> parseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs)
{
    ParsedArgs out;
    bool onlyPositional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (onlyPositional || a.size() < 3 || a.rfind("--", 0) != 0) {
            if (a == "--")
                onlyPositional = true;
            else
                out.positional.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.end())
            return Error::usage("unknown option --" + name);
        if (out.has(name))
            return Error::usage("option --" + name + " given twice");
        if (!spec->takesValue) {
            if (inlineValue)
                return Error::usage("option --" + name + " takes no value");
            out.options[name] = "";
            continue;
        }
        if (inlineValue) {
            out.options[name] = *inlineValue;
        } else {
            if (i + 1 >= args.size())
                return Error::usage("option --" + name + " needs a value (" + spec->valueName + ")");
            out.options[name] = args[++i];
        }
    }
    return out;
}

} // namespace sa::cli
