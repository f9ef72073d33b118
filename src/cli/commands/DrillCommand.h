#pragma once
#include "Command.h"
#include "scoring/Drill.h"

namespace sa::cli {

/// salesaudit-cli drill PROJECT CRITERION [--json | --csv FILE [--set N]]
class DrillCommand final : public Command {
public:
    std::string name() const override { return "drill"; }
    std::string summary() const override
    {
        return "List the records behind a criterion's measured value: the row sets its measure decided\n"
               "(e.g. P4: the stalled deals and the open deals judged; C1: detractors, promoters, all\n"
               "responses counted), each with its table and row count. --json prints every set with all\n"
               "its ids; --csv writes the records of one set (--set N, default 1) with every stored column,\n"
               "dates as YYYY-MM-DD (with the time when there is one) and amounts in major units, for\n"
               "sending to the client.";
    }
    std::string synopsis() const override
    {
        return "PROJECT CRITERION [--json | --csv FILE [--set N]] [--catalogue DIR]";
    }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;

private:
    int writeSetCsv(
        const ParsedArgs& args, Context& ctx, const store::Project& project, const scoring::Drill& drill) const;
};

} // namespace sa::cli
