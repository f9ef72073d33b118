#pragma once
// Bitrix24's "Excel" export: an HTML page holding one <table>, saved with a .xls name. Read
// with a streaming tag scanner (<tr>, <td>, <th>, <br>; other tags ignored; <script>/<style>
// content skipped) and entity decoding (&amp; &lt; &gt; &quot; &apos; &nbsp; &#NNN; &#xHH;).
// Cell text has whitespace runs collapsed and is trimmed, as a browser shows it.
// Encoding: BOM, else <meta charset> / content="...charset=..." in the first 4 KiB, else detected
// like CSV. Irregular tables (nested tables, colspan/rowspan > 1) and pages with no table rows
// are rejected with a message that says what the file is and how to export CSV instead.
#include "import/read/TableSource.h"
#include "import/read/TextDecoder.h"

#include <deque>
#include <memory>

namespace sa::import::read {

class HtmlTableReader final : public TableSource {
public:
    static constexpr std::size_t kMaxTagBytes = 64 * 1024;

    static Result<std::unique_ptr<TableSource>> open(const std::string& path, const OpenOptions& options);

    [[nodiscard]] const std::vector<std::string>& header() const override { return m_header; }
    Result<bool> next(Row& row) override;
    [[nodiscard]] const SourceInfo& info() const override { return m_info; }
    [[nodiscard]] double progress() const override;

private:
    HtmlTableReader() = default;
    Status pump(); ///< scans one more chunk, queueing complete rows
    Status onTag(std::string_view tag);
    Status onCellStart(std::string_view tag);
    void endCell();
    void endRow();
    Error irregular(const std::string& what) const;

    std::unique_ptr<TextDecoder> m_in;
    SourceInfo m_info;
    std::vector<std::string> m_header;
    std::deque<Row> m_rows;
    Row m_row;
    std::string m_cell;
    std::string m_tag;
    std::string m_skipUntil; ///< inside <script>/<style>: the closing tag awaited
    bool m_inTag = false;
    bool m_inCell = false;
    bool m_inRow = false;
    bool m_eof = false;
    int m_tableDepth = 0;
    long long m_rowNumber = 0;
};

/// Decodes the HTML entities listed above; unknown entities stay as written.
[[nodiscard]] std::string decodeEntities(std::string_view s);

} // namespace sa::import::read
