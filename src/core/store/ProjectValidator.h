#pragma once
// Read-only checks that a file is an audit project this build can open, before anything is written.
#include "Sqlite.h"
#include "common/Result.h"

#include <optional>
#include <string>

namespace sa::store {

/// The largest single value a project may hold (also the connection's SQLITE_LIMIT_LENGTH).
constexpr long long kMaxValueBytes = 64LL * 1024 * 1024;

struct ValidatedFile {
    int schemaVersion = 0;
    /// false when quick_check and the value-size scan were skipped because a validation marker
    /// matched the file's exact state (see validateProjectFile).
    bool fullCheck = true;
    /// The file's state (as the marker records it) that the checks vouch for: the state before the
    /// checks when it was still the same after them (or matched the marker). Empty when it changed
    /// meanwhile or could not be read. A ValidationKeeper carries it to this process's own writes.
    std::string trustedState;
};

/// Checks, in order, each with its own message: the file exists and is a regular file; it starts
/// with the SQLite header; it is not in WAL mode; its size matches the header's page count;
/// application_id is ours; user_version is not newer than this build; quick_check passes; the
/// schema is exactly ours for its version (no extra tables, views, triggers or virtual tables);
/// no value is larger than kMaxValueBytes.
/// Never modifies the file.
///
/// The two page walks (quick_check, the value-size scan) cost seconds on a large project, so a
/// passed full check leaves a marker OUTSIDE the project, in $XDG_CACHE_HOME/salesaudit/validated
/// (else ~/.cache/...), holding the file's state: device, inode, size, mtime and ctime in
/// nanoseconds and the 100 header bytes (incl. SQLite's file change counter). The next open skips
/// the page walks only when that state is identical; every other check always runs. Markers are
/// written only for files at rest for over a second (ctime is a coarse clock: a later change then
/// always moves it) and of at least kValidationCacheMinBytes. SA_NO_VALIDATION_CACHE=1 disables
/// it. docs/STORAGE.md gives the reasoning.
Result<ValidatedFile> validateProjectFile(const std::string& path);

/// Files below this size are always checked in full (the check is quick; no marker clutter).
constexpr long long kValidationCacheMinBytes = 1LL << 20;

/// Keeps the validation marker current across the write transactions of one read-write connection
/// (installed by Project::open), so that the next open after our own import or edit skips the page
/// walks. A transaction's result is trusted only when, with the write lock held at its start, the
/// file was in a trusted state (the one validated at open or after our previous transaction, or the
/// one the marker records), and after it the header's change counter moved by exactly our one
/// commit (or, after a rollback, not at all) with no journal left. Anything else — a foreign write
/// before our transaction, a foreign commit right after it, a failed rollback — drops the trust
/// until the next full check. docs/STORAGE.md gives the reasoning.
class ValidationKeeper : public WriteObserver {
public:
    ValidationKeeper(std::string path, std::string trustedState);
    void began() override;
    void ended(bool committed) override;
    /// The state now trusted; empty when none.
    [[nodiscard]] const std::string& trustedState() const { return m_trusted; }

private:
    std::string m_path;
    std::string m_trusted;
    std::optional<std::string> m_before; ///< the trusted state at the start of the open transaction
    std::uint32_t m_counterBefore = 0;
};

} // namespace sa::store
