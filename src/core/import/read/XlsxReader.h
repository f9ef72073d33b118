#pragma once
// The .xlsx reader behind openTable(): libzip + Expat, streaming the chosen sheet row by row.
// Cells: shared strings, inline strings, numbers (as written, or to 15 significant digits when
// Excel stored a binary artefact such as 0.30000000000000004), booleans TRUE/FALSE, formula
// results (t="str"), error values (#N/A) as text, and numbers in date styles converted to
// "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" (1900 system with the Lotus leap-year bug, or 1904).
// Missing cells (gaps in r="...") are empty fields; empty rows are skipped; the first
// non-empty row is the header. Caps: see ReadLimits and ZipArchive.h; DOCTYPE: XmlStream.h.
#include "import/read/TableSource.h"
#include "import/read/XlsxParts.h"
#include "import/read/XmlStream.h"
#include "import/read/ZipArchive.h"

#include <deque>
#include <memory>

namespace sa::import::read {

class SheetHandler;

class XlsxReader final : public TableSource {
public:
    static Result<std::unique_ptr<TableSource>> open(const std::string& path, const OpenOptions& options);
    ~XlsxReader() override;

    [[nodiscard]] const std::vector<std::string>& header() const override { return m_header; }
    Result<bool> next(Row& row) override;
    [[nodiscard]] const SourceInfo& info() const override { return m_info; }
    [[nodiscard]] double progress() const override;

private:
    XlsxReader();
    Status start(const OpenOptions& options);
    static Result<const XlsxSheet*> pickSheet(
        const XlsxWorkbook& wb, const std::optional<std::string>& wanted, const std::string& path);
    Status loadParts(const XlsxWorkbook& wb, const ReadLimits& limits);
    Status pump(); ///< inflates and parses one more piece of the sheet

    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipEntryStream> m_sheet;
    std::unique_ptr<SheetHandler> m_handler;
    std::unique_ptr<XmlStream> m_xml;
    SharedStrings m_shared;
    std::vector<bool> m_dateStyles;
    std::string m_buf;
    bool m_eof = false;
    SourceInfo m_info;
    std::vector<std::string> m_header;
};

/// A cell's text from its stored number when the style shows a date: "YYYY-MM-DD[ HH:MM:SS]",
/// or "" when it is no valid serial.
[[nodiscard]] std::string excelDateText(std::string_view number, bool date1904);

} // namespace sa::import::read
