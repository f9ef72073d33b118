#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli import PROJECT --entity ENTITY --preset PRESET FILE [--mapping M.json] [--sheet NAME]
///                      [--strict] [--replace] [--dry-run] [--json]
class ImportCommand final : public Command {
public:
    std::string name() const override { return "import"; }
    std::string summary() const override
    {
        return "Import a CRM export (CSV, XLSX, Bitrix24 .xls) into one canonical table of the project, in one "
               "transaction. Row-level value problems are kept as data-quality issues; structural problems reject "
               "the file (exit 3) and leave the project unchanged.";
    }
    std::string synopsis() const override
    {
        return "PROJECT --entity ENTITY --preset PRESET FILE [--mapping MAPPING.json] [--sheet NAME] [--strict] "
               "[--replace] [--dry-run] [--json]";
    }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
