#include "import/read/CsvTokenizer.h"

#include <cstring>

namespace sa::import::read {

CsvTokenizer::CsvTokenizer(TextDecoder& input, char delimiter, std::string first)
    : m_in(input), m_delim(delimiter), m_first(std::move(first)), m_buf(m_first), m_eof(false)
{
    for (unsigned char c : {static_cast<unsigned char>(delimiter), static_cast<unsigned char>('\n'),
                            static_cast<unsigned char>('\r'), static_cast<unsigned char>('"')})
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
            if (!*more) {
                if (m_state == State::Quoted)
                    return structural("unterminated quoted field: the end of the file came before the closing quote "
                                      "of the quote opened",
                                      m_quoteOffset, r.count + 1);
                if (!started) {
                    --m_record;
                    return false;
                }
                return endRecord(r, '\n');
            }
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
        const char* p = m_buf.data() + m_pos;
        const char* end = m_buf.data() + m_buf.size();
        switch (m_state) {
        case State::FieldStart:
            if (*p == '"') {
                m_state = State::Quoted;
                m_quoteOffset = m_bufStart + static_cast<long long>(m_pos);
                ++m_pos;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char* q = p;
            while (q < end && !m_special[static_cast<unsigned char>(*q)])
                ++q;
            field.append(p, static_cast<std::size_t>(q - p));
            m_pos += static_cast<std::size_t>(q - p);
            if (q == end)
                break;
            ++m_pos;
            if (*q == '"') {
                field += '"';
                if (m_bareQuotes++ == 0)
                    m_firstBareQuote = m_record;
            } else if (*q == m_delim) {
                startNextField(r);
            } else {
                return endRecord(r, *q);
            }
            break;
        }
        case State::Quoted: {
            const void* q = std::memchr(p, '"', static_cast<std::size_t>(end - p));
            const char* stop = q ? static_cast<const char*>(q) : end;
            field.append(p, static_cast<std::size_t>(stop - p));
            m_pos += static_cast<std::size_t>(stop - p);
            if (q) {
                ++m_pos;
                m_state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted:
            ++m_pos;
            if (*p == '"') {
                field += '"';
                m_state = State::Quoted;
            } else if (*p == m_delim) {
                startNextField(r);
            } else if (*p == '\n' || *p == '\r') {
                return endRecord(r, *p);
            } else {
                return structural(std::string("unexpected character '") + *p +
                                      "' after a closing quote (a quote inside a quoted field must be doubled)",
                                  m_bufStart + static_cast<long long>(m_pos) - 1, r.count + 1);
            }
            break;
        }
    }
}

} // namespace sa::import::read
