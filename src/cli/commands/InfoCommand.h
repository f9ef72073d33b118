#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli info PROJECT [--json]
class InfoCommand final : public Command {
public:
    std::string name() const override { return "info"; }
    std::string summary() const override
    {
        return "Show the audit's company, variant, period, schema version and row count per entity.";
    }
    std::string synopsis() const override { return "PROJECT [--json]"; }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
