#include "ReportJob.h"

#include "AuditDocument.h"
#include "BackgroundPool.h"
#include "CsvWriter.h"
#include "JsonWriter.h"
#include "PdfReportWriter.h"
#include "ReportBuilder.h"
#include "XlsxWriter.h"
#include "scoring/ScoreJson.h"

#include <QPromise>
#include <QtConcurrent>

namespace sa::app {

namespace {

constexpr int kModelShare = 25; // percent of the progress bar for scoring and building the model

Status writeOutput(QPromise<ReportOutcome>& promise, const ReportRequest& r, const report::ReportModel& model,
    const scoring::ScoreResult& score, int* pages)
{
    switch (r.task) {
    case ReportTask::Pdf: {
        report::PdfOptions options;
        options.progress = [&promise](int done, int total) {
            if (total > 0)
                promise.setProgressValue(kModelShare + (100 - kModelShare) * done / total);
            return !promise.isCanceled();
        };
        auto written = report::PdfReportWriter(options).write(model, r.target);
        if (!written)
            return written.error();
        *pages = *written;
        return {};
    }
    case ReportTask::PlanCsv:
        return report::writeCsv(report::planTable(model), r.target);
    case ReportTask::Xlsx:
        return report::writeXlsx({ report::criteriaTable(model), report::planTable(model) }, r.target);
    case ReportTask::Json: {
        // The same document as `salesaudit-cli export --json`: the engine's score and the report.
        const nlohmann::json doc { { "score", nlohmann::json::parse(scoring::toJson(score).dump()) },
            { "report", report::toJson(model) } };
        return report::writeJson(doc, r.target);
    }
    }
    return Error::internal("unknown report task");
}

void runJob(QPromise<ReportOutcome>& promise, const ReportRequest& r)
{
    ReportOutcome out { r, 0, {}, false };
    promise.setProgressRange(0, 100);
    auto finish = [&](const Status& s) {
        out.cancelled = promise.isCanceled() || (!s && s.error().kind == ErrorKind::Cancelled);
        if (!s && !out.cancelled)
            out.error = describe(s.error());
        promise.addResult(out);
    };
    auto project = store::Project::open(r.projectPath.toStdString(), store::OpenMode::ReadOnly);
    if (!project)
        return finish(project.error());
    report::BuildOptions options;
    options.language = r.language;
    options.reportDate = r.reportDate;
    scoring::ScoreResult score;
    auto model = report::buildReport(*project, options, &score);
    if (!model)
        return finish(model.error());
    if (promise.isCanceled())
        return finish(Error::cancelled());
    promise.setProgressValue(kModelShare);
    finish(writeOutput(promise, r, *model, score, &out.pages));
}

} // namespace

QFuture<ReportOutcome> startReportJob(const ReportRequest& request)
{
    return QtConcurrent::run(backgroundPool(), runJob, request);
}

} // namespace sa::app
