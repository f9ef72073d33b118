#include "import/read/CsvTokenizer.h"

#include <cstring>

namespace sa::import::read {

CsvTokenizer::CsvTokenizer(TextDecoder& input, char delimiter, std::string first)
    : m_in(input)
    , m_delim(delimiter)
    , m_first(std::move(first))
    , m_buf(m_first)
    , m_eof(false)
{
    for (unsigned char c : { static_cast<unsigned char>(delimiter), static_cast<unsigned char>('\n'),
             static_cast<unsigned char>('\r'), static_cast<unsigned char>('"') })
        m_special[c] = true;
}

Result<bool> CsvTokenizer::refill()
{
    m_bufStart += static_cast<long long>(m_buf.size());
    m_pos = 0;
    auto chunk = m_in.next();
    if (!chunk) {
        m_buf = {};
        return chunk.error();
    }
    m_buf = *chunk;
    m_eof = m_buf.empty();
    m_first = std::string(); // the sniffed start is consumed: free it
    return !m_eof;
}

std::string CsvTokenizer::at(long long decodedOffset) const
{
    if (m_in.identityOffsets())
        return " at byte offset " + std::to_string(decodedOffset + m_in.bomLength());
    return " at character offset " + std::to_string(decodedOffset) + " of the decoded text";
}

Error CsvTokenizer::structural(std::string message, long long offset, std::size_t field)
{
    m_errorField = field;
    return Error::rejected(std::move(message) + at(offset), {}, m_record);
}

void CsvTokenizer::startNextField(Record& r)
{
    ++r.count;
    m_state = State::FieldStart;
    if (r.values.size() <= r.count)
        r.values.resize(r.count + 1);
    r.values[r.count].clear();
}

bool CsvTokenizer::endRecord(Record& r, char c)
{
    ++r.count;
    r.number = m_record;
    m_skipLf = c == '\r';
    m_state = State::FieldStart;
    return true;
}

// End of input: the open record (if any) ends here, unless a quote is still open.
Result<bool> CsvTokenizer::atEnd(Record& r, bool started)
{
    if (m_state == State::Quoted)
        return structural("unterminated quoted field: the end of the file came before the closing quote of the "
                          "quote opened",
            m_quoteOffset, r.count + 1);
    if (!started) {
        --m_record;
        return false;
    }
    return endRecord(r, '\n');
}

// Unquoted text up to the next delimiter, line end or bare quote (kept as a literal).
CsvTokenizer::Step CsvTokenizer::scanUnquoted(Record& r, std::string& field)
{
    const char* p = m_buf.data() + m_pos;
    const char* end = m_buf.data() + m_buf.size();
    const char* q = p;
    while (q < end && !m_special[static_cast<unsigned char>(*q)])
        ++q;
    field.append(p, static_cast<std::size_t>(q - p));
    m_pos += static_cast<std::size_t>(q - p);
    if (q == end)
        return Step::More;
    ++m_pos;
    if (*q == '"') {
        field += '"';
        if (m_bareQuotes++ == 0)
            m_firstBareQuote = m_record;
    } else if (*q == m_delim) {
        startNextField(r);
    } else {
        return endRecord(r, *q) ? Step::RecordEnd : Step::More;
    }
    return Step::More;
}

// Quoted text up to the next quote (which closes the field or starts a doubled quote).
void CsvTokenizer::scanQuoted(std::string& field)
{
    const char* p = m_buf.data() + m_pos;
    const std::size_t left = m_buf.size() - m_pos;
    const void* q = std::memchr(p, '"', left);
    const std::size_t n = q ? static_cast<std::size_t>(static_cast<const char*>(q) - p) : left;
    field.append(p, n);
    m_pos += n;
    if (q) {
        ++m_pos;
        m_state = State::QuoteInQuoted;
    }
}

// The character after a quote inside a quoted field.
CsvTokenizer::Step CsvTokenizer::afterQuote(Record& r, std::string& field)
{
    const char c = m_buf[m_pos++];
    if (c == '"') {
        field += '"';
        m_state = State::Quoted;
    } else if (c == m_delim) {
        startNextField(r);
    } else if (c == '\n' || c == '\r') {
        endRecord(r, c);
        return Step::RecordEnd;
    } else {
        m_failure = structural(std::string("unexpected character '") + c
                + "' after a closing quote (a quote inside a quoted field must be doubled)",
            m_bufStart + static_cast<long long>(m_pos) - 1, r.count + 1);
        return Step::Failed;
    }
    return Step::More;
}

Result<bool> CsvTokenizer::next(Record& r)
{
    r.count = 0;
    bool started = false;
    ++m_record;
    for (;;) {
        if (m_pos >= m_buf.size()) {
            auto more = m_eof ? Result<bool>(false) : refill();
            if (!more) {
                m_errorField = r.count + 1;
                Error e = more.error();
                e.row = m_record;
                return e;
            }
            if (!*more)
                return atEnd(r, started);
        }
        if (m_skipLf) {
            m_skipLf = false;
            if (m_buf[m_pos] == '\n') {
                ++m_pos;
                continue;
            }
        }
        if (r.values.size() <= r.count)
            r.values.resize(r.count + 1);
        std::string& field = r.values[r.count];
        if (!started) {
            field.clear();
            started = true;
        }
        Step step = Step::More;
        if (m_state == State::FieldStart && m_buf[m_pos] == '"') {
            m_state = State::Quoted;
            m_quoteOffset = m_bufStart + static_cast<long long>(m_pos++);
        } else if (m_state == State::FieldStart || m_state == State::Unquoted) {
            m_state = State::Unquoted;
            step = scanUnquoted(r, field);
        } else if (m_state == State::Quoted) {
            scanQuoted(field);
        } else {
            step = afterQuote(r, field);
        }
        if (step == Step::RecordEnd)
            return true;
        if (step == Step::Failed)
            return m_failure;
    }
}

} // namespace sa::import::read
