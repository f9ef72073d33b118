#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli plan PROJECT [--json | --csv FILE | --xlsx FILE] [--regenerate] [--lang ru|en]
class PlanCommand final : public Command {
public:
    std::string name() const override { return "plan"; }
    std::string summary() const override
    {
        return "Show or export the action plan (generated from the red and yellow criteria the first time) and its "
               "roadmap.";
    }
    std::string synopsis() const override
    {
        return "PROJECT [--json | --csv FILE | --xlsx FILE] [--regenerate] [--lang ru|en]";
    }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
