#pragma once
// Shared by the report and export commands: options, the report model of a project, a GUI context.
#include "Command.h"
#include "ReportModel.h"
#include "scoring/ScoreResult.h"

namespace sa::cli {

/// --lang ru|en (default ru); usage error otherwise.
Result<report::Language> languageOption(const ParsedArgs& args);
/// Opens PROJECT read-only and builds its report model (scoring included; `score` receives the engine's result).
Result<report::ReportModel> buildProjectReport(
    const std::string& path, report::Language lang, const Clock& clock, scoring::ScoreResult* score = nullptr);
/// Fonts and QPdfWriter need a QGuiApplication; the CLI creates one (offscreen) on first use.
void ensureGuiApplication();

} // namespace sa::cli
