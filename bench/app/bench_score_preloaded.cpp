// The score the workbench computes after opening an audit: scoring::scoreProject(project, setup, data)
// on data already loaded (AuditDataCache shares one load with the dashboards), with where its time
// goes: the measure context (field-presence and evidence queries, per-client revenue), each criterion
// measure and the engine. usage: bench_score_preloaded PROJECT [RUNS]
#include "common/Params.h"
#include "metrics/AuditData.h"
#include "scoring/ScoreEngine.h"
#include "scoring/ScoreJson.h"
#include "scoring/ScoreProject.h"
#include "scoring/measures/MeasureAll.h"
#include "scoring/measures/MeasureContext.h"
#include "store/Project.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template <typename F> auto timed(const char* what, F&& f)
{
    const auto t0 = Clock::now();
    const double c0 = cpuMs();
    auto out = f();
    std::printf("  %-28s %8.1f ms wall %8.1f ms CPU\n", what, msSince(t0), cpuMs() - c0);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace sa;
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROJECT [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    auto project = store::Project::open(argv[1], store::OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", project.error().describe().c_str());
        return 1;
    }
    auto setup
        = timed("scoring setup", [&] { return scoring::loadScoringSetup(*project, Params::defaultCatalogueDir()); });
    if (!setup) {
        std::fprintf(stderr, "%s\n", setup.error().describe().c_str());
        return 1;
    }
    auto data = timed("AuditData::load", [&] { return metrics::AuditData::load(*project, setup->params); });
    if (!data) {
        std::fprintf(stderr, "%s\n", data.error().describe().c_str());
        return 1;
    }
    for (int r = 0; r < runs; ++r) {
        std::printf("run %d\n", r + 1);
        auto ctx = timed("measure context",
            [&] { return scoring::measures::MeasureContext::build(*project, *data, setup->params); });
        auto all = timed("measureAll", [&] { return scoring::measureAll(*project, *data, setup->params); });
        auto score = timed("scoreProject (preloaded)", [&] { return scoring::scoreProject(*project, *setup, *data); });
        // As the workbench runs it: the export facts read beside the data load, then the score.
        auto facts = timed("export facts", [&] { return scoring::readExportFacts(*project); });
        auto given = timed("scoreProject (facts given)", [&] {
            return facts ? scoring::scoreProject(*project, *setup, *data, &*facts) : decltype(score)(facts.error());
        });
        if (!ctx || !all || !score || !given) {
            std::fprintf(stderr, "scoring failed\n");
            return 1;
        }
        const bool same = scoring::toJsonText(*score) == scoring::toJsonText(*given);
        std::printf("  %zu criteria scored; with the facts given: %s\n", score->criteria.size(),
            same ? "the same score" : "A DIFFERENT SCORE");
        if (!same)
            return 1;
    }
    return 0;
}
