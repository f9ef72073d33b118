#pragma once
// The metrics' small task pool: the calling thread and one helper take the next task of a list in
// turn, so two cores stay busy however the tasks' lengths fall.
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace sa::metrics {

/// Runs `tasks` on the calling thread and one helper thread, each taking the next task in list
/// order (so list the long ones first); on the calling thread alone unless `parallel`.
inline void runOnTwoThreads(const std::vector<std::function<void()>>& tasks, bool parallel = true)
{
    std::atomic<std::size_t> next { 0 };
    auto work = [&] {
        for (std::size_t i = next++; i < tasks.size(); i = next++)
            tasks[i]();
    };
    std::thread helper;
    if (parallel)
        helper = std::thread(work);
    work();
    if (helper.joinable())
        helper.join();
}

} // namespace sa::metrics
