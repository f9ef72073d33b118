#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli anonymize PROJECT OUT [--key FILE] [--json]
/// salesaudit-cli anonymize PROJECT --scan [--json]
class AnonymizeCommand final : public Command {
public:
    std::string name() const override { return "anonymize"; }
    std::string summary() const override
    {
        return "Save a copy for sending without personal data (keyed pseudonyms), or --scan for it.";
    }
    std::string synopsis() const override { return "PROJECT OUT [--key FILE] [--json] | PROJECT --scan [--json]"; }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;

private:
    int scan(const std::string& project, bool json, Context& ctx);
};

} // namespace sa::cli
