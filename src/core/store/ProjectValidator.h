#pragma once
// Read-only checks that a file is an audit project this build can open, before anything is written.
#include "common/Result.h"

#include <string>

namespace sa::store {

/// The largest single value a project may hold (also the connection's SQLITE_LIMIT_LENGTH).
constexpr long long kMaxValueBytes = 64LL * 1024 * 1024;

struct ValidatedFile {
    int schemaVersion = 0;
    /// false when quick_check and the value-size scan were skipped because a validation marker
    /// matched the file's exact state (see validateProjectFile).
    bool fullCheck = true;
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

} // namespace sa::store
