#pragma once
// Internal: a rollup's row in `rollups` and its payload in `rollup_parts` (docs/STORAGE.md,
// "Rollups"), shared by every named rollup.
#include "common/Result.h"
#include "rollup/Rollup.h"

#include <string>

namespace sa::rollup::parts {

/// Whether the file has the rollup tables (schema v2 or later).
Result<bool> hasTables(const store::Connection& db);

/// Whether the deals snapshot's triggers exist (schema v3): a v2 file cannot keep it safely.
Result<bool> hasDealTriggers(const store::Connection& db);

/// Replaces the rollup `name` by `payload` (cut in parts of 16 MiB) built from rows `fp`.
Status store(
    store::Connection& db, const char* name, std::uint32_t format, const std::string& payload, const Fingerprint& fp);

/// The payload of rollup `name` when its format and fingerprint match `now`, else the state why not.
struct Found {
    State state = State::Absent;
    std::string reason;
    std::string bytes; ///< set when state == Current
};
[[nodiscard]] Found read(const store::Connection& db, const char* name, std::uint32_t format, const Fingerprint& now);

} // namespace sa::rollup::parts
