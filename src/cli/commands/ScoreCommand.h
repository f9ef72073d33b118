#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli score PROJECT [--json]
class ScoreCommand final : public Command {
public:
    std::string name() const override { return "score"; }
    std::string summary() const override
    {
        return "Score the audit: status of every criterion of the audit's variant, component scores and\n"
               "coverage, the overall index and the bottleneck ranking (spec §5, §6). The table shows id,\n"
               "component, status, value vs threshold and source; --json prints the stable JSON\n"
               "(criteria[], components[], overall, bottlenecks[], blind_spots, impact_base,\n"
               "parameter_changes). The same project always gives the same JSON byte for byte.";
    }
    std::string synopsis() const override { return "PROJECT [--json] [--catalogue DIR]"; }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
