#pragma once
// Thin RAII over the sqlite3 C API: Connection, Statement, Transaction.
#include "common/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sa::store {

class Statement;

/// Told about a connection's own write transactions (store::Transaction); Project uses it to keep
/// the validation marker current across its own writes.
class WriteObserver {
public:
    virtual ~WriteObserver() = default;
    /// BEGIN IMMEDIATE succeeded: the connection holds the write lock and has written nothing yet.
    virtual void began() = 0;
    /// The transaction ended: committed, or rolled back (`committed` false).
    virtual void ended(bool committed) = 0;
};

/// Owns one sqlite3 connection; closes it on destruction.
class Connection {
public:
    Connection() = default;
    explicit Connection(sqlite3* db)
        : m_db(db)
    {
    }
    Connection(Connection&& o) noexcept
        : m_db(o.m_db)
        , m_observer(std::move(o.m_observer))
    {
        o.m_db = nullptr;
    }
    Connection& operator=(Connection&& o) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    /// Opens (flags are SQLITE_OPEN_*). Never creates unless SQLITE_OPEN_CREATE is in flags.
    static Result<Connection> open(const std::string& path, int flags);

    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }

    /// Runs one or more statements with no result rows.
    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql) const;
    /// The first column of the first row as an integer (nullopt for no row / NULL).
    Result<std::optional<std::int64_t>> scalarInt(std::string_view sql) const;
    Result<std::optional<std::string>> scalarText(std::string_view sql) const;
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] std::string lastError() const;
    void close();
    /// Observes this connection's transactions from now on (nullptr: none).
    void setWriteObserver(std::shared_ptr<WriteObserver> observer) { m_observer = std::move(observer); }
    [[nodiscard]] WriteObserver* writeObserver() const { return m_observer.get(); }

private:
    sqlite3* m_db = nullptr;
    std::shared_ptr<WriteObserver> m_observer;
};

/// A prepared statement. Binding indexes are 1-based, column indexes 0-based (as in SQLite).
class Statement {
public:
    Statement() = default;
    Statement(sqlite3_stmt* s, sqlite3* db)
        : m_stmt(s)
        , m_db(db)
    {
    }
    Statement(Statement&& o) noexcept
        : m_stmt(o.m_stmt)
        , m_db(o.m_db)
    {
        o.m_stmt = nullptr;
    }
    Statement& operator=(Statement&& o) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Statement& bind(int i, double v);
    Statement& bind(int i, std::string_view v); ///< copied (SQLITE_TRANSIENT)
    Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Statement& bindNull(int i);
    template <class T> Statement& bind(int i, const std::optional<T>& v) { return v ? bind(i, *v) : bindNull(i); }

    /// true = a row is ready; false = done. Errors become an Error.
    Result<bool> step();
    /// Steps to completion, expecting no rows.
    Status run();
    void reset();
    void clearBindings();

    [[nodiscard]] bool isNull(int col) const;
    [[nodiscard]] std::int64_t getInt(int col) const;
    [[nodiscard]] double getDouble(int col) const;
    [[nodiscard]] std::string getText(int col) const;
    [[nodiscard]] std::string_view getTextView(int col) const; ///< valid until the next step
    [[nodiscard]] std::optional<std::int64_t> getOptInt(int col) const;
    [[nodiscard]] std::optional<double> getOptDouble(int col) const;
    [[nodiscard]] std::optional<std::string> getOptText(int col) const;
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] std::string columnName(int col) const;
    [[nodiscard]] sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction {
public:
    static Result<Transaction> begin(Connection& c);
    Transaction(Transaction&& o) noexcept
        : m_conn(o.m_conn)
        , m_open(o.m_open)
    {
        o.m_open = false;
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Status commit();
    void rollback();

private:
    explicit Transaction(Connection& c)
        : m_conn(&c)
        , m_open(true)
    {
    }
    Connection* m_conn;
    bool m_open;
};

} // namespace sa::store
