#include "GuiHeartbeat.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <execinfo.h>
#include <pthread.h>
#include <string>
#include <string_view>
#include <thread>
#include <unistd.h>

namespace sa::bench {

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

pthread_t g_guiThread;

void printStack(int)
{
    void* frames[48];
    const int n = backtrace(frames, 48);
    const char line[] = "--- GUI thread stack:\n";
    (void)!write(2, line, sizeof line - 1);
    backtrace_symbols_fd(frames, n, 2);
}

} // namespace

void installStackSampler()
{
    g_guiThread = pthread_self();
    struct sigaction sa { };
    sa.sa_handler = printStack;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR2, &sa, nullptr);
}

void sampleStalls(const Heartbeat& beat, const std::atomic<bool>& stop, double thresholdMs)
{
    double sampledTick = -1;
    while (!stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        const double last = beat.lastTickMs;
        if (last > 0 && last != sampledTick && beat.elapsedMs() - last > thresholdMs) {
            std::fprintf(stderr, "--- heartbeat late %.0f ms at %.3f s\n", beat.elapsedMs() - last, last / 1e3);
            pthread_kill(g_guiThread, SIGUSR2);
            sampledTick = last;
        }
    }
}

Heartbeat::Heartbeat(QObject* parent)
    : m_timer(parent)
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, parent, [this] { tick(); });
}

void Heartbeat::start()
{
    m_clock.start();
    m_last = 0;
    m_lastCpu = threadCpuMs();
    m_lastQueued = threadRunQueueMs();
    m_timer.start();
}

void Heartbeat::tick()
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

void report(const std::vector<Gap>& gaps, const char* phase, double listOverMs)
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
        if (std::string_view(g.phase) == phase && g.wallMs > listOverMs)
            std::printf("       gap %8.1f ms at %6.1f s: CPU %6.1f ms, waiting for a CPU %8.1f ms\n", g.wallMs,
                g.atMs / 1e3, g.cpuMs, g.queuedMs);
}

void watchStalls(const Heartbeat& beat, const std::atomic<bool>& stop, double thresholdMs)
{
    int dumps = 0;
    while (!stop && dumps < 5) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (beat.lastTickMs > 0 && beat.elapsedMs() - beat.lastTickMs > thresholdMs) {
            const std::string cmd = "gdb -p " + std::to_string(getpid())
                + " -batch -ex 'thread 1' -ex 'bt 40' 2>/dev/null | grep '^#' >&2";
            std::fprintf(stderr, "--- GUI thread stalled %.0f ms:\n", beat.elapsedMs() - beat.lastTickMs);
            (void)std::system(cmd.c_str());
            ++dumps;
            std::this_thread::sleep_for(std::chrono::milliseconds(1000));
        }
    }
}

} // namespace sa::bench
