#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli report PROJECT --pdf FILE [--lang ru|en]
class ReportCommand final : public Command {
public:
    std::string name() const override { return "report"; }
    std::string summary() const override
    {
        return "Write the audit report as PDF (cover, summary, matrix, findings, dashboards, plan, appendix).";
    }
    std::string synopsis() const override { return "PROJECT --pdf FILE [--lang ru|en]"; }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
