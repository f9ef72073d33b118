#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli export PROJECT (--json FILE | --xlsx FILE | --csv FILE)... [--lang ru|en] [--delimiter ';'|',']
class ExportCommand final : public Command {
public:
    std::string name() const override { return "export"; }
    std::string summary() const override
    {
        return "Export the whole audit result as JSON, criteria and plan as XLSX, the action plan as CSV.";
    }
    std::string synopsis() const override
    {
        return "PROJECT [--json FILE] [--xlsx FILE] [--csv FILE] [--lang ru|en] [--delimiter ;|,]";
    }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
