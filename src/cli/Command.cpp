#include "Command.h"

#include <ostream>

namespace sa::cli {

std::string Command::help() const
{
    std::string h = "usage: salesaudit-cli " + name() + " " + synopsis() + "\n\n" + summary() + "\n";
    const auto opts = options();
    if (!opts.empty())
        h += "\noptions:\n";
    for (const auto& o : opts) {
        std::string left = "  --" + o.name + (o.takesValue ? " " + o.valueName : "");
        if (left.size() < 28)
            left.resize(28, ' ');
        else
            left += "  ";
        h += left + o.help + "\n";
    }
    h += "  --help                      show this help\n";
    return h;
}

int fail(Context& ctx, const Error& e)
{
    ctx.err << "salesaudit-cli: " << e.describe() << "\n";
    switch (e.kind) {
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::InputRejected:
        return ExitRejected;
    case ErrorKind::Cancelled:
        return ExitRejected;
    case ErrorKind::Internal:
        return ExitInternal;
    }
    return ExitInternal;
}

int usageError(Context& ctx, const Command& cmd, const std::string& message)
{
    ctx.err << "salesaudit-cli " << cmd.name() << ": " << message << "\n"
            << "usage: salesaudit-cli " << cmd.name() << " " << cmd.synopsis() << "\n"
            << "Try 'salesaudit-cli " << cmd.name() << " --help'.\n";
    return ExitUsage;
}

} // namespace sa::cli
