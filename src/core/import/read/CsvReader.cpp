#include "import/read/CsvReader.h"

#include "import/read/CsvDialect.h"

#include <algorithm>

namespace sa::import::read {

namespace {
constexpr int kTrailingSniffRecords = 20;
constexpr std::size_t kSniffBytes = 64 * 1024;

std::string delimiterName(char d)
{
    return d == '\t' ? "tab" : std::string("'") + d + "'";
}
} // namespace

Result<std::unique_ptr<TableSource>> CsvReader::open(const std::string& path, const OpenOptions& options)
{
    std::unique_ptr<CsvReader> r(new CsvReader);
    auto in
        = TextDecoder::open(path, options.encoding, options.chunkSize ? options.chunkSize : TextDecoder::kChunkSize);
    if (!in)
        return in.error();
    r->m_in = std::move(*in);
    r->m_info.path = path;
    r->m_info.format = "csv";
    r->m_info.bytes = r->m_in->size();
    r->m_info.encoding = encodingName(r->m_in->encoding());
    if (!r->m_in->note().empty())
        r->m_info.notes.push_back(r->m_in->note());
    if (auto st = r->start(options); !st)
        return st.error();
    return std::unique_ptr<TableSource>(std::move(r));
}

Error CsvReader::locate(Error e) const
{
    e.file = m_info.path;
    const std::size_t field = m_tok ? m_tok->errorField() : 0;
    if (field > 0)
        e.column = field <= m_header.size() ? m_header[field - 1] : "#" + std::to_string(field);
    return e;
}

Status CsvReader::start(const OpenOptions& options)
{
    // Sniff from the first 64 KiB whatever the chunk size; a decoding error inside it is met
    // again by the tokenizer, which can then say in which row and column it lies.
    std::string sample;
    bool complete = false;
    while (sample.size() < kSniffBytes) {
        auto chunk = m_in->next();
        if (!chunk)
            break;
        complete = chunk->empty();
        if (complete)
            break;
        sample.append(*chunk);
    }
    m_info.delimiter = options.delimiter ? *options.delimiter : detectDelimiter(sample, complete);
    if (!options.delimiter && m_info.delimiter != ',')
        m_info.notes.push_back("delimiter " + delimiterName(m_info.delimiter) + " detected");
    m_tok = std::make_unique<CsvTokenizer>(*m_in, m_info.delimiter, std::move(sample));
    Record head;
    do {
        auto got = m_tok->next(head);
        if (!got)
            return locate(got.error());
        if (!*got)
            return Error::rejected("no header row (the file is empty)", m_info.path);
    } while (head.blank());
    std::vector<std::string> names(head.values.begin(), head.values.begin() + static_cast<long>(head.count));
    m_rawColumns = names.size();
    auto trailing = sniffTrailingDelimiter(names);
    if (!trailing)
        return trailing.error();
    if (*trailing) {
        names.pop_back();
        m_dropTrailing = m_info.trailingDelimiterDropped = true;
        m_info.notes.push_back("every line ends with the delimiter; the empty last column was dropped");
    }
    m_header = uniqueHeader(names, m_info.notes);
    return {};
}

// Bitrix24 ends every line with the delimiter: true when the header and the first records
// (kept queued) all end with an empty field.
Result<bool> CsvReader::sniffTrailingDelimiter(const std::vector<std::string>& names)
{
    bool trailing = names.size() >= 2 && names.back().empty();
    for (int i = 0; trailing && i < kTrailingSniffRecords; ++i) {
        Record r;
        auto got = m_tok->next(r);
        if (!got)
            return locate(got.error());
        if (!*got)
            break;
        trailing = r.blank() || (r.count == names.size() && r.values[r.count - 1].empty());
        m_ahead.push_back(std::move(r));
    }
    return trailing;
}

Result<bool> CsvReader::fetch(Record& r)
{
    if (!m_ahead.empty()) {
        std::swap(r, m_ahead.front());
        m_ahead.pop_front();
        return true;
    }
    auto got = m_tok->next(r);
    if (!got)
        return locate(got.error());
    return got;
}

// After a blank record: true = the rest of the file was a footer (dropped), false = it was not
// (the records read stay queued and are delivered normally).
Result<bool> CsvReader::readFooterCandidate()
{
    ++m_blankLines;
    std::deque<Record> tail;
    for (;;) {
        Record r;
        auto got = fetch(r);
        if (!got)
            return got.error();
        if (!*got)
            break;
        const bool footerLike = m_header.size() >= 2 && r.count == 1;
        tail.push_back(std::move(r));
        if (!footerLike || tail.size() > kMaxFooterLines) {
            for (auto it = tail.rbegin(); it != tail.rend(); ++it)
                m_ahead.push_front(std::move(*it));
            return false;
        }
    }
    for (const auto& t : tail)
        (t.blank() ? m_blankLines : m_info.footerRowsSkipped) += 1;
    return true;
}

Result<bool> CsvReader::next(Row& row)
{
    for (;;) {
        auto got = fetch(m_rec);
        if (!got)
            return got.error();
        if (!*got) {
            finish();
            return false;
        }
        if (m_rec.blank()) {
            auto footer = readFooterCandidate();
            if (!footer)
                return footer.error();
            if (*footer) {
                finish();
                return false;
            }
            continue;
        }
        std::size_t n = m_rec.count;
        if (m_dropTrailing && n == m_rawColumns && m_rec.values[n - 1].empty())
            --n;
        row.number = m_rec.number;
        row.fields.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            row.fields[i].swap(m_rec.values[i]);
        return true;
    }
}

void CsvReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_tok && m_tok->bareQuotes() > 0)
        m_info.notes.push_back(std::to_string(m_tok->bareQuotes())
            + " quote character(s) inside unquoted fields kept as text (first in row "
            + std::to_string(m_tok->firstBareQuoteRecord()) + ")");
    if (m_blankLines > 0)
        m_info.notes.push_back(std::to_string(m_blankLines) + " blank line(s) skipped");
    if (m_info.footerRowsSkipped > 0)
        m_info.notes.push_back(
            std::to_string(m_info.footerRowsSkipped) + " report footer line(s) after the data dropped");
}

double CsvReader::progress() const
{
    if (m_finished || m_info.bytes <= 0)
        return 1.0;
    return std::min(1.0, static_cast<double>(m_in->consumed()) / static_cast<double>(m_info.bytes));
}

} // namespace sa::import::read
