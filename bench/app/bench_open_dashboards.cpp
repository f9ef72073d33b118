// Open → live dashboards on a big audit, as a user does it: the whole main window, the file opened
// through FileController::openInBackground (the path of the Open menu, recent files and drops), the
// Dashboards screen shown as soon as the audit is open. Reports when the audit was open, when the
// shared data was in, when the dashboards were live (painted), when the score and the overview's
// coverage were in, and the GUI thread's gaps meanwhile (GuiHeartbeat: longest gap split into
// CPU / waiting for a CPU / blocked, every gap over 50 ms with its time, next to the events' times).
//
// usage: bench_open_dashboards PROJECT [--view]   (QT_QPA_PLATFORM=offscreen)
//   --view: only AuditDocument + the Dashboards screen (the dashboard path alone).
// With SA_STALL_SAMPLE_MS=N a watchdog prints the GUI thread's stack (a signal, backtrace) whenever
// the heartbeat is N ms late; with SA_STALL_GDB=1 it uses gdb (slow to attach: long stalls only)
// when a gap passes SA_STALL_MS (default 100) ms.
#include "AuditDataCache.h"
#include "AuditDocument.h"
#include "FileController.h"
#include "GuiHeartbeat.h"
#include "MainWindow.h"
#include "ScoreService.h"
#include "views/DashboardsView.h"
#include "views/OverviewView.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <thread>

using namespace sa::app;

namespace {

double processCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// The times of the events of one open, in ms since the open was asked for (-1 = not yet).
struct Milestones {
    double opened = -1, data = -1, live = -1, scored = -1, coverage = -1;
    double liveCpu = 0;
    [[nodiscard]] bool done(bool whole) const { return live >= 0 && (!whole || (scored >= 0 && coverage >= 0)); }
};

void printGaps(const std::vector<sa::bench::Gap>& gaps)
{
    for (const sa::bench::Gap& g : gaps)
        if (g.wallMs > 50)
            std::printf("  gap %6.1f ms at %6.3f s: GUI CPU %6.1f ms, waiting for a CPU %6.1f ms\n", g.wallMs,
                g.atMs / 1e3, g.cpuMs, g.queuedMs);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_open_dashboards PROJECT [--view]\n");
        return 2;
    }
    QTemporaryDir settingsDir; // the user's settings and recent files stay untouched
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const bool whole = !args.contains(QStringLiteral("--view"));
    const QString path = QDir(args.at(1)).absolutePath();
    // The whole window, or (--view) only a document, its file controller and the Dashboards screen.
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<AuditDocument> ownDoc;
    std::unique_ptr<FileController> ownFiles;
    std::unique_ptr<DashboardsView> ownView;
    AuditDocument* doc = nullptr;
    FileController* files = nullptr;
    DashboardsView* view = nullptr;
    if (whole) {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        doc = window->document();
        files = window->files();
        view = static_cast<DashboardsView*>(window->screenWidget(Screen::Dashboards));
    } else {
        ownDoc = std::make_unique<AuditDocument>();
        ownFiles = std::make_unique<FileController>(ownDoc.get(), nullptr);
        ownView = std::make_unique<DashboardsView>(ownDoc.get());
        ownView->resize(1200, 800);
        ownView->show();
        doc = ownDoc.get();
        files = ownFiles.get();
        view = ownView.get();
    }
    sa::bench::Heartbeat beat(&app);
    beat.setPhase("open");
    Milestones at;
    QObject::connect(doc, &AuditDocument::opened, &app, [&] {
        at.opened = beat.elapsedMs();
        if (window)
            window->showScreen(Screen::Dashboards); // a user clicking Dashboards at once
    });
    QObject::connect(doc->dataCache(), &AuditDataCache::ready, &app, [&] {
        if (at.data < 0)
            at.data = beat.elapsedMs(); // the shared AuditData is in
    });
    auto finishWhenDone = [&] {
        if (at.done(whole))
            QTimer::singleShot(1000, &app, &QCoreApplication::quit); // and a second of settling
    };
    QObject::connect(view, &DashboardsView::refreshed, &app, [&] {
        if (at.live >= 0)
            return;
        view->repaint(); // painted, not only computed
        at.live = beat.elapsedMs();
        at.liveCpu = processCpuSeconds();
        finishWhenDone();
    });
    if (whole) {
        QObject::connect(window->scores(), &ScoreService::scored, &app, [&] {
            if (at.scored < 0 && window->scores()->result()) {
                at.scored = beat.elapsedMs();
                finishWhenDone();
            }
        });
        auto* overview = static_cast<OverviewView*>(window->screenWidget(Screen::Overview));
        QObject::connect(overview, &OverviewView::coverageShown, &app, [&] {
            if (at.coverage < 0) {
                at.coverage = beat.elapsedMs();
                finishWhenDone();
            }
        });
    }
    QObject::connect(files, &FileController::failed, &app, [&](const QString&, const QString& m) {
        std::fprintf(stderr, "%s\n", qPrintable(m));
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(0, &app, [&] {
        beat.start();
        files->openInBackground(path);
    });
    std::atomic<bool> stopWatch { false };
    std::thread watchdog;
    if (qEnvironmentVariableIsSet("SA_STALL_SAMPLE_MS")) {
        sa::bench::installStackSampler();
        const double threshold = qEnvironmentVariableIntValue("SA_STALL_SAMPLE_MS");
        watchdog = std::thread([&] { sa::bench::sampleStalls(beat, stopWatch, threshold); });
    } else if (qEnvironmentVariableIntValue("SA_STALL_GDB") == 1) {
        const double threshold
            = qEnvironmentVariableIsSet("SA_STALL_MS") ? qEnvironmentVariableIntValue("SA_STALL_MS") : 100;
        watchdog = std::thread([&] { sa::bench::watchStalls(beat, stopWatch, threshold); });
    }
    const int rc = QApplication::exec();
    stopWatch = true;
    if (watchdog.joinable())
        watchdog.join();
    std::printf("%s: audit open %.0f ms, data in %.0f ms, live dashboards %.0f ms (process CPU %.1f s), scored %.0f "
                "ms, overview coverage %.0f ms\n",
        whole ? "main window" : "dashboards view", at.opened, at.data, at.live, at.liveCpu, at.scored, at.coverage);
    sa::bench::report(beat.gaps(), "open");
    printGaps(beat.gaps());
    return rc;
}
