// Times the metrics engine in-process on a project file: AuditData::load (every table, once) and
// every metric family. usage: bench_metrics PROJECT [RUNS]
#include "common/Params.h"
#include "metrics/AuditData.h"
#include "metrics/Metrics.h"
#include "store/Project.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <vector>

using Clock = std::chrono::steady_clock;

static double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// CPU seconds of the whole process (every thread): the honest figure on a shared, loaded machine.
static double processCpu()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROJECT [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    auto params = sa::Params::loadFile(sa::Params::defaultCatalogueDir() + "/refs.json");
    if (!params) {
        std::fprintf(stderr, "%s\n", params.error().describe().c_str());
        return 1;
    }
    // Twice: the first open may run the full check (quick_check + value-size scan), the second
    // finds the validation marker the first one left (docs/STORAGE.md).
    std::optional<sa::store::Project> project;
    for (int i = 0; i < 2; ++i) {
        const auto t0 = Clock::now();
        const double c0 = processCpu();
        auto p = sa::store::Project::open(argv[1], sa::store::OpenMode::ReadOnly);
        if (!p) {
            std::fprintf(stderr, "%s\n", p.error().describe().c_str());
            return 1;
        }
        std::printf("open #%d: %.3f s wall, %.3f s CPU\n", i + 1, secondsSince(t0), processCpu() - c0);
        project.emplace(std::move(*p));
    }
    std::vector<double> load, all, cpu;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = Clock::now();
        const double c0 = processCpu();
        auto data = sa::metrics::AuditData::load(*project, *params);
        load.push_back(secondsSince(t0));
        if (data) {
            const double m0 = processCpu();
            const auto result = sa::metrics::computeMetrics(*data);
            all.push_back(secondsSince(t0));
            cpu.push_back(processCpu() - c0);
            if (r == 0)
                std::printf("computeMetrics %.3f s CPU; activities from the %s%s%s; deals from the %s%s%s\n",
                    processCpu() - m0, data->activitySource.c_str(), data->activitySourceNote.empty() ? "" : ": ",
                    data->activitySourceNote.c_str(), data->dealSource.c_str(),
                    data->dealSourceNote.empty() ? "" : ": ", data->dealSourceNote.c_str());
            if (r == 0 && result.json["funnel"].is_object())
                std::printf("funnel deals %s, stalled %s, NPS %s\n", result.json["funnel"]["deals"].dump().c_str(),
                    result.json["funnel"]["stalled"]["count"].dump().c_str(),
                    result.json["nps"]["score"].dump().c_str());
        }
        if (!data) {
            std::fprintf(stderr, "%s\n", data.error().describe().c_str());
            return 1;
        }
        if (r == 0)
            std::printf("deals %zu, stage rows %zu, activities %lld, orders %zu, as_of %s\n", data->deals.size(),
                data->stageHistory.size(), static_cast<long long>(data->activityRows), data->orders.size(),
                data->hasWindow() ? sa::formatDate(data->window().asOf).c_str() : "-");
        if (r == 0)
            for (const auto& [step, seconds] : data->loadCpuSeconds)
                std::printf("  %-18s %.3f s CPU\n", step.c_str(), seconds);
        if (r == 0 && std::getenv("SA_BENCH_TIMELINE"))
            for (const auto& s : data->loadTimeline)
                std::printf("  thread %d %6.3f–%6.3f s  %s\n", s.thread, s.start, s.end, s.step.c_str());
    }
    std::sort(load.begin(), load.end());
    std::sort(all.begin(), all.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("AuditData::load median %.3f s (min %.3f, max %.3f, %d runs)\n", load[load.size() / 2], load.front(),
        load.back(), runs);
    std::printf(
        "load + all metrics median %.3f s (min %.3f, max %.3f)\n", all[all.size() / 2], all.front(), all.back());
    std::printf("load + all metrics CPU (all threads) median %.3f s (min %.3f)\n", cpu[cpu.size() / 2], cpu.front());
    return 0;
}
