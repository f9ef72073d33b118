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
#include <vector>

using Clock = std::chrono::steady_clock;

static double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
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
    auto t0 = Clock::now();
    auto project = sa::store::Project::open(argv[1], sa::store::OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", project.error().describe().c_str());
        return 1;
    }
    std::printf("open (validation incl. quick_check): %.3f s\n", secondsSince(t0));
    std::vector<double> load, all;
    for (int r = 0; r < runs; ++r) {
        t0 = Clock::now();
        auto data = sa::metrics::AuditData::load(*project, *params);
        load.push_back(secondsSince(t0));
        if (data) {
            const auto result = sa::metrics::computeMetrics(*data);
            all.push_back(secondsSince(t0));
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
            for (const auto& [step, cpu] : data->loadCpuSeconds)
                std::printf("  %-18s %.3f s CPU\n", step.c_str(), cpu);
    }
    std::sort(load.begin(), load.end());
    std::sort(all.begin(), all.end());
    std::printf("AuditData::load median %.3f s (min %.3f, max %.3f, %d runs)\n", load[load.size() / 2], load.front(),
        load.back(), runs);
    std::printf(
        "load + all metrics median %.3f s (min %.3f, max %.3f)\n", all[all.size() / 2], all.front(), all.back());
    return 0;
}
