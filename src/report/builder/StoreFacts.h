#pragma once
// The parts of the report read straight from the project file: audit card, data sources with
// coverage, data-quality notes, changed thresholds, overrides, evidence quotes and the action plan.
#include "ReportModel.h"
#include "common/Money.h"
#include "common/Result.h"
#include "plan/Action.h"
#include "store/AuditInfo.h"
#include "store/Sqlite.h"

#include <map>
#include <string>

namespace sa::report {

/// Printed date in the labels' language: 30.06.2025 (ru) or 2025-06-30 (en).
QString printedDate(std::int64_t localSeconds, const Labels& labels);
/// The audit card (report date = `asOf` when set, else today's date given by the caller).
AuditCard readAuditCard(const store::AuditInfo& audit, const Labels& labels, std::int64_t reportDate);
/// import_batches with the date range their rows cover.
Result<std::vector<DataSource>> readDataSources(const store::Connection& db, const Labels& labels);
/// data_issues summarised per entity and reason, plus the first few located messages.
Result<QStringList> readDataQuality(const store::Connection& db, const Labels& labels, int examplesPerGroup = 3);
/// ref_overrides (the defaults come from `defaults`: param -> printed default value).
Result<std::vector<ThresholdChange>> readThresholdChanges(
    const store::Connection& db, const Labels& labels, const std::map<std::string, QString>& defaults);
/// Evidence notes linked to each criterion (evidence_criteria and assessment_evidence), excerpts trimmed.
Result<std::map<std::string, std::vector<EvidenceQuote>>> readEvidence(
    const store::Connection& db, const Labels& labels, int maxExcerptChars = 600);
/// Plan actions as printed rows, numbered 1..n in the given order; dropped actions are left out.
std::vector<ActionRow> actionRows(const std::vector<plan::ActionRecord>& actions, const Labels& labels);
/// The stored plan (plan::loadPlan, priority 1 first) as printed rows; dropped actions are left out.
Result<std::vector<ActionRow>> readActions(const store::Connection& db, const Labels& labels);
/// Printed evidence kind.
QString evidenceKindText(const std::string& kind, const Labels& labels);
/// Printed horizon (QW, 3M, 1Y, 3Y).
QString horizonText(const std::string& horizon, const Labels& labels);

} // namespace sa::report
