// The longest GUI-thread stall while the workbench imports a big CRM export through its ImportJob.
// A QTimer heartbeat (every 10 ms) on the GUI thread records every gap between ticks, with the GUI
// thread's own CPU time in that gap: a gap with little CPU is the scheduler (a busy machine), a gap
// full of CPU is work on the GUI thread. The main window is open with the audit, so the views'
// reactions after the import (every view reloads, the score recomputes) are measured too.
//
// usage: bench_gui_stall DEALS.csv [PRESET=amocrm] [WORK_DIR=/tmp]   (QT_QPA_PLATFORM=offscreen)
// With SA_STALL_GDB=1 a watchdog thread prints the GUI thread's stack (gdb) once a gap passes 500 ms:
// how the cause of a stall was found.
#include "AuditDocument.h"
#include "MainWindow.h"
#include "ScoreService.h"
#include "dialogs/ImportJob.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Time this thread was runnable but waited for a CPU (/proc/thread-self/schedstat, 2nd field).
double threadRunQueueMs()
{
    std::FILE* f = std::fopen("/proc/thread-self/schedstat", "r");
    unsigned long long onCpu = 0, waiting = 0;
    if (f) {
        if (std::fscanf(f, "%llu %llu", &onCpu, &waiting) != 2)
            waiting = 0;
        std::fclose(f);
    }
    return double(waiting) / 1e6;
}

/// A gap between two heartbeats: wall = CPU on the GUI thread + waiting for a CPU + blocked/asleep.
struct Gap {
    double atMs, wallMs, cpuMs, queuedMs;
    const char* phase;
};

class Heartbeat {
public:
    explicit Heartbeat(QObject* parent)
        : m_timer(parent)
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, parent, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_lastQueued = threadRunQueueMs();
        m_timer.start();
    }
    void setPhase(const char* p) { m_phase = p; }
    [[nodiscard]] const std::vector<Gap>& gaps() const { return m_gaps; }
    [[nodiscard]] double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

private:
public:
    std::atomic<double> lastTickMs { 0 };

private:
    void tick()
    {
        const double now = elapsedMs();
        lastTickMs = now;
        const double cpu = threadCpuMs();
        const double queued = threadRunQueueMs();
        m_gaps.push_back({ m_last, now - m_last, cpu - m_lastCpu, queued - m_lastQueued, m_phase });
        m_last = now;
        m_lastCpu = cpu;
        m_lastQueued = queued;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0, m_lastCpu = 0, m_lastQueued = 0;
    const char* m_phase = "import";
    std::vector<Gap> m_gaps;
};

void report(const std::vector<Gap>& gaps, const char* phase)
{
    const Gap* worst = nullptr;
    const Gap* worstCpu = nullptr;
    int over100 = 0, ticks = 0;
    for (const Gap& g : gaps) {
        if (std::string_view(g.phase) != phase)
            continue;
        ++ticks;
        over100 += g.wallMs > 100 ? 1 : 0;
        if (!worst || g.wallMs > worst->wallMs)
            worst = &g;
        if (!worstCpu || g.cpuMs > worstCpu->cpuMs)
            worstCpu = &g;
    }
    if (!worst)
        return;
    std::printf("%-6s ticks %6d | longest gap %7.1f ms at %6.1f s: GUI-thread CPU %6.1f ms, waiting for a CPU %7.1f ms,"
                " blocked %7.1f ms | gaps > 100 ms: %d | most GUI CPU in one gap %6.1f ms (gap %6.1f ms)\n",
        phase, ticks, worst->wallMs, worst->atMs / 1e3, worst->cpuMs, worst->queuedMs,
        std::max(0.0, worst->wallMs - worst->cpuMs - worst->queuedMs), over100, worstCpu->cpuMs, worstCpu->wallMs);
    for (const Gap& g : gaps)
        if (std::string_view(g.phase) == phase && g.wallMs > 1000)
            std::printf("       gap %8.1f ms at %6.1f s: CPU %6.1f ms, waiting for a CPU %8.1f ms\n", g.wallMs,
                g.atMs / 1e3, g.cpuMs, g.queuedMs);
}

/// Prints the GUI thread's stack with gdb the first few times the heartbeat stops for 500 ms.
void watchStalls(const Heartbeat& beat, const std::atomic<bool>& stop)
{
    int dumps = 0;
    while (!stop && dumps < 3) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (beat.lastTickMs > 0 && beat.elapsedMs() - beat.lastTickMs > 500) {
            const std::string cmd = "gdb -p " + std::to_string(getpid())
                + " -batch -ex 'thread 1' -ex 'bt 30' 2>/dev/null | grep '^#' >&2";
            std::fprintf(stderr, "--- GUI thread stalled %.0f ms:\n", beat.elapsedMs() - beat.lastTickMs);
            (void)std::system(cmd.c_str());
            ++dumps;
            std::this_thread::sleep_for(std::chrono::milliseconds(1000));
        }
    }
}

} // namespace

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
        watchdog = std::thread(watchStalls, std::cref(beat), std::cref(stopWatch));
    app.exec();
    stopWatch = true;
    if (watchdog.joinable())
        watchdog.join();
    report(beat.gaps(), "import");
    report(beat.gaps(), "after");
    window.document()->close();
    QFile::remove(project);
    return importSeconds > 0 ? 0 : 1;
}
