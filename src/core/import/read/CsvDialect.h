#pragma once
// Guessing how a CSV file is written from its first records.
#include <string>
#include <string_view>
#include <vector>

namespace sa::import::read {

/// Picks the delimiter among ',' ';' '\t' '|' from up to 20 records of `sample` (quotes
/// respected, blank lines ignored; when `complete` is false the last, possibly cut, record is
/// ignored). Score per candidate: how many records have the header's field count, then the
/// header's field count; a candidate giving a one-field header scores nothing. No winner → ','.
[[nodiscard]] char detectDelimiter(std::string_view sample, bool complete);

/// Header names: trimmed; an empty name becomes "Column N"; duplicates become "Name (2)",
/// "Name (3)", ... (compared case-insensitively). What was changed is appended to `notes`.
[[nodiscard]] std::vector<std::string> uniqueHeader(
    const std::vector<std::string>& raw, std::vector<std::string>& notes);

} // namespace sa::import::read
