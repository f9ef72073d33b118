#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli demo PROJECT [--deals N] [--seed S]
class DemoCommand final : public Command {
public:
    std::string name() const override { return "demo"; }
    std::string summary() const override
    {
        return "Create the demo audit: a complete audit of a fictitious B2B company (deterministic for a seed).";
    }
    std::string synopsis() const override { return "PROJECT [--deals N] [--seed S]"; }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
