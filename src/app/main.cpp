#include "MainWindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SalesAudit"));
    QApplication::setApplicationName(QStringLiteral("Sales Audit Workbench"));
    sa::app::MainWindow w;
    w.show();
    if (argc > 1)
        w.openProject(QString::fromLocal8Bit(argv[1]));
    return QApplication::exec();
}
