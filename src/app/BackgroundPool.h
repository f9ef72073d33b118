#pragma once
// The app's own thread pool for long background work (import, scoring, table queries, the demo).
// Qt 6.4 splits image conversions and scaling done while painting on the GUI thread into segments
// run on QThreadPool::globalInstance() and waits for them: with long jobs occupying the global
// pool, painting waited until a job ended (measured: a 22 s GUI stall after a 1M-deal import, while
// the rescore ran). Long work therefore never runs on the global pool.
#include <QtConcurrent>
#include <functional>
#include <utility>

class QThreadPool;

namespace sa::app {

/// Created on first use, owned by the application object (its destructor waits for running jobs).
QThreadPool* backgroundPool();
/// A second pool for work nobody waits for yet (a hidden screen's, e.g. the Overview's coverage
/// after the open; facts read ahead for the score), run at the lowest priority. Its own threads:
/// a thread cannot raise its priority again, so the two kinds of work never share one.
QThreadPool* idleWorkPool();

/// The nice values: the shown Dashboards screen's computation (the user waits for it: ahead of the
/// score and the other background work, still below the GUI thread), the app's background work,
/// and the work nobody waits for yet.
constexpr int kShownScreenNice = 5;
constexpr int kBackgroundNice = 10;
constexpr int kIdleWorkNice = 19;

/// Lowers the calling worker thread's CPU priority below the GUI thread's (Linux: nice `nice`;
/// threads it starts inherit it). On 2 cores, opening a 1M-deal audit runs the data load's readers,
/// the coverage and the table queries at once: at equal priority the GUI thread waited hundreds of
/// ms for a CPU behind the app's own workers (docs/PERFORMANCE.md, "GUI").
void lowerThreadPriority(int nice = kBackgroundNice);

/// Runs `f(args...)` on backgroundPool() at the lowered priority.
template <typename F, typename... Args> auto runInBackground(F&& f, Args&&... args)
{
    return QtConcurrent::run(backgroundPool(), [f = std::forward<F>(f), ... a = std::forward<Args>(args)]() mutable {
        lowerThreadPriority();
        return std::invoke(f, std::move(a)...);
    });
}

/// Runs `f(args...)` on idleWorkPool() at the lowest priority: it uses the CPU the work the user
/// waits for leaves.
template <typename F, typename... Args> auto runOnIdleCpu(F&& f, Args&&... args)
{
    return QtConcurrent::run(idleWorkPool(), [f = std::forward<F>(f), ... a = std::forward<Args>(args)]() mutable {
        lowerThreadPriority(kIdleWorkNice);
        return std::invoke(f, std::move(a)...);
    });
}

} // namespace sa::app
