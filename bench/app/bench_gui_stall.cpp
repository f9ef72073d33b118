// The longest GUI-thread stall while the workbench imports a big CRM export through its ImportJob.
// A QTimer heartbeat (every 10 ms) on the GUI thread records every gap between ticks, with the GUI
// thread's own CPU time in that gap: a gap with little CPU is the scheduler (a busy machine), a gap
// full of CPU is work on the GUI thread. The main window is open with the audit, so the views'
// reactions after the import (every view reloads, the score recomputes) are measured too.
//
// usage: bench_gui_stall DEALS.csv [PRESET=amocrm] [WORK_DIR=/tmp]   (QT_QPA_PLATFORM=offscreen)
// With SA_STALL_GDB=1 a watchdog thread prints the GUI thread's stack (gdb) once a gap passes 500 ms:
// how the cause of a stall was found. The heartbeat and the watchdog: GuiHeartbeat.h.
#include "AuditDocument.h"
#include "GuiHeartbeat.h"
#include "MainWindow.h"
#include "ScoreService.h"
#include "dialogs/ImportJob.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <thread>

using sa::bench::Heartbeat;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_stall DEALS.csv [PRESET=amocrm] [WORK_DIR=/tmp]\n");
        return 2;
    }
    const QString work = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QDir::tempPath();
    const QString project = QDir(work).filePath(QStringLiteral("bench_gui_stall.sqlite"));
    QFile::remove(project);
    sa::app::MainWindow window;
    window.show();
    sa::store::AuditInfo info;
    info.company = "Bench Co";
    if (auto s = window.document()->create(project, info); !s) {
        std::fprintf(stderr, "%s\n", s.error().describe().c_str());
        return 1;
    }
    sa::import::ImportRequest request;
    request.file = argv[1];
    request.entity = sa::import::Entity::Deals;
    request.preset = argc > 2 ? argv[2] : "amocrm";
    sa::app::ImportJob job;
    Heartbeat beat(&app);
    QElapsedTimer importClock;
    double importSeconds = 0;
    QObject::connect(&job, &sa::app::ImportJob::finished, &app, [&] {
        importSeconds = double(importClock.nsecsElapsed()) / 1e9;
        if (!job.outcome().error.isEmpty())
            std::fprintf(stderr, "import failed: %s\n", qPrintable(job.outcome().error));
        std::printf("imported %lld rows in %.1f s\n", static_cast<long long>(job.outcome().summary.rowsImported),
            importSeconds);
        beat.setPhase("after");
        window.document()->notifyDataChanged(QString()); // what the wizard does: every view reloads
        // Measure the reactions until the rescore is done, plus 3 s.
        auto* settle = new QTimer(&app);
        QObject::connect(settle, &QTimer::timeout, &app, [&, settle] {
            if (!window.scores()->isScoring()) {
                settle->stop();
                QTimer::singleShot(3000, &app, &QCoreApplication::quit);
            }
        });
        settle->start(200);
    });
    QTimer::singleShot(0, &app, [&] {
        beat.start();
        importClock.start();
        job.start(sa::app::ImportJob::Step::Import, project, request);
    });
    std::atomic<bool> stopWatch { false };
    std::thread watchdog;
    if (qEnvironmentVariableIntValue("SA_STALL_GDB") == 1)
        watchdog = std::thread([&] { sa::bench::watchStalls(beat, stopWatch); });
    app.exec();
    stopWatch = true;
    if (watchdog.joinable())
        watchdog.join();
    sa::bench::report(beat.gaps(), "import");
    sa::bench::report(beat.gaps(), "after");
    window.document()->close();
    QFile::remove(project);
    return importSeconds > 0 ? 0 : 1;
}
