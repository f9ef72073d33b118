#include "Sqlite.h"

#include <mutex>
#include <sqlite3.h>

namespace sa::store {

namespace {
/// Process-wide, before SQLite initialises (the first open): no memory statistics. Nothing reads
/// them (sqlite3_memory_used, soft heap limits), and keeping them takes a global mutex around every
/// sqlite3_malloc/free: ~8 % of a single-row INSERT's instructions (docs/PERFORMANCE.md, "Import").
/// Harmless when SQLite was initialised earlier: sqlite3_config then refuses and changes nothing.
void configureLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

Error sqlError(sqlite3* db, std::string_view what)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no connection");
    // Disk full and I/O failures are environment problems the user can act on.
    if ((code & 0xff) == SQLITE_FULL)
        msg = std::string(what) + ": the disk is full (or the file size limit was reached); the change was rolled back";
    else if ((code & 0xff) == SQLITE_IOERR)
        msg = std::string(what) + ": the disk could not be read or written (I/O error " + std::to_string(code)
            + "); the change was rolled back";
    return Error::internal(std::move(msg));
}
} // namespace

Connection& Connection::operator=(Connection&& o) noexcept
{
    if (this != &o) {
        close();
        m_db = o.m_db;
        o.m_db = nullptr;
        m_observer = std::move(o.m_observer);
    }
    return *this;
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Connection> Connection::open(const std::string& path, int flags)
{
    configureLibrary();
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    Connection c(db);
    if (rc != SQLITE_OK)
        return Error::rejected(std::string("cannot open: ") + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)), path);
    sqlite3_extended_result_codes(db, 1);
    return c;
}

Status Connection::exec(std::string_view sql)
{
    char* err = nullptr;
    const std::string s(sql);
    if (sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        Error e = sqlError(m_db, "SQL failed");
        sqlite3_free(err);
        return e;
    }
    return {};
}

Result<Statement> Connection::prepare(std::string_view sql) const
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr)
        != SQLITE_OK)
        return sqlError(m_db, "cannot prepare \"" + std::string(sql.substr(0, 80)) + "\"");
    return Statement(st, m_db);
}

namespace {
// The first column of the first row, read by `get`; nullopt for no row or NULL.
template <class T, class Get> Result<std::optional<T>> scalar(const Connection& c, std::string_view sql, Get get)
{
    auto st = c.prepare(sql);
    if (!st)
        return st.error();
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r || st->isNull(0))
        return std::optional<T> {};
    return std::optional<T> { get(*st) };
}
} // namespace

Result<std::optional<std::int64_t>> Connection::scalarInt(std::string_view sql) const
{
    return scalar<std::int64_t>(*this, sql, [](const Statement& s) { return s.getInt(0); });
}

Result<std::optional<std::string>> Connection::scalarText(std::string_view sql) const
{
    return scalar<std::string>(*this, sql, [](const Statement& s) { return s.getText(0); });
}

std::int64_t Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Connection::changes() const
{
    return sqlite3_changes(m_db);
}
std::string Connection::lastError() const
{
    return m_db ? sqlite3_errmsg(m_db) : "no connection";
}

Statement& Statement::operator=(Statement&& o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_stmt = o.m_stmt;
        m_db = o.m_db;
        o.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int i, std::int64_t v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}
Statement& Statement::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
}
Statement& Statement::bind(int i, std::string_view v)
{
    sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = sqlError(m_db, "SQL step failed");
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}
void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}
bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}
std::int64_t Statement::getInt(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}
double Statement::getDouble(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}
std::string Statement::getText(int col) const
{
    return std::string(getTextView(col));
}
std::string_view Statement::getTextView(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string_view {};
}
std::optional<std::int64_t> Statement::getOptInt(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<std::int64_t>(getInt(col));
}
std::optional<double> Statement::getOptDouble(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<double>(getDouble(col));
}
std::optional<std::string> Statement::getOptText(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<std::string>(getText(col));
}
int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
std::string Statement::columnName(int col) const
{
    return sqlite3_column_name(m_stmt, col);
}

Result<Transaction> Transaction::begin(Connection& c)
{
    if (auto s = c.exec("BEGIN IMMEDIATE"); !s)
        return s.error();
    if (WriteObserver* o = c.writeObserver())
        o->began();
    return Transaction(c);
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error::internal("transaction already finished");
    auto s = m_conn->exec("COMMIT");
    if (s) {
        m_open = false;
        if (WriteObserver* o = m_conn->writeObserver())
            o->ended(true);
    }
    return s;
}

void Transaction::rollback()
{
    if (m_open) {
        m_open = false;
        // A failed COMMIT may have rolled back already; ignore "no transaction is active".
        sqlite3_exec(m_conn->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        if (WriteObserver* o = m_conn->writeObserver())
            o->ended(false);
    }
}

} // namespace sa::store
