#pragma once
// Derived data kept inside the project (schema v2: tables rollups + rollup_parts): the activities
// rollup, which spares the metrics loader its largest read (5M activity rows at 1M deals), and
// (schema v3) the deals snapshot, which spares it the deals and stage_history reads. docs/STORAGE.md,
// "Rollups", explains the formats and why a stale rollup is never trusted.
#include "common/Result.h"
#include "rollup/ActivityRollup.h"
#include "rollup/DealSnapshot.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sa::store {
class Connection;
}

namespace sa::rollup {

/// Names of the rollups (rollups.name).
constexpr const char* kActivitiesRollup = "activities";
constexpr const char* kDealsRollup = "deals";

/// What a rollup of a project is worth right now.
enum class State {
    Current, ///< format and fingerprint match: the loader may use it
    Stale, ///< a write since it was built (fingerprint dropped or different)
    Absent, ///< never built, or the file predates schema v2
    Damaged, ///< unreadable payload or another format: rebuilt by `optimize`
};
[[nodiscard]] const char* toString(State s) noexcept; ///< "current", "stale", "absent", "damaged"

/// count(*) and max(id) of the rows a rollup was built from (b-tree seeks, no table scan): rows
/// added or removed by a writer that fires no trigger (our own connections) change it.
/// Activities rollup: activities, then managers (a manager merge deletes the merged row after
/// moving its activities). Deals snapshot: deals, then stage_history (stored in the managers_*
/// columns of `rollups`).
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

/// count(*) and max(id) of deals and of stage_history.
[[nodiscard]] Result<Fingerprint> dealsFingerprint(const store::Connection& db);

/// The stored deals snapshot when it is current for `now` (decoded), else its state and why.
struct DealsLookup {
    State state = State::Absent;
    std::string reason;
    std::optional<DealSnapshot> snapshot; ///< set when state == Current
};
[[nodiscard]] DealsLookup readDeals(const store::Connection& db, const Fingerprint& now);

/// Stores an activities rollup payload (encode()), current for the table as it is now.
Status storeActivities(store::Connection& db, const std::string& payload);

/// Stores a deals snapshot payload, current for deals and stage_history as they are now.
Status storeDeals(store::Connection& db, const std::string& payload);

/// Rebuilds every rollup (one pass over each source table) and stores it with its fingerprint.
/// Runs inside the caller's transaction when one is open (an import), else in its own.
Status rebuild(store::Connection& db);

/// What refresh() found and did for one rollup.
struct Refreshed {
    const char* name;
    State found;
    double seconds; ///< rebuild wall time (0 when it was current)
};
/// Rebuilds each rollup unless current; returns the state each had before.
Result<std::vector<Refreshed>> refresh(store::Connection& db);

/// Marks every rollup stale (for writers on a connection without triggers that change rows the
/// rollups copy or aggregate, e.g. a manager merge).
Status invalidate(store::Connection& db);
/// Marks stale only the rollups that copy rows of `table` (activities → the activities rollup;
/// deals, stage_history → the deals snapshot): a cell edit keeps the other one usable.
Status invalidateFor(store::Connection& db, std::string_view table);

/// Rollups a writer stored itself (AppendedActivities, AppendedDeals).
struct Stored {
    bool activities = false, deals = false;
};
/// At the end of a transaction that wrote `table`: rebuilds each rollup `table` can change
/// (dependsOn), so that the commit leaves it current; not those the writer `stored` already.
Status afterWrite(store::Connection& db, std::string_view table, Stored stored = {});

/// Whether writing `table` can change the activities rollup (activities, and the tables whose
/// import relinks activities' deal/client/lead ids).
[[nodiscard]] bool dependsOn(std::string_view table) noexcept;
/// Whether importing into `table` can change the deals snapshot (deals, stage_history, and the
/// tables whose import relinks or clears deals' client/lead ids).
[[nodiscard]] bool dealsDependOn(std::string_view table) noexcept;
/// Whether an edit of a row of `table` changes a column some rollup copies (activities, deals,
/// stage_history): an editor on our connection then calls invalidate().
[[nodiscard]] bool copiesRowsOf(std::string_view table) noexcept;

} // namespace sa::rollup
