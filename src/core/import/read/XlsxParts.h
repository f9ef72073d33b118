#pragma once
// The workbook-level parts of an .xlsx, each read whole through a hardened XmlStream:
// workbook.xml (sheet names, date1904), its relationships (sheet paths), sharedStrings.xml
// (capped) and styles.xml (which cell styles show dates).
#include "common/Result.h"
#include "import/read/TableSource.h"
#include "import/read/ZipArchive.h"

#include <cstdint>
#include <string>
#include <string_view>
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

/// The workbook's shared strings packed in one buffer: a std::string each cost 32 bytes even when
/// empty, so a flood of 24 M one-letter strings (5 MB zipped) took 1 GB.
class SharedStrings {
public:
    void add(std::string_view s)
    {
        m_text.append(s);
        m_ends.push_back(static_cast<std::uint32_t>(m_text.size()));
    }
    [[nodiscard]] std::size_t size() const { return m_ends.size(); }
    [[nodiscard]] std::string_view operator[](std::size_t i) const
    {
        const std::uint32_t begin = i == 0 ? 0 : m_ends[i - 1];
        return { m_text.data() + begin, m_ends[i] - begin };
    }
    /// What the table holds in memory: text plus one offset per string.
    [[nodiscard]] long long bytes() const
    {
        return static_cast<long long>(m_text.size() + m_ends.size() * sizeof(std::uint32_t));
    }

private:
    std::string m_text;
    std::vector<std::uint32_t> m_ends; ///< the text is capped far below 4 GiB
};

/// Reads workbook.xml and its relationships.
Result<XlsxWorkbook> readWorkbook(ZipArchive& zip);
/// Reads the shared string table; over `maxBytes` of text and offsets (SharedStrings::bytes) is refused.
Result<SharedStrings> readSharedStrings(ZipArchive& zip, const std::string& path, long long maxBytes);
/// For each cell style index (cellXfs), whether its number format shows a date or time.
Result<std::vector<bool>> readDateStyles(ZipArchive& zip, const std::string& path);

/// Built-in number formats 14–22 and 45–47 are dates/times.
[[nodiscard]] bool isBuiltinDateFormat(int numFmtId) noexcept;
/// A custom format code shows a date/time when d, m, y, h or s appears outside quotes,
/// brackets ([Red], [$-409]) and escapes (\x, _x, *x).
[[nodiscard]] bool isDateFormatCode(std::string_view code) noexcept;

} // namespace sa::import::read
