#pragma once
// Report work for the GUI, run on a worker thread (QtConcurrent + QPromise): build the report model
// from the project file (own read-only connection), then write the PDF or one of the exports through
// src/report's writers. Progress in percent; cancelling leaves the target file untouched.
#include "ReportLabels.h"

#include <QFuture>
#include <QString>

namespace sa::app {

enum class ReportTask { Pdf, PlanCsv, Xlsx, Json };

struct ReportRequest {
    ReportTask task = ReportTask::Pdf;
    QString projectPath;
    QString target; ///< file written (atomically)
    report::Language language = report::Language::Ru;
    qint64 reportDate = 0; ///< local seconds (the audit's as_of wins when set)
};

struct ReportOutcome {
    ReportRequest request;
    int pages = 0; ///< PDF only
    QString error; ///< empty on success
    bool cancelled = false;
};

/// Starts `request` on the global thread pool.
QFuture<ReportOutcome> startReportJob(const ReportRequest& request);

} // namespace sa::app
