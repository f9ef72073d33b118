#pragma once
// "Save a copy for sending without personal data": a new project file in which every named
// personal column is pseudonymised with keyed tokens and every e-mail, phone and named person in
// free text is replaced (AnonymizeRules.h), with no page of the original left in the file.
#include "PseudonymKey.h"
#include "common/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sa::privacy {

/// What was (or, for a scan, would be) replaced in one column.
struct ColumnReport {
    std::string table;
    std::string column;
    std::string treatment; ///< toString(Treatment)
    std::int64_t values = 0; ///< rows whose value was replaced
};

struct AnonymizeReport {
    std::vector<ColumnReport> columns; ///< columns with at least one value, rule order
    std::int64_t outputBytes = 0;
};

/// Writes the anonymised copy of the project at `source` to `target` (refused if it exists).
/// `source` is only read. The copy is built beside `target` under a temporary name, checked
/// (opens as a valid project, no e-mail, phone or named person left in any text column) and
/// renamed into place: it appears complete or not at all.
Result<AnonymizeReport> writeAnonymizedCopy(
    const std::string& source, const std::string& target, const PseudonymKey& key);

/// Recognition only: which columns of `project` hold personal data, and in how many rows.
Result<std::vector<ColumnReport>> scanPersonalData(const std::string& project);

} // namespace sa::privacy
