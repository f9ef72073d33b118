#pragma once
// The activities rollup as stored in the project (table rollup_parts, docs/STORAGE.md): the
// ActivityAgg of the whole activities table keyed by DATABASE ids (every referenced id, whether the
// referenced row exists or not), so that it depends on the activities rows alone.
#include "common/Result.h"
#include "metrics/AuditData.h"
#include "rollup/ActivityAgg.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sa::rollup {

/// Payload format; a payload of any other version is treated as stale (rebuilt by `optimize`).
constexpr std::uint32_t kActivityRollupFormat = 1;

struct DealActivity {
    std::int64_t id = 0;
    std::int32_t done = 0;
    LocalSeconds lastDone = kNoTime, firstContact = kNoTime, lastPlanned = kNoTime;
};
struct IdTime {
    std::int64_t id = 0;
    LocalSeconds at = kNoTime;
};
struct ManagerDay {
    bool hasManager = false; ///< false: activities without manager_id
    std::int64_t managerId = 0;
    std::int64_t day = 0; ///< days since 1970-01-01 (floor)
    std::int32_t count[metrics::kActivityTypes] = {};
    std::int32_t callsWithOutcome = 0;
};

struct ActivityRollup {
    std::int64_t rows = 0, done = 0, planned = 0;
    LocalSeconds latest = kNoTime;
    std::vector<DealActivity> deals; ///< sorted by id, unique
    std::vector<IdTime> clients; ///< last done activity, sorted by id, unique
    std::vector<IdTime> leads; ///< first contact, sorted by id, unique
    std::vector<ManagerDay> days; ///< done activities per manager and day
};

/// The rollup of an aggregate built with IdSlots (slot → db id).
[[nodiscard]] ActivityRollup fromAggregate(
    const ActivityAgg& agg, const IdSlots& deals, const IdSlots& clients, const IdSlots& managers);

/// Fills `out` (a new aggregate) from the rollup, as ActivityAgg::add would have from the rows.
/// With metrics::IdIndex (`out` init()ed for the loaded rows) ids the indexes do not know are
/// skipped (managers: counted as "no manager"); with IdSlots every id gets a slot (an import
/// then adds its new rows to the rollup as it stood).
template <class Index>
void toAggregate(const ActivityRollup& r, ActivityAgg& out, Index& deals, Index& clients, Index& managers);

/// Little-endian packed payload: header (magic "SARU", format, totals, counts) + the four arrays.
[[nodiscard]] std::string encode(const ActivityRollup& r);
/// Checks everything (magic, format, counts against the length, sorted unique ids); a clear
/// message on any mismatch, never a partial result.
[[nodiscard]] Result<ActivityRollup> decode(std::string_view bytes);

} // namespace sa::rollup
