#pragma once
#include "Command.h"

namespace sa::cli {

/// salesaudit-cli note PROJECT --kind KIND --title TEXT --text-file FILE [...] | note PROJECT --search QUERY [--json]
class NoteCommand final : public Command {
public:
    std::string name() const override { return "note"; }
    std::string summary() const override
    {
        return "Add an evidence note (prints its id) or search the notes.\n"
               "  Add: --kind staff_interview|client_interview|call_listening|mystery_shopper|document|session\n"
               "       --title TEXT --text-file FILE (UTF-8; '-' reads stdin) [--criteria P4,M3] [--date YYYY-MM-DD]\n"
               "       [--respondent NAME --role ROLE]\n"
               "  Search: --search QUERY  full text over title, text and respondent, Russian and English; words\n"
               "       are ANDed, case and ё/е do not matter, a word of 5+ letters also matches other endings\n"
               "       (звонок → Звонки), WORD* is a prefix; quotes and operators in QUERY are plain text.";
    }
    std::string synopsis() const override
    {
        return "PROJECT (--kind KIND --title TEXT --text-file FILE [--criteria ID,...] [--date DATE]\n"
               "       [--respondent NAME --role ROLE] | --search QUERY [--json])";
    }
    std::vector<OptionSpec> options() const override;
    int run(const ParsedArgs& args, Context& ctx) override;
};

} // namespace sa::cli
