#include "Project.h"

#include "ProjectValidator.h"
#include "Schema.h"

#include <filesystem>
#include <random>
#include <sqlite3.h>

namespace sa::store {

namespace fs = std::filesystem;

Status configureConnection(Connection& db, OpenMode mode)
{
    sqlite3* h = db.handle();
    int on = 1;
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &on);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &on);
    // Caps that keep a hostile file from exhausting memory.
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, static_cast<int>(kMaxValueBytes));
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_busy_timeout(h, 2000);
    std::string pragmas = "PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON;";
    if (mode == OpenMode::ReadWrite)
        pragmas += "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                   " PRAGMA secure_delete = ON;";
    return db.exec(pragmas);
}

Result<Project> Project::create(const std::string& path, const AuditInfo& info, const Clock& clock)
{
    if (auto s = validateAuditInfo(info); !s)
        return s.error();
    std::error_code ec;
    if (fs::exists(path, ec))
        return Error::usage("refusing to overwrite an existing file: " + path);
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
        return Error::usage("the folder does not exist: " + dir.string());
    std::random_device rd;
    const fs::path tmp = dir / ("." + target.filename().string() + ".tmp" + std::to_string(rd() % 1000000));
    {
        auto db = Connection::open(tmp.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
        if (!db) {
            fs::remove(tmp, ec);
            return Error::internal("cannot create " + tmp.string() + ": " + db.error().message);
        }
        Status s = configureConnection(*db, OpenMode::ReadWrite);
        if (s)
            s = migrate(*db);
        if (s) {
            AuditInfo a = info;
            a.createdAt = a.updatedAt = clock.now();
            auto tx = Transaction::begin(*db);
            s = tx ? writeAuditInfo(*db, a) : Status(tx.error());
            if (s)
                s = tx->commit();
        }
        if (!s) {
            db->close();
            fs::remove(tmp, ec);
            return s.error();
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        return Error::internal("cannot move the new project into place: " + ec.message());
    }
    return open(path, OpenMode::ReadWrite);
}

Result<Project> Project::open(const std::string& path, OpenMode mode)
{
    auto checked = validateProjectFile(path);
    if (!checked)
        return checked.error();
    const int flags
        = (mode == OpenMode::ReadWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
    auto db = Connection::open(path, flags);
    if (!db)
        return db.error();
    if (auto s = configureConnection(*db, mode); !s)
        return s.error();
    // Our own committed transactions keep the validation marker current (ProjectValidator.h).
    if (mode == OpenMode::ReadWrite && !checked->trustedState.empty())
        db->setWriteObserver(std::make_shared<ValidationKeeper>(path, std::move(checked->trustedState)));
    if (checked->schemaVersion < kSchemaVersion) {
        if (mode == OpenMode::ReadOnly)
            return Error::rejected("the project uses an older schema (version " + std::to_string(checked->schemaVersion)
                    + ") and must be opened for writing once to be upgraded: open it in the workbench,"
                      " or run `salesaudit-cli optimize` on it",
                path);
        if (auto s = migrate(*db); !s)
            return s.error();
    }
    return Project(std::move(*db), path, mode);
}

Status Project::updateAuditInfo(AuditInfo info, const Clock& clock)
{
    if (auto s = validateAuditInfo(info); !s)
        return s;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    info.updatedAt = clock.now();
    if (auto s = writeAuditInfo(m_db, info); !s)
        return s;
    return tx->commit();
}

Result<std::vector<std::pair<std::string, std::int64_t>>> Project::entityCounts() const
{
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto& t : entityTables()) {
        auto n = m_db.scalarInt("SELECT count(*) FROM " + t);
        if (!n)
            return n.error();
        out.emplace_back(t, n->value_or(0));
    }
    return out;
}

Result<int> Project::schemaVersion() const
{
    auto v = m_db.scalarInt("PRAGMA user_version");
    if (!v)
        return v.error();
    return static_cast<int>(v->value_or(0));
}

} // namespace sa::store
