#pragma once
// The workbook-level parts of an .xlsx, each read whole through a hardened XmlStream:
// workbook.xml (sheet names, date1904), its relationships (sheet paths), sharedStrings.xml
// (capped) and styles.xml (which cell styles show dates).
#include "common/Result.h"
#include "import/read/TableSource.h"
#include "import/read/ZipArchive.h"

#include <string>
#include <vector>

namespace sa::import::read {

struct XlsxSheet {
    std::string name;
    std::string path; ///< zip entry, e.g. "xl/worksheets/sheet1.xml"
};

struct XlsxWorkbook {
    std::vector<XlsxSheet> sheets;
    bool date1904 = false;
    std::string sharedStringsPath; ///< empty = none
    std::string stylesPath; ///< empty = none
};

/// Reads workbook.xml and its relationships.
Result<XlsxWorkbook> readWorkbook(ZipArchive& zip);
/// Reads the shared string table; its total text over `maxBytes` is refused.
Result<std::vector<std::string>> readSharedStrings(ZipArchive& zip, const std::string& path, long long maxBytes);
/// For each cell style index (cellXfs), whether its number format shows a date or time.
Result<std::vector<bool>> readDateStyles(ZipArchive& zip, const std::string& path);

/// Built-in number formats 14–22 and 45–47 are dates/times.
[[nodiscard]] bool isBuiltinDateFormat(int numFmtId) noexcept;
/// A custom format code shows a date/time when d, m, y, h or s appears outside quotes,
/// brackets ([Red], [$-409]) and escapes (\x, _x, *x).
[[nodiscard]] bool isDateFormatCode(std::string_view code) noexcept;

} // namespace sa::import::read
