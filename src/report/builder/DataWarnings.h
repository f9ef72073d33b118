#pragma once
// Data-quality warnings per criterion (criteria-spec.md §5.2.4): a criterion computed from a table with
// known quality problems says so. Sources: the issues the import recorded (data_issues, per table) and
// what the metrics loader had to assume about the inputs (leads derived from deals, margin from refs).
#include "ReportLabels.h"
#include "common/Result.h"
#include "store/Sqlite.h"

#include <QStringList>
#include <map>
#include <string>
#include <vector>

namespace sa::metrics {
class AuditData;
}

namespace sa::report {

/// The canonical tables (schema names) a metric criterion's measure reads; empty for a criterion
/// without data inputs (checklist, rating).
const std::vector<std::string>& criterionTables(const std::string& criterionId);

/// Printed warnings per table from data_issues (severity warning and error; info is left to the
/// appendix): "deals: 12 rows — unparsable_date (warning)". Keys are schema table names.
Result<std::map<std::string, QStringList>> readTableWarnings(const store::Connection& db, const Labels& labels);

/// The warnings of one criterion: those of its tables, then the loader's assumptions that touch it.
QStringList criterionWarnings(const std::string& criterionId, const std::map<std::string, QStringList>& byTable,
    const metrics::AuditData* data, const Labels& labels);

} // namespace sa::report
