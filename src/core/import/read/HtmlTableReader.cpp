#include "import/read/HtmlTableReader.h"

#include "common/Text.h"
#include "import/read/CsvDialect.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace sa::import::read {

namespace {

constexpr const char* kHowToCsv = "export the list as CSV instead (Bitrix24: the list's menu → Export → CSV)";

// charset=... from the page's first bytes, if any.
std::optional<std::string> metaCharset(const std::string& path)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return std::nullopt;
    std::string head(4096, '\0');
    head.resize(std::fread(head.data(), 1, head.size(), f));
    std::fclose(f);
    const std::string lower = text::foldCase(head);
    const std::size_t at = lower.find("charset=");
    if (at == std::string::npos)
        return std::nullopt;
    std::size_t b = at + 8;
    while (b < lower.size() && (lower[b] == '"' || lower[b] == '\''))
        ++b;
    std::size_t e = b;
    while (
        e < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[e])) || lower[e] == '-' || lower[e] == '_'))
        ++e;
    const std::string name = lower.substr(b, e - b);
    if (!encodingFromName(name))
        return std::nullopt;
    return name;
}

std::string tagName(std::string_view tag)
{
    std::size_t i = tag.empty() || tag[0] != '/' ? 0 : 1;
    std::string name = tag[0] == '/' ? "/" : "";
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i])))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i++])));
    return name;
}

// The integer value of attribute `attr` (colspan="2") or 1.
int spanOf(std::string_view tag, std::string_view attr)
{
    const std::string lower = text::foldCase(tag);
    const std::size_t at = lower.find(attr);
    if (at == std::string::npos)
        return 1;
    std::size_t i = at + attr.size();
    while (i < lower.size() && (lower[i] == '=' || lower[i] == '"' || lower[i] == '\'' || lower[i] == ' '))
        ++i;
    int v = 1;
    std::from_chars(lower.data() + i, lower.data() + lower.size(), v);
    return v;
}

std::string collapseSpaces(std::string_view s)
{
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

std::string decodeEntities(std::string_view s)
{
    static constexpr std::pair<std::string_view, std::string_view> kNamed[]
        = { { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" }, { "nbsp", "\xC2\xA0" } };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
        if (semi == std::string_view::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        bool done = false;
        if (!name.empty() && name[0] == '#') {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            const std::string_view digits = name.substr(hex ? 2 : 1);
            unsigned cp = 0;
            const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
            if (r.ec == std::errc() && r.ptr == digits.data() + digits.size() && cp > 0 && cp <= 0x10FFFF
                && (cp < 0xD800 || cp > 0xDFFF)) {
                appendUtf8(out, cp);
                done = true;
            }
        }
        for (const auto& [n, v] : kNamed)
            if (!done && name == n) {
                out += v;
                done = true;
            }
        if (!done) {
            out += s[i];
            continue;
        }
        i = semi;
    }
    return out;
}

Result<std::unique_ptr<TableSource>> HtmlTableReader::open(const std::string& path, const OpenOptions& options)
{
    std::unique_ptr<HtmlTableReader> r(new HtmlTableReader);
    const auto charset = options.encoding ? options.encoding : metaCharset(path);
    auto in = TextDecoder::open(path, charset, options.chunkSize ? options.chunkSize : TextDecoder::kChunkSize);
    if (!in)
        return in.error();
    r->m_in = std::move(*in);
    r->m_info.path = path;
    r->m_info.format = "html-xls";
    r->m_info.bytes = r->m_in->size();
    r->m_info.encoding = encodingName(r->m_in->encoding());
    r->m_info.notes.push_back("an HTML table saved as .xls (Bitrix24 \"Excel\" export), read as a table");
    if (!r->m_in->note().empty())
        r->m_info.notes.push_back(r->m_in->note());
    while (r->m_rows.empty() && !r->m_eof)
        if (auto st = r->pump(); !st)
            return st.error();
    if (r->m_rows.empty())
        return Error::rejected("an HTML page without table rows, not a spreadsheet: " + std::string(kHowToCsv), path);
    std::vector<std::string> names = std::move(r->m_rows.front().fields);
    r->m_rows.pop_front();
    r->m_header = uniqueHeader(names, r->m_info.notes);
    return std::unique_ptr<TableSource>(std::move(r));
}

Error HtmlTableReader::irregular(const std::string& what) const
{
    return Error::rejected("an HTML table saved as .xls (Bitrix24 \"Excel\" export) with " + what
            + ", which cannot be read as a plain table: " + kHowToCsv,
        m_info.path, m_rowNumber + 1);
}

Status HtmlTableReader::onCellStart(std::string_view tag)
{
    if (spanOf(tag, "colspan") > 1 || spanOf(tag, "rowspan") > 1)
        return irregular("merged cells (colspan/rowspan)");
    if (!m_inRow) { // a cell without <tr>: browsers open the row implicitly
        m_inRow = true;
        m_row.fields.clear();
    }
    endCell();
    m_inCell = true;
    return {};
}

Status HtmlTableReader::onTag(std::string_view tag)
{
    const std::string name = tagName(tag);
    if (name == "script" || name == "style") {
        m_skipUntil = "</" + name;
    } else if (name == "table") {
        if (++m_tableDepth > 1)
            return irregular("a table nested in a table");
    } else if (name == "/table") {
        endRow();
        m_tableDepth = std::max(0, m_tableDepth - 1);
    } else if (name == "tr") {
        endRow();
        m_inRow = true;
        m_row.fields.clear();
    } else if (name == "/tr") {
        endRow();
    } else if (name == "td" || name == "th") {
        return onCellStart(tag);
    } else if (name == "/td" || name == "/th") {
        endCell();
    } else if (name == "br" && m_inCell) {
        m_cell += '\n';
    }
    return {};
}

void HtmlTableReader::endCell()
{
    if (!m_inCell)
        return;
    std::string value;
    for (const auto line : text::split(m_cell, '\n')) { // <br> lines keep their break
        if (!value.empty())
            value += '\n';
        value += collapseSpaces(decodeEntities(collapseSpaces(line)));
    }
    m_row.fields.push_back(std::string(text::trim(value)));
    m_cell.clear();
    m_inCell = false;
}

void HtmlTableReader::endRow()
{
    endCell();
    if (!m_inRow)
        return;
    m_inRow = false;
    if (m_row.fields.empty())
        return;
    m_row.number = ++m_rowNumber;
    m_rows.push_back(std::move(m_row));
    m_row = Row {};
}

Status HtmlTableReader::pump()
{
    auto chunk = m_in->next();
    if (!chunk)
        return Error::rejected(chunk.error().message, m_info.path, m_rowNumber + 1);
    if (chunk->empty()) {
        m_eof = true;
        endRow();
        return {};
    }
    for (char c : *chunk) {
        if (m_inTag) {
            if (c != '>'
                || (m_tag.rfind("!--", 0) == 0
                    && (m_tag.size() < 5 || m_tag.compare(m_tag.size() - 2, 2, "--") != 0))) {
                m_tag += c;
                if (m_tag.size() > kMaxTagBytes)
                    return Error::rejected(
                        "an HTML tag or comment longer than 64 KiB: not a table export", m_info.path, m_rowNumber + 1);
                continue;
            }
            m_inTag = false;
            const bool skipping = !m_skipUntil.empty();
            if (skipping && text::foldCase("<" + m_tag).rfind(m_skipUntil, 0) == 0)
                m_skipUntil.clear();
            if (!skipping)
                if (auto st = onTag(m_tag); !st)
                    return st;
            m_tag.clear();
        } else if (c == '<') {
            m_inTag = true;
        } else if (m_inCell && m_skipUntil.empty()) {
            m_cell += c == '\n' || c == '\r' ? ' ' : c; // only <br> breaks a line
        }
    }
    return {};
}

Result<bool> HtmlTableReader::next(Row& row)
{
    while (m_rows.empty() && !m_eof)
        if (auto st = pump(); !st)
            return st.error();
    if (m_rows.empty())
        return false;
    row = std::move(m_rows.front());
    m_rows.pop_front();
    return true;
}

double HtmlTableReader::progress() const
{
    return m_info.bytes > 0 ? std::min(1.0, static_cast<double>(m_in->consumed()) / static_cast<double>(m_info.bytes))
                            : 1.0;
}

} // namespace sa::import::read
