#include "import/read/XlsxReader.h"

#include "common/DateTime.h"
#include "common/Text.h"
#include "import/normalise/DateColumnProfile.h"
#include "import/read/CsvDialect.h"
#include "import/read/XlsxParts.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace sa::import::read {

namespace {

constexpr std::size_t kReadBuffer = 64 * 1024;
constexpr int kMaxColumns = 16384; // XFD, Excel's last column

// 0-based column of a cell reference "BC12", or -1.
int columnOf(const char* ref)
{
    int col = 0, letters = 0;
    for (; ref && *ref >= 'A' && *ref <= 'Z'; ++ref, ++letters)
        col = col * 26 + (*ref - 'A' + 1);
    return letters == 0 || letters > 3 ? -1 : col - 1;
}

// Excel writes doubles with up to 17 significant digits; 15 is what it shows and what was typed.
std::string numberText(std::string_view v)
{
    int significant = 0;
    for (char c : v) {
        if (c == 'E' || c == 'e')
            break;
        if (c >= '0' && c <= '9' && (significant > 0 || c != '0'))
            ++significant;
    }
    double d = 0;
    if (significant <= 15 || std::from_chars(v.data(), v.data() + v.size(), d).ec != std::errc())
        return std::string(v);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", d);
    return buf;
}

} // namespace

std::string excelDateText(std::string_view number, bool date1904)
{
    double serial = 0;
    if (std::from_chars(number.data(), number.data() + number.size(), serial).ec != std::errc())
        return {};
    const auto local = normalise::excelSerialToLocal(serial, date1904);
    if (!local)
        return {};
    return serial == std::floor(serial) ? formatDate(*local) : formatDateTime(*local);
}

/// Turns <row>/<c> events into rows; complete rows wait in `rows`.
class SheetHandler : public XmlHandler {
public:
    std::deque<Row> rows;
    const SharedStrings* shared = nullptr;
    const std::vector<bool>* dateStyles = nullptr;
    bool date1904 = false;
    std::string archive;

    void start(std::string_view name, const char** a) override
    {
        if (name == "row") {
            const char* r = attr(a, "r");
            m_rowNumber = r ? std::atoll(r) : m_rowNumber + 1;
            m_row.fields.clear();
            m_col = -1;
        } else if (name == "c") {
            startCell(a);
        } else if (name == "v" || (name == "t" && m_inInline)) {
            m_capture = m_phonetic == 0;
        } else if (name == "is") {
            m_inInline = true;
        } else if (name == "rPh") {
            ++m_phonetic;
        }
    }
    void end(std::string_view name) override
    {
        if (name == "v" || name == "t") {
            m_capture = false;
        } else if (name == "is") {
            m_inInline = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "c") {
            endCell();
        } else if (name == "row") {
            bool empty = true;
            for (const auto& f : m_row.fields)
                empty = empty && f.empty();
            if (!empty) {
                m_row.number = m_rowNumber;
                rows.push_back(std::move(m_row));
            }
            m_row = Row {};
        }
    }
    void text(std::string_view s) override
    {
        if (m_capture)
            m_value.append(s);
    }

private:
    void startCell(const char** a)
    {
        const char* r = attr(a, "r");
        m_col = r ? columnOf(r) : m_col + 1;
        if (m_col < 0 || m_col >= kMaxColumns)
            return fail(Error::rejected(r ? "cell reference '" + std::string(r) + "' is not a valid column"
                                          : "cell " + std::to_string(m_col + 1)
                        + " of the row is past column XFD, "
                          "the last an Excel sheet has",
                archive, m_rowNumber));
        const char* t = attr(a, "t");
        m_type = t ? t : "n";
        const char* s = attr(a, "s");
        m_style = s ? std::atoi(s) : 0;
        m_value.clear();
    }
    void endCell()
    {
        std::string v;
        if (m_type == "s") {
            std::size_t idx = 0;
            const auto res = std::from_chars(m_value.data(), m_value.data() + m_value.size(), idx);
            if (res.ec != std::errc() || idx >= shared->size())
                return fail(Error::rejected("a cell refers to shared string '" + m_value + "' but the workbook has "
                        + std::to_string(shared->size()),
                    archive, m_rowNumber, columnName()));
            v.assign((*shared)[idx]);
        } else if (m_type == "b") {
            v = m_value == "1" ? "TRUE" : m_value.empty() ? "" : "FALSE";
        } else if (m_type == "n" && !m_value.empty()) {
            const bool isDate = m_style >= 0 && static_cast<std::size_t>(m_style) < dateStyles->size()
                && (*dateStyles)[static_cast<std::size_t>(m_style)];
            v = isDate ? excelDateText(m_value, date1904) : std::string();
            if (v.empty())
                v = numberText(m_value);
        } else {
            v = std::move(m_value); // inlineStr, str (formula result), e (#N/A), d (ISO text)
        }
        if (m_row.fields.size() <= static_cast<std::size_t>(m_col))
            m_row.fields.resize(static_cast<std::size_t>(m_col) + 1);
        m_row.fields[static_cast<std::size_t>(m_col)] = std::move(v);
        m_value.clear();
    }
    std::string columnName() const
    {
        std::string s;
        for (int c = m_col + 1; c > 0; c = (c - 1) / 26)
            s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
        return s;
    }

    Row m_row;
    long long m_rowNumber = 0;
    int m_col = -1;
    int m_style = 0;
    int m_phonetic = 0;
    std::string m_type;
    std::string m_value;
    bool m_capture = false;
    bool m_inInline = false;
};

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<TableSource>> XlsxReader::open(const std::string& path, const OpenOptions& options)
{
    std::unique_ptr<XlsxReader> r(new XlsxReader);
    r->m_info.path = path;
    r->m_info.format = "xlsx";
    r->m_info.encoding = "utf-8";
    if (auto st = r->start(options); !st)
        return st.error();
    return std::unique_ptr<TableSource>(std::move(r));
}

// The sheet asked for (matched like names: case, spaces), or the first; unknown → the list.
Result<const XlsxSheet*> XlsxReader::pickSheet(
    const XlsxWorkbook& wb, const std::optional<std::string>& wanted, const std::string& path)
{
    if (!wanted)
        return &wb.sheets.front();
    std::vector<std::string> names;
    for (const auto& s : wb.sheets) {
        if (text::matchKey(s.name) == text::matchKey(*wanted))
            return &s;
        names.push_back("'" + s.name + "'");
    }
    return Error::rejected(
        "no sheet named '" + *wanted + "'; the workbook's sheets are " + text::join(names, ", "), path);
}

Status XlsxReader::loadParts(const XlsxWorkbook& wb, const ReadLimits& limits)
{
    if (!wb.sharedStringsPath.empty() && m_zip->has(wb.sharedStringsPath)) {
        auto s = readSharedStrings(*m_zip, wb.sharedStringsPath, limits.maxSharedStringsBytes);
        if (!s)
            return s.error();
        m_shared = std::move(*s);
    }
    if (!wb.stylesPath.empty() && m_zip->has(wb.stylesPath)) {
        auto s = readDateStyles(*m_zip, wb.stylesPath);
        if (!s)
            return s.error();
        m_dateStyles = std::move(*s);
    }
    return {};
}

Status XlsxReader::start(const OpenOptions& options)
{
    auto zip = ZipArchive::open(m_info.path, options.limits);
    if (!zip)
        return zip.error();
    m_zip = std::move(*zip);
    auto wb = readWorkbook(*m_zip);
    if (!wb)
        return wb.error();
    auto sheet = pickSheet(*wb, options.sheet, m_info.path);
    if (!sheet)
        return sheet.error();
    m_info.sheet = (*sheet)->name;
    m_handler = std::make_unique<SheetHandler>();
    m_handler->archive = m_info.path;
    m_handler->date1904 = wb->date1904;
    if (auto st = loadParts(*wb, options.limits); !st)
        return st;
    m_handler->shared = &m_shared;
    m_handler->dateStyles = &m_dateStyles;
    if (wb->date1904)
        m_info.notes.push_back("the workbook uses the 1904 date system");
    auto stream = m_zip->openEntry((*sheet)->path);
    if (!stream)
        return stream.error();
    m_sheet = std::move(*stream);
    m_info.bytes = m_sheet->size();
    m_xml = std::make_unique<XmlStream>(*m_handler, m_info.path, (*sheet)->path);
    m_buf.resize(kReadBuffer);
    while (m_handler->rows.empty() && !m_eof)
        if (auto st = pump(); !st)
            return st;
    if (m_handler->rows.empty())
        return Error::rejected("no header row (sheet '" + m_info.sheet + "' is empty)", m_info.path);
    m_header = uniqueHeader(m_handler->rows.front().fields, m_info.notes);
    m_handler->rows.pop_front();
    return {};
}

Status XlsxReader::pump()
{
    auto n = m_sheet->read(m_buf.data(), m_buf.size());
    if (!n)
        return n.error();
    m_eof = *n == 0;
    return m_xml->feed(m_buf.data(), *n, m_eof);
}

Result<bool> XlsxReader::next(Row& row)
{
    while (m_handler->rows.empty() && !m_eof)
        if (auto st = pump(); !st)
            return st.error();
    if (m_handler->rows.empty())
        return false;
    row = std::move(m_handler->rows.front());
    m_handler->rows.pop_front();
    return true;
}

double XlsxReader::progress() const
{
    if (m_eof || m_info.bytes <= 0)
        return 1.0;
    return std::min(1.0, static_cast<double>(m_sheet->consumed()) / static_cast<double>(m_info.bytes));
}

} // namespace sa::import::read
