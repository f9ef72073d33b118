#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli criteria validate [DIR] | criteria list [--json]
class CriteriaCommand final : public Command {
public:
    std::string name() const override { return "criteria"; }
    std::string summary() const override
    {
        return "Work with the criteria catalogue.\n"
               "  validate [DIR]  check every component file and refs.json of DIR (default: the shipped\n"
               "                  criteria/) against the catalogue rules; exit 0 valid, 3 invalid with one\n"
               "                  line per problem: FILE: JSON-POINTER: message.\n"
               "  list            the criteria: id, weight, evidence, variants, name (--json: full catalogue ids).";
    }
    std::string synopsis() const override { return "validate [DIR] | list [--json]"; }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
