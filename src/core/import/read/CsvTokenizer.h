#pragma once
// RFC 4180 records from a TextDecoder: a resumable state machine over 1 MiB chunks that
// appends field bytes straight into reused strings (no per-field allocation once warm).
// Leniencies: bare CR ends a record like LF/CRLF; a '"' inside an unquoted field is a literal
// (counted in bareQuotes()). Errors: a quote never closed before the end of the file; a
// character other than the delimiter or a line end right after a closing quote.
#include "common/Result.h"
#include "import/read/TextDecoder.h"

#include <array>
#include <string>
#include <vector>

namespace sa::import::read {

/// One record: `count` fields in `values[0..count)`; strings beyond `count` are spare capacity.
struct Record {
    std::vector<std::string> values;
    std::size_t count = 0;
    long long number = 0; ///< 1-based record number in the file
    bool blank() const { return count == 1 && values[0].empty(); }
};

class CsvTokenizer {
public:
    /// `first` is the start of the decoded text, already fetched by the caller for sniffing.
    CsvTokenizer(TextDecoder& input, char delimiter, std::string first);

    /// The next record; false at the end. Errors carry the record number in `row` and the
    /// 1-based field number in errorField(); the caller adds file and column name.
    Result<bool> next(Record& record);

    /// 1-based number of the record last returned.
    [[nodiscard]] long long recordNumber() const noexcept { return m_record; }
    [[nodiscard]] long long bareQuotes() const noexcept { return m_bareQuotes; }
    [[nodiscard]] long long firstBareQuoteRecord() const noexcept { return m_firstBareQuote; }
    [[nodiscard]] std::size_t errorField() const noexcept { return m_errorField; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    enum class Step { More, RecordEnd, Failed };
    Result<bool> atEnd(Record& r, bool started);
    Step scanUnquoted(Record& r, std::string& field);
    void scanQuoted(std::string& field);
    Step afterQuote(Record& r, std::string& field);
    Result<bool> refill();
    std::string at(long long decodedOffset) const;
    Error structural(std::string message, long long offset, std::size_t field);
    bool endRecord(Record& r, char c);
    void startNextField(Record& r);

    TextDecoder& m_in;
    char m_delim;
    std::array<bool, 256> m_special {};
    std::string m_first;
    std::string_view m_buf;
    std::size_t m_pos = 0;
    long long m_bufStart = 0; ///< decoded offset of m_buf[0]
    bool m_eof = false;
    bool m_skipLf = false; ///< the last record ended with CR: a following LF belongs to it
    State m_state = State::FieldStart;
    long long m_record = 0;
    long long m_quoteOffset = 0;
    long long m_bareQuotes = 0;
    long long m_firstBareQuote = 0;
    std::size_t m_errorField = 0;
    Error m_failure;
};

} // namespace sa::import::read
