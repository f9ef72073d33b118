// The registry of CLI commands: one line per command.
#include "CliApp.h"
#include "commands/AnonymizeCommand.h"
#include "commands/AssessCommand.h"
#include "commands/CriteriaCommand.h"
#include "commands/DemoCommand.h"
#include "commands/DrillCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InfoCommand.h"
#include "commands/MetricsCommand.h"
#include "commands/NewCommand.h"
#include "commands/NoteCommand.h"
#include "commands/OptimizeCommand.h"
#include "commands/PlanCommand.h"
#include "commands/ReportCommand.h"
#include "commands/ScoreCommand.h"

namespace sa::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(std::make_unique<NewCommand>());
    c.push_back(std::make_unique<ImportCommand>());
    c.push_back(std::make_unique<InfoCommand>());
    c.push_back(std::make_unique<MetricsCommand>());
    c.push_back(std::make_unique<ScoreCommand>());
    c.push_back(std::make_unique<DrillCommand>());
    c.push_back(std::make_unique<AssessCommand>());
    c.push_back(std::make_unique<NoteCommand>());
    c.push_back(std::make_unique<PlanCommand>());
    c.push_back(std::make_unique<ReportCommand>());
    c.push_back(std::make_unique<ExportCommand>());
    c.push_back(std::make_unique<DemoCommand>());
    c.push_back(std::make_unique<CriteriaCommand>());
    c.push_back(std::make_unique<AnonymizeCommand>());
    c.push_back(std::make_unique<OptimizeCommand>());
    return c;
}

} // namespace sa::cli
