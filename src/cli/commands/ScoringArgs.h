#pragma once
// Argument helpers shared by the score, assess, note and criteria commands.
#include "Command.h"
#include "scoring/ScoreProject.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sa::cli {

/// "3,7,12" → {3, 7, 12}; usage error naming `option` on anything else. Empty text → {}.
Result<std::vector<std::int64_t>> parseIdList(const std::string& text, const std::string& option);
/// "P4,m3" → {"M3", "P4"} (upper-cased, sorted, unique); each must be a catalogue criterion.
Result<std::vector<std::string>> parseCriterionList(const std::string& text, const scoring::Catalogue& catalogue);
/// The catalogue folder: --catalogue DIR when given, else the shipped one.
std::string catalogueDirOption(const ParsedArgs& args);
/// The --catalogue option spec shared by the commands.
OptionSpec catalogueOptionSpec();

} // namespace sa::cli
