#include "ActivityStream.h"

#include "common/Text.h"
#include "store/Sqlite.h"

#include <sqlite3.h>

namespace sa::import {

namespace {

constexpr std::size_t kChunkRows = 4096; ///< rows per hand-over
constexpr std::size_t kMaxFullChunks = 8; ///< the session waits beyond (memory stays flat)
constexpr std::size_t kStatementRows = 64; ///< rows per execution of the VALUES statement

/// The column names of rollup::kActivityColumns ("SELECT a, b, ... FROM activities"), in order.
std::vector<std::string> aggregateColumns()
{
    const std::string_view sql = rollup::kActivityColumns;
    const auto from = sql.find("SELECT ") + 7, to = sql.find(" FROM ");
    std::vector<std::string> names;
    for (const auto n : text::split(sql.substr(from, to - from), ','))
        names.emplace_back(text::trim(n));
    return names;
}

/// "VALUES (?,...,?),(...)" with `rows` rows of ActivityStream::kColumns parameters.
std::string valuesSql(std::size_t rows)
{
    std::string row = "(";
    for (std::size_t c = 0; c < ActivityStream::kColumns; ++c)
        row += c ? ",?" : "?";
    row += ")";
    std::string sql = "VALUES " + row;
    for (std::size_t r = 1; r < rows; ++r)
        sql += "," + row;
    return sql;
}

void bindCell(sqlite3_stmt* st, int k, const Cell& c)
{
    switch (c.type) {
    case Cell::Type::Int:
        sqlite3_bind_int64(st, k, c.i);
        break;
    case Cell::Type::Real:
        sqlite3_bind_double(st, k, c.d);
        break;
    case Cell::Type::Text: // the chunk outlives the statement's execution
        sqlite3_bind_text(st, k, c.s.data(), static_cast<int>(c.s.size()), SQLITE_STATIC);
        break;
    case Cell::Type::Null:
        sqlite3_bind_null(st, k);
        break;
    }
}

} // namespace

std::unique_ptr<ActivityStream> ActivityStream::start(const EntityDef& def)
{
    const auto names = aggregateColumns();
    if (names.size() != kColumns)
        return nullptr;
    std::array<std::size_t, kColumns> fields {};
    for (std::size_t c = 0; c < kColumns; ++c) {
        std::size_t i = 0;
        while (i < def.fields.size() && names[c] != def.fields[i].column)
            ++i;
        if (i == def.fields.size())
            return nullptr;
        fields[c] = i;
    }
    return std::unique_ptr<ActivityStream>(new ActivityStream(fields));
}

ActivityStream::ActivityStream(const std::array<std::size_t, kColumns>& fields)
    : m_fields(fields)
{
    m_current.resize(kChunkRows * kColumns);
    m_thread = std::thread([this] { run(); });
}

ActivityStream::~ActivityStream()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ActivityStream::add(const RowValues& row, const EntityWriter& writer)
{
    Cell* out = m_current.data() + m_rows * kColumns;
    for (std::size_t c = 0; c < kColumns; ++c)
        out[c] = writer.boundCell(row, m_fields[c]);
    if (++m_rows == kChunkRows)
        handOver();
}

void ActivityStream::handOver()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_full.size() < kMaxFullChunks; });
    m_full.emplace_back(std::move(m_current), m_rows);
    m_rows = 0;
    if (!m_free.empty()) {
        m_current = std::move(m_free.back());
        m_free.pop_back();
    }
    m_current.resize(kChunkRows * kColumns);
    lock.unlock();
    m_changed.notify_all();
}

void ActivityStream::close()
{
    if (m_rows > 0)
        handOver();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

Result<rollup::ActivityRollup> ActivityStream::finish()
{
    close();
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        return *m_error;
    return rollup::fromAggregate(m_agg, m_deals, m_clients, m_managers);
}

void ActivityStream::run()
{
    // A private in-memory database whose VALUES statement gives ActivityAgg::add its rows.
    auto db = store::Connection::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    auto full = db ? db->prepare(valuesSql(kStatementRows)) : Result<store::Statement>(db.error());
    if (!full) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = full.error();
    }
    for (;;) {
        std::pair<Chunk, std::size_t> chunk;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_closed || !m_full.empty(); });
            if (m_stop || m_full.empty())
                return;
            chunk = std::move(m_full.front());
            m_full.pop_front();
        }
        m_changed.notify_all();
        Status s = m_error ? Status {} : aggregate(*db, *full, chunk.first, chunk.second);
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!s && !m_error)
            m_error = s.error();
        m_free.push_back(std::move(chunk.first));
    }
}

// The rows of `chunk`, read back as the rows of VALUES statements.
Status ActivityStream::aggregate(store::Connection& db, store::Statement& full, const Chunk& chunk, std::size_t rows)
{
    for (std::size_t from = 0; from < rows; from += kStatementRows) {
        const std::size_t n = std::min(kStatementRows, rows - from);
        store::Statement tail;
        if (n < kStatementRows) {
            auto st = db.prepare(valuesSql(n));
            if (!st)
                return st.error();
            tail = std::move(*st);
        }
        sqlite3_stmt* h = n < kStatementRows ? tail.handle() : full.handle();
        sqlite3_reset(h);
        for (std::size_t k = 0; k < n * kColumns; ++k)
            bindCell(h, static_cast<int>(k + 1), chunk[from * kColumns + k]);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(h)) == SQLITE_ROW)
            m_agg.add(h, m_deals, m_clients, m_managers);
        if (rc != SQLITE_DONE)
            return Error::internal("aggregating the imported activities failed: " + db.lastError());
    }
    return {};
}

} // namespace sa::import
