#include "ReportSupport.h"

#include "CommandSupport.h"
#include "ReportBuilder.h"

#include <QGuiApplication>

namespace sa::cli {

Result<report::Language> languageOption(const ParsedArgs& args)
{
    const auto it = args.options.find("lang");
    if (it == args.options.end() || it->second == "ru")
        return report::Language::Ru;
    if (it->second == "en")
        return report::Language::En;
    return Error::usage("--lang must be ru or en, not '" + it->second + "'");
}

Result<report::ReportModel> buildProjectReport(
    const std::string& path, report::Language lang, const Clock& clock, scoring::ScoreResult* score)
{
    auto project = openProject(path, store::OpenMode::ReadOnly);
    if (!project)
        return project.error();
    report::BuildOptions options;
    options.language = lang;
    options.reportDate = clock.now();
    return report::buildReport(*project, options, score);
}

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: no display needed
    static int argc = 1;
    static char name[] = "salesaudit-cli";
    static char* argv[] = { name, nullptr };
    // Lives until the process ends; in-process tests call commands many times.
    static QGuiApplication* app = new QGuiApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace sa::cli
