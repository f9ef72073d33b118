#pragma once
// Derived data kept inside the project (schema v2: tables rollups + rollup_parts): today the
// activities rollup, which spares the metrics loader its largest read (5M activity rows at 1M
// deals). docs/STORAGE.md, "Rollups", explains the format and why a stale rollup is never trusted.
#include "common/Result.h"
#include "rollup/ActivityRollup.h"

#include <optional>
#include <string>
#include <string_view>

namespace sa::store {
class Connection;
}

namespace sa::rollup {

/// What the activities rollup of a project is worth right now.
enum class State {
    Current, ///< format and fingerprint match: the loader may use it
    Stale, ///< a write since it was built (fingerprint dropped or different)
    Absent, ///< never built, or the file predates schema v2
    Damaged, ///< unreadable payload or another format: rebuilt by `optimize`
};
[[nodiscard]] const char* toString(State s) noexcept; ///< "current", "stale", "absent", "damaged"

/// count(*) and max(id) of activities (b-tree seeks, no table scan) and of managers: rows added or
/// removed by a writer that fires no trigger (our own connections) change it. Managers are in it
/// because a manager merge deletes the merged row after moving its activities.
struct Fingerprint {
    std::int64_t rows = 0;
    std::optional<std::int64_t> maxId;
    std::int64_t managerRows = 0;
    std::optional<std::int64_t> managerMaxId;
    bool operator==(const Fingerprint&) const = default;
};
[[nodiscard]] Result<Fingerprint> activitiesFingerprint(const store::Connection& db);

/// The stored activities rollup when it is current for `now` (decoded), else its state and why.
struct Lookup {
    State state = State::Absent;
    std::string reason; ///< for Stale / Absent / Damaged
    std::optional<ActivityRollup> rollup; ///< set when state == Current
};
[[nodiscard]] Lookup readActivities(const store::Connection& db, const Fingerprint& now);

/// Rebuilds the activities rollup in one pass over the table and stores it with the fingerprint.
/// Runs inside the caller's transaction when one is open (an import), else in its own.
Status rebuild(store::Connection& db);

/// Rebuilds unless current; returns the state found before.
Result<State> refresh(store::Connection& db);

/// Marks every rollup stale (for writers that change activities on a connection without triggers).
Status invalidate(store::Connection& db);

/// At the end of a transaction that wrote `table`: rebuilds the activities rollup when `table`
/// can change it (dependsOn), so that the commit leaves it current.
Status afterWrite(store::Connection& db, std::string_view table);

/// Whether writing `table` can change the activities rollup (activities, and the tables whose
/// import relinks activities' deal/client/lead ids).
[[nodiscard]] bool dependsOn(std::string_view table) noexcept;

} // namespace sa::rollup
