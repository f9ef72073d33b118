#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli new PROJECT --company NAME [--variant V] [--from DATE --to DATE] [--currency CODE]
class NewCommand final : public Command {
public:
    std::string name() const override { return "new"; }
    std::string summary() const override { return "Create a new audit project file."; }
    std::string synopsis() const override
    {
        return "PROJECT --company NAME [--variant express|standard|premium] [--from DATE --to DATE]";
    }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
