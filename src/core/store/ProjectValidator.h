#pragma once
// Read-only checks that a file is an audit project this build can open, before anything is written.
#include "common/Result.h"

#include <string>

namespace sa::store {

/// The largest single value a project may hold (also the connection's SQLITE_LIMIT_LENGTH).
constexpr long long kMaxValueBytes = 64LL * 1024 * 1024;

struct ValidatedFile {
    int schemaVersion = 0;
};

/// Checks, in order, each with its own message: the file exists and is a regular file; it starts
/// with the SQLite header; it is not in WAL mode; its size matches the header's page count;
/// application_id is ours; user_version is not newer than this build; quick_check passes; the
/// schema is exactly ours for its version (no extra tables, views, triggers or virtual tables);
/// no value is larger than kMaxValueBytes.
/// Never modifies the file.
Result<ValidatedFile> validateProjectFile(const std::string& path);

} // namespace sa::store
