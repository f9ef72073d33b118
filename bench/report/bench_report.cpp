// Times the report writers on the 45-criterion fixture: model build, PDF (two-pass layout + paint),
// XLSX, CSV and JSON. Prints median and min of several runs in milliseconds.
#include "CsvWriter.h"
#include "JsonWriter.h"
#include "PdfReportWriter.h"
#include "ReportBuilder.h"
#include "ReportFixture.h"
#include "XlsxWriter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

void timeIt(const char* what, int runs, const std::function<bool()>& body)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!body()) {
            std::printf("%-28s FAILED\n", what);
            return;
        }
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-28s median %8.1f ms   min %8.1f ms   (%d runs)\n", what, ms[ms.size() / 2], ms.front(), runs);
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
    // bench_report PROJECT: the full report of a real audit (scoring + build + PDF), e.g. the demo audit.
    for (int i = 1; i < argc; ++i) {
        auto project = sa::store::Project::open(argv[i], sa::store::OpenMode::ReadOnly);
        if (!project) {
            std::printf("%s: %s\n", argv[i], project.error().describe().c_str());
            return 1;
        }
        timeIt("project: score + build model", 3, [&] {
            auto built = buildReport(*project, BuildOptions { Language::Ru, {}, 0 });
            if (built)
                model = std::move(*built);
            return built.ok();
        });
        timeIt("project: PDF", 3,
            [&] { return PdfReportWriter().write(model, dir.filePath(QStringLiteral("p.pdf"))).ok(); });
    }
    return 0;
}
