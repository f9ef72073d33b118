#pragma once
// One CLI command: a small class over injectable output streams, tested in-process.
#include "ArgParser.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace sa::cli {

/// The exit-code contract of PRODUCT.md.
enum ExitCode : int { ExitOk = 0, ExitInternal = 1, ExitUsage = 2, ExitRejected = 3 };

struct Context {
    std::ostream& out; ///< results (JSON on --json)
    std::ostream& err; ///< messages
    const Clock& clock;
};

class Command {
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual std::string name() const = 0;
    [[nodiscard]] virtual std::string summary() const = 0;
    /// The synopsis after "salesaudit-cli NAME", e.g. "PROJECT [--json]".
    [[nodiscard]] virtual std::string synopsis() const = 0;
    [[nodiscard]] virtual std::vector<OptionSpec> options() const = 0;
    /// Arguments are already parsed against options(); "--help" never reaches here.
    virtual int run(const ParsedArgs& args, Context& ctx) = 0;

    [[nodiscard]] std::string help() const;
};

/// Prints the error on ctx.err (with file/row/column when known) and returns its exit code.
int fail(Context& ctx, const Error& e);
/// Usage errors: message plus a pointer to --help.
int usageError(Context& ctx, const Command& cmd, const std::string& message);

} // namespace sa::cli
