#pragma once
// Dispatches "salesaudit-cli COMMAND ..." to the registered commands.
#include "Command.h"

#include <memory>
#include <string>
#include <vector>

namespace sa::cli {

/// Every command of the CLI, in the order `--help` lists them. Add new commands in Commands.cpp.
std::vector<std::unique_ptr<Command>> allCommands();

/// Runs argv[1..] (without the program name). Catches everything: never throws.
int runCli(const std::vector<std::string>& args, Context& ctx);

} // namespace sa::cli
