#pragma once
// The project file's schema as code: one migration step per PRAGMA user_version.
#include "common/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sa::store {

class Connection;

/// PRAGMA application_id of every audit project: "SAUD".
constexpr std::int32_t kApplicationId = 0x53415544;
/// The schema version this build writes. A migration step exists for every version up to it.
constexpr int kSchemaVersion = 3;

/// The canonical entity tables of criteria-spec.md §1.1, in the order `info` lists them.
const std::vector<std::string>& entityTables();

/// Applies the steps after the file's user_version up to `target`, each in its own transaction.
Status migrate(Connection& db, int target = kSchemaVersion);

/// The sqlite_schema rows (type, name, tbl_name, sql) a file of `version` must hold, sorted;
/// built by running the migrations on an in-memory database.
Result<std::vector<std::string>> expectedSchema(int version);
/// The same rows as read from `db`.
Result<std::vector<std::string>> actualSchema(const Connection& db);

} // namespace sa::store
