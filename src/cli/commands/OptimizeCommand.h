#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli optimize PROJECT [--json]
class OptimizeCommand final : public Command {
public:
    std::string name() const override { return "optimize"; }
    std::string summary() const override
    {
        return "Rebuild the project's stale derived data (the activities rollup that makes `metrics` fast).";
    }
    std::string synopsis() const override { return "PROJECT [--json]"; }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
