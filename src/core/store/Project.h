#pragma once
// An open audit project file. Every file a user opens is treated as untrusted: it is validated
// read-only before anything is written (see ProjectValidator), then reopened for writing.
#include "AuditInfo.h"
#include "Sqlite.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sa::store {

enum class OpenMode { ReadOnly, ReadWrite };

class Project {
public:
    /// Creates a new project at `path` (refused if the path exists). The file is built beside
    /// the target under a temporary name and renamed into place, so it appears whole or not at all.
    static Result<Project> create(const std::string& path, const AuditInfo& info, const Clock& clock);
    /// Validates and opens. An older schema is migrated (ReadWrite only); a newer one is refused.
    /// A read-write connection keeps the validation marker current across its own transactions
    /// (ValidationKeeper), so the next open after our own writes skips the page walks.
    static Result<Project> open(const std::string& path, OpenMode mode = OpenMode::ReadWrite);

    Connection& db() { return m_db; }
    const Connection& db() const { return m_db; }
    const std::string& path() const { return m_path; }
    OpenMode mode() const { return m_mode; }

    Result<AuditInfo> auditInfo() const { return readAuditInfo(m_db); }
    /// One transaction; the file is unchanged if it fails.
    Status updateAuditInfo(AuditInfo info, const Clock& clock);
    /// Row count of every canonical entity table (Schema.h entityTables()).
    Result<std::vector<std::pair<std::string, std::int64_t>>> entityCounts() const;
    Result<int> schemaVersion() const;

private:
    Project(Connection db, std::string path, OpenMode mode)
        : m_db(std::move(db))
        , m_path(std::move(path))
        , m_mode(mode)
    {
    }
    Connection m_db;
    std::string m_path;
    OpenMode m_mode;
};

/// Applies the hardening every connection to a project gets: defensive mode, trusted_schema=OFF,
/// cell_size_check, resource limits; for writers also journal_mode=DELETE, synchronous=FULL,
/// foreign_keys, secure_delete.
Status configureConnection(Connection& db, OpenMode mode);

} // namespace sa::store
