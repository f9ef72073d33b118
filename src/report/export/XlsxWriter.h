#pragma once
// XLSX through libxlsxwriter: text is always written with worksheet_write_string (a shared string,
// never a formula), numbers as numbers; traffic-light cells get a fill per status (plus their symbol
// and word in the text); header row bold and frozen; column widths set. Written atomically.
#include "Table.h"
#include "common/Result.h"

#include <vector>

namespace sa::report {

/// Writes one worksheet per table to `path` (temp file + rename).
Status writeXlsx(const std::vector<Table>& sheets, const QString& path);

/// A valid, unique worksheet name: at most 31 characters, none of []:*?/\ .
QString sheetName(const QString& wanted, const std::vector<QString>& taken);

} // namespace sa::report
