// Times the report writers on the 45-criterion fixture: model build, PDF (two-pass layout + paint),
// XLSX, CSV and JSON. Prints median and min of several runs in milliseconds.
#include "CsvWriter.h"
#include "JsonWriter.h"
#include "PdfReportWriter.h"
#include "ReportBuilder.h"
#include "ReportFixture.h"
#include "XlsxWriter.h"
#include "common/Params.h"
#include "metrics/AuditData.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

void timeIt(const char* what, int runs, const std::function<bool()>& body)
{
    // Wall time, and the process CPU time of all threads (the machine is often shared: CPU is the steadier figure).
    std::vector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const std::clock_t c0 = std::clock();
        if (!body()) {
            std::printf("%-32s FAILED\n", what);
            return;
        }
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-32s median %8.1f ms   min %8.1f ms   CPU median %8.1f ms   (%d runs)\n", what, ms[ms.size() / 2],
        ms.front(), cpu[cpu.size() / 2], runs);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    using namespace sa::report;
    ReportModel model;
    timeIt("fixture model (ru)", 5, [&] {
        model = sa::test::makeFixtureReport(Language::Ru, QStringLiteral(SA_SOURCE_DIR));
        return model.matrix.size() == 45;
    });
    int pages = 0;
    timeIt("PDF, fixture (ru)", 5, [&] {
        const auto r = PdfReportWriter().write(model, dir.filePath(QStringLiteral("r.pdf")));
        pages = r.ok() ? *r : 0;
        return r.ok();
    });
    std::printf("%-28s %d pages\n", "", pages);
    timeIt("XLSX plan + criteria", 5, [&] {
        return writeXlsx({ planTable(model), criteriaTable(model) }, dir.filePath(QStringLiteral("p.xlsx"))).ok();
    });
    timeIt("CSV plan", 5, [&] { return writeCsv(planTable(model), dir.filePath(QStringLiteral("p.csv"))).ok(); });
    timeIt("JSON model", 5, [&] { return writeJson(toJson(model), dir.filePath(QStringLiteral("a.json"))).ok(); });
    // bench_report PROJECT...: the full report of a real audit, by phase (e.g. the demo audit, a 1M-deal audit).
    const int runs
        = qEnvironmentVariableIntValue("SA_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("SA_BENCH_RUNS") : 3;
    for (int i = 1; i < argc; ++i) {
        std::printf("== %s\n", argv[i]);
        sa::Result<sa::store::Project> project = sa::Error::internal("not opened");
        timeIt("project: open (validated)", runs, [&] {
            project = sa::store::Project::open(argv[i], sa::store::OpenMode::ReadOnly);
            return project.ok();
        });
        if (!project) {
            std::printf("%s: %s\n", argv[i], project.error().describe().c_str());
            return 1;
        }
        timeIt("project: AuditData::load", runs, [&] {
            auto params = sa::Params::loadFile(sa::Params::defaultCatalogueDir() + "/refs.json");
            return params && sa::metrics::AuditData::load(*project, *params).ok();
        });
        timeIt("project: build model (all)", runs, [&] {
            auto built = buildReport(*project, BuildOptions { Language::Ru, {}, 0 });
            if (built)
                model = std::move(*built);
            return built.ok();
        });
        timeIt("project: PDF", runs, [&] {
            const auto r = PdfReportWriter().write(model, dir.filePath(QStringLiteral("p.pdf")));
            pages = r.ok() ? *r : 0;
            return r.ok();
        });
        std::printf("%-32s %d pages, %zu dashboard charts\n", "", pages, model.dashboards.size());
    }
    return 0;
}
