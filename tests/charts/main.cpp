// Catch2 runner with a QGuiApplication: painters need fonts and a platform (offscreen under ctest).
#define CATCH_CONFIG_RUNNER
#include "ChartTestSupport.h"

#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    sa::charts::test::installMessageCounter();
    return Catch::Session().run(argc, argv);
}
