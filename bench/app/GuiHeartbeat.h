#pragma once
// A GUI-thread heartbeat for the GUI benchmarks: a QTimer every 10 ms records each gap between two
// ticks with the GUI thread's own CPU time in it and the time it was runnable but waiting for a CPU
// (/proc/thread-self/schedstat): a gap full of CPU is work on the GUI thread, a gap spent waiting
// is the machine, the rest is a wait on a lock or I/O. watchStalls() prints the GUI thread's stack
// (gdb) when a gap passes a threshold: how the causes of stalls were found.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <vector>

namespace sa::bench {

/// A gap between two heartbeats: wall = CPU on the GUI thread + waiting for a CPU + blocked/asleep.
struct Gap {
    double atMs, wallMs, cpuMs, queuedMs;
    const char* phase;
};

class Heartbeat {
public:
    explicit Heartbeat(QObject* parent);
    void start();
    void setPhase(const char* p) { m_phase = p; }
    [[nodiscard]] const std::vector<Gap>& gaps() const { return m_gaps; }
    [[nodiscard]] double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    std::atomic<double> lastTickMs { 0 };

private:
    void tick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0, m_lastCpu = 0, m_lastQueued = 0;
    const char* m_phase = "import";
    std::vector<Gap> m_gaps;
};

/// Prints the longest gap of `phase` (split into CPU, waiting for a CPU, blocked) and every gap
/// over `listOverMs`.
void report(const std::vector<Gap>& gaps, const char* phase, double listOverMs = 1000);

/// Run on its own thread until `stop`: prints the GUI thread's stack with gdb the first few times
/// the heartbeat stops for `thresholdMs`.
void watchStalls(const Heartbeat& beat, const std::atomic<bool>& stop, double thresholdMs = 500);

/// Run on its own thread until `stop`: whenever the heartbeat is `thresholdMs` late, interrupts
/// the GUI thread (a signal; call installStackSampler() on it first) and prints its stack
/// (backtrace_symbols_fd, function names need -rdynamic) - cheap enough for stalls of 50-200 ms,
/// which gdb (a second to attach) cannot catch. At most one sample per late heartbeat.
void sampleStalls(const Heartbeat& beat, const std::atomic<bool>& stop, double thresholdMs);
/// Installs the signal handler on the calling (GUI) thread.
void installStackSampler();

} // namespace sa::bench
