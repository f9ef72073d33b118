// ImportSession, the passes over the file. By default one: the first rows are buffered (and
// observed) until every date column's day/month order is decided, the formats are decided from
// them, and the import continues on the same stream, observing every row as the first pass
// would. At the end the whole file's decision must equal the one taken: a contradiction rejects
// the file as the two-pass import would; any other difference (or manager spellings that would
// have made other people) asks the caller for a two-pass import. Without a decided order after
// kMaxBuffer rows the first pass reads on, and a second pass imports.
#include "ImportSession.h"

namespace sa::import {

namespace {

constexpr long long kProgressEvery = 8192;
constexpr std::size_t kMaxSpellings = 50000; // a name column with more distinct values is not names
constexpr long long kMinBuffer = 10000; // rows observed before a single-pass decision
constexpr long long kMaxBuffer = 50000; // rows buffered at most (memory stays flat in the file size)

bool isDateKind(FieldKind k)
{
    return k == FieldKind::Date || k == FieldKind::Month;
}
bool isNumberKind(FieldKind k)
{
    return k == FieldKind::Money || k == FieldKind::Integer || k == FieldKind::Real;
}

std::string_view fieldText(const BoundField& f, const Row& row)
{
    if (f.column < 0)
        return f.constant;
    const auto c = static_cast<std::size_t>(f.column);
    return c < row.fields.size() ? std::string_view(row.fields[c]) : std::string_view();
}

std::string delimiterName(char d)
{
    return d == '\t' ? "tab" : std::string(1, d);
}

bool sameDateFormat(const normalise::DateFormat& a, const normalise::DateFormat& b)
{
    return a.order == b.order && a.separator == b.separator && a.excelSerial == b.excelSerial && a.isoOnly == b.isoOnly
        && a.decided == b.decided;
}

} // namespace

bool ImportSession::ordersKnown() const
{
    for (const auto& f : m_binding.fields)
        if (isDateKind(f.def->kind) && f.dateHint.empty() && !f.dateProfile.orderKnown())
            return false;
    return true;
}

Status ImportSession::firstPass()
{
    auto src = open();
    if (!src)
        return src.error();
    auto binding = bindColumns((*src)->header(), m_mapping, { m_fileName, bindingSourceName() });
    if (!binding)
        return binding.error();
    m_binding = std::move(*binding);
    for (auto& f : m_binding.fields)
        if (f.column < 0 && isDateKind(f.def->kind))
            f.dateProfile.observe(f.constant);
    const SourceInfo& info = (*src)->info(); // format, encoding and delimiter are known once open
    m_sum.format = info.format;
    m_sum.encoding = info.encoding;
    m_sum.delimiter = info.format == "csv" ? delimiterName(info.delimiter) : "";
    m_rows = std::make_unique<RowPrefetcher>(std::move(*src));
    m_singlePass = m_mode != Mode::Preview && !m_twoPasses;
    Row row;
    for (;;) {
        if (m_singlePass && m_expectedRows >= kMinBuffer && ordersKnown()) {
            m_speculative = true; // the stream goes on in the import pass
            const double read = m_rows->progress();
            if (read > 0)
                m_expectedRows = static_cast<long long>(static_cast<double>(m_expectedRows) / read);
            return {};
        }
        if (m_singlePass && m_expectedRows >= kMaxBuffer) {
            m_singlePass = false; // a date order still open after kMaxBuffer rows: two passes
            m_buffer = {};
        }
        auto more = m_rows->next(row);
        if (!more)
            return more.error();
        if (!*more || (m_mode == Mode::Preview && m_expectedRows >= m_previewMax))
            break;
        ++m_expectedRows;
        observeRow(row);
        if (m_singlePass)
            m_buffer.push_back(std::move(row));
        if (m_expectedRows % kProgressEvery == 0 && !reportProgress(0.3 * m_rows->progress(), m_expectedRows))
            return Error::cancelled();
    }
    m_rows->stop(); // the whole file was observed: the formats are decided from all of it
    if (!m_singlePass)
        m_rows.reset();
    return {};
}

void ImportSession::observeRow(const Row& row)
{
    for (auto& f : m_binding.fields) {
        if (f.column < 0)
            continue;
        const std::string_view t = trimField(fieldText(f, row));
        if (t.empty() || m_conv->isNull(*f.def, t))
            continue;
        if (isDateKind(f.def->kind))
            f.dateProfile.observe(t);
        else if (isNumberKind(f.def->kind))
            f.numberProfile.observe(t);
        else if (f.def->kind == FieldKind::Manager)
            countSpelling(t);
    }
}

void ImportSession::countSpelling(std::string_view spelling)
{
    if (const auto it = m_spellings.find(spelling); it != m_spellings.end())
        ++it->second;
    else if (m_spellings.size() < kMaxSpellings)
        m_spellings.emplace(std::string(spelling), 1);
}

void ImportSession::takeReaderNotes(const TableSource& source)
{
    m_sum.notes = source.info().notes;
    m_sum.notes.insert(m_sum.notes.end(), m_formatNotes.begin(), m_formatNotes.end());
}

// Rows are converted on their own thread (a Prefetcher), a few thousand ahead of this one,
// which resolves names, writes and records issues.
Status ImportSession::importStream(
    const std::function<Result<bool>(Row&)>& nextRow, const std::function<double()>& progress, double progressFrom)
{
    Row row;
    Prefetcher<ConvertedRow> converted([&](ConvertedRow& out) -> Result<bool> {
        auto more = nextRow(row);
        if (more && *more)
            convertRow(row, out);
        return more;
    });
    ConvertedRow c;
    for (;;) {
        auto more = converted.next(c);
        if (!more)
            return more.error();
        if (!*more || (m_mode == Mode::Preview && m_sum.rowsRead >= m_previewMax))
            break;
        // The rows ahead were written on the conversion thread's core: ask for them now, so that
        // they arrive while this row is written (the session's first reads of them stalled): the
        // cells of the row after next, and the texts of the next one (its cells asked for before).
        if (const ConvertedRow* n = converted.peek(1)) {
            prefetchElements(n->values.cells);
            prefetchElements(n->values.raws);
        }
        if (const ConvertedRow* n = converted.peek())
            for (const Cell& cell : n->values.cells)
                if (cell.type == Cell::Type::Text)
                    __builtin_prefetch(cell.s.data());
        if (auto s = importRow(c); !s)
            return s;
        if (m_sum.rowsRead % kProgressEvery == 0
            && !reportProgress(progressFrom + (0.98 - progressFrom) * progress(), m_sum.rowsRead))
            return Error::cancelled();
    }
    return {};
}

Status ImportSession::secondPass()
{
    if (m_singlePass)
        return streamRows();
    auto src = open();
    if (!src)
        return src.error();
    RowPrefetcher rows(std::move(*src));
    if (auto s = importStream([&](Row& r) { return rows.next(r); }, [&] { return rows.progress(); }, 0.3); !s)
        return s;
    rows.stop();
    takeReaderNotes(rows.source());
    return {};
}

// Single pass: the buffered rows, then (speculative) the rest of the stream, observed as it goes.
Status ImportSession::streamRows()
{
    std::size_t buffered = 0;
    auto next = [&](Row& row) -> Result<bool> {
        if (buffered < m_buffer.size()) {
            std::swap(row, m_buffer[buffered++]);
            return true;
        }
        if (!m_speculative)
            return false;
        auto more = m_rows->next(row);
        if (more && *more)
            observeRow(row); // on the conversion thread; read here only after the stream ends
        return more;
    };
    if (auto s = importStream(
            next, [&] { return m_rows->progress(); }, 0.0);
        !s)
        return s;
    m_buffer = {};
    m_rows->stop();
    takeReaderNotes(m_rows->source());
    m_rows.reset();
    return m_speculative ? checkGuess() : Status {};
}

// The whole file's decision must be the one the first rows gave.
Status ImportSession::checkGuess()
{
    for (const auto& f : m_binding.fields) {
        bool same = true;
        if (isDateKind(f.def->kind) && f.dateHint.empty()) {
            auto r = f.dateProfile.resolve();
            if (!r)
                return Error::rejected("column " + f.header + ": " + r.error().message, m_fileName, 0, f.header);
            same = sameDateFormat(*r, f.dateFormat);
        } else if (isNumberKind(f.def->kind) && f.decimalHint.empty()) {
            auto r = f.numberProfile.resolve();
            if (!r)
                return Error::rejected("column " + f.header + ": " + r.error().message, m_fileName, 0, f.header);
            same = *r == f.decimal;
        }
        if (!same)
            m_needTwoPasses = true;
    }
    if (!m_needTwoPasses && !managersAgree())
        m_needTwoPasses = true;
    if (m_needTwoPasses)
        return Error::internal("the first rows of " + m_fileName + " did not predict the whole file's formats");
    return {};
}

// The people the two-pass import would make of all spellings (primed at once) are the ones this
// import made: the same existing people, and new people one to one with the same names.
bool ImportSession::managersAgree() const
{
    if (m_spellings.size() >= kMaxSpellings)
        return false;
    ManagerDirectory all = m_managersBefore;
    if (!all.prime(m_spellings))
        return false;
    std::map<std::int64_t, std::int64_t> toActual, toDry;
    for (const auto& [spelling, count] : m_spellings) {
        const std::int64_t dry = all.find(spelling);
        const std::int64_t actual = m_managers.find(spelling);
        if (dry > 0 ? dry != actual : all.createdName(dry) != m_managers.createdName(actual))
            return false;
        if (toActual.emplace(dry, actual).first->second != actual || toDry.emplace(actual, dry).first->second != dry)
            return false;
    }
    return true;
}

} // namespace sa::import
