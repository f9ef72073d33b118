// The registry of CLI commands: one line per command.
#include "CliApp.h"
#include "commands/DemoCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InfoCommand.h"
#include "commands/NewCommand.h"

namespace sa::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(std::make_unique<NewCommand>());
    c.push_back(std::make_unique<InfoCommand>());
    c.push_back(std::make_unique<DemoCommand>());
    c.push_back(std::make_unique<ImportCommand>());
    return c;
}

} // namespace sa::cli
