#pragma once
// Helpers shared by the commands: positional checks, dates, opening projects.
#include "Command.h"
#include "store/Project.h"

#include <optional>
#include <utility>

namespace sa::cli {

/// The DATE of the CLI contract (YYYY-MM-DD) from option `name`; usage error when malformed.
Result<std::optional<LocalSeconds>> dateOption(const ParsedArgs& args, const std::string& name);
/// --from/--to as a pair: both or neither, each a DATE, from not after to; usage error otherwise.
Result<std::pair<std::optional<LocalSeconds>, std::optional<LocalSeconds>>> periodOptions(const ParsedArgs& args);
/// Opens PROJECT (validated; see store::Project::open).
Result<store::Project> openProject(const std::string& path, store::OpenMode mode);

} // namespace sa::cli
