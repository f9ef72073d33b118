#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli assess PROJECT CRITERION MODE ... (one write per call, one transaction)
class AssessCommand final : public Command {
public:
    std::string name() const override { return "assess"; }
    std::string summary() const override;
    std::string synopsis() const override
    {
        return "PROJECT CRITERION (--checklist ITEM=ANSWER,... | --rating 0..2 --basis TEXT |\n"
               "       --status S --reason-category C --rationale TEXT | --clear-override |\n"
               "       --confirm-absent --rationale TEXT | --clear-absent | --not-applicable --rationale TEXT |\n"
               "       --clear-not-applicable | --impact-class H|M|L|default | --confirm-outlier |\n"
               "       --threshold KEY.green=V[,KEY.yellow=V] --rationale TEXT | --clear-threshold "
               "KEY.green|KEY.yellow)\n"
               "       [--evidence ID,...] [--author NAME]\n"
               "   or: salesaudit-cli assess PROJECT (--param NAME=JSON --rationale TEXT | --clear-param NAME)";
    }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
