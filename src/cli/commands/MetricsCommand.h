#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli metrics PROJECT [--json] [--from DATE --to DATE] [--pipeline NAME] [--manager NAME]
///                        [--sales-channel NAME] [--source NAME]
class MetricsCommand final : public Command {
public:
    std::string name() const override { return "metrics"; }
    std::string summary() const override
    {
        return "Compute the dashboard metrics (funnel, pipeline, activities, results, clients, lead sources, "
               "personnel, forecast); keys and formulas in docs/METRICS.md.";
    }
    std::string synopsis() const override { return "PROJECT [--json] [--from DATE --to DATE] [filters]"; }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
