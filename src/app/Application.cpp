#include "Application.h"

#include "FileController.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "tools/ScreenshotTool.h"

#include <QApplication>
#include <QCommandLineParser>

// Q_INIT_RESOURCE must be called outside any namespace.
static void registerIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace sa::app {

void initResources()
{
    static const bool done = (registerIcons(), true);
    Q_UNUSED(done)
}

void initialise(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("SalesAudit"));
    QApplication::setApplicationName(QStringLiteral("Sales Audit Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(SA_VERSION));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    app.setAttribute(Qt::AA_DontShowIconsInMenus, false);
    installTranslations(Settings().language());
}

int run(QApplication& app)
{
    initialise(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("sa::app::Application", "Sales department audit workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption shots(QStringLiteral("screenshot"),
        QStringLiteral("Render every screen in English and Russian to DIR/<lang>/<screen>.png "
                       "(run with QT_QPA_PLATFORM=offscreen) and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption project(QStringLiteral("project"),
        QStringLiteral("The audit shown in screenshots (copied first; never modified); "
                       "default: a freshly generated demo audit."),
        QStringLiteral("FILE"));
    parser.addOption(shots);
    parser.addOption(project);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("An audit file to open."));
    parser.process(app);
    if (parser.isSet(shots))
        return ScreenshotTool(parser.value(shots), parser.value(project)).run();
    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.files()->openPath(parser.positionalArguments().constFirst());
    return QApplication::exec();
}

} // namespace sa::app
