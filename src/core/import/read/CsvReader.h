#pragma once
// The CSV (and TSV, "Unicode text") reader behind openTable(): encoding and delimiter
// detection, then RFC 4180 records with the leniencies documented in CsvTokenizer.h plus:
// leading and inner blank lines skipped (counted in notes); a trailing delimiter on the header
// and every sampled record (Bitrix24) dropped; report footers (a blank line followed only by
// one-field lines up to the end, as Salesforce writes) dropped and counted. Ragged rows pass as is.
#include "import/read/CsvTokenizer.h"
#include "import/read/TableSource.h"
#include "import/read/TextDecoder.h"

#include <deque>
#include <memory>

namespace sa::import::read {

class CsvReader final : public TableSource {
public:
    static constexpr std::size_t kMaxFooterLines = 12; ///< longer tails are data, not a footer

    static Result<std::unique_ptr<TableSource>> open(const std::string& path, const OpenOptions& options);

    [[nodiscard]] const std::vector<std::string>& header() const override { return m_header; }
    Result<bool> next(Row& row) override;
    [[nodiscard]] const SourceInfo& info() const override { return m_info; }
    [[nodiscard]] double progress() const override;

private:
    CsvReader() = default;
    Status start(const OpenOptions& options);
    Result<bool> sniffTrailingDelimiter(const std::vector<std::string>& names);
    Result<bool> fetch(Record& r);
    Result<bool> readFooterCandidate();
    Error locate(Error e) const;
    void finish();

    std::unique_ptr<TextDecoder> m_in;
    std::unique_ptr<CsvTokenizer> m_tok;
    std::deque<Record> m_ahead; ///< records read early (sniffing, footer candidates)
    Record m_rec;
    std::vector<std::string> m_header;
    SourceInfo m_info;
    std::size_t m_rawColumns = 0;
    bool m_dropTrailing = false;
    bool m_finished = false;
    long long m_blankLines = 0;
};

} // namespace sa::import::read
