#pragma once
// Parses "COMMAND POSITIONAL... --flag --option VALUE" for one command.
#include "common/Result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sa::cli {

struct OptionSpec {
    std::string name; ///< without the leading "--"
    bool takesValue = false;
    std::string valueName; ///< for help, e.g. "DATE"
    std::string help;
};

class ParsedArgs {
public:
    std::vector<std::string> positional;
    std::map<std::string, std::string> options; ///< flags map to ""

    [[nodiscard]] bool has(const std::string& name) const { return options.count(name) > 0; }
    [[nodiscard]] std::optional<std::string> get(const std::string& name) const;
};

/// Rejects unknown options, options missing their value, and repeated options.
Result<ParsedArgs> parseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

} // namespace sa::cli
