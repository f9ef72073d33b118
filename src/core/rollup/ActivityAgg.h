#pragma once
// The activities aggregate (what the metrics need from the 5M-row table): one pass over the rows,
// shared by the metrics loader's full read (slots = loaded rows) and by the rollup rebuild
// (slots = every id the table references).
#include "metrics/AuditData.h"
#include "metrics/AuditDataColumns.h"

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sa::rollup {

using metrics::ActivityDay;
using metrics::keepMax;
using metrics::keepMin;
using metrics::kNone;
using metrics::kNoTime;
using metrics::Row;

/// The columns ActivityAgg::add reads, in its order (append the WHERE clause).
constexpr std::string_view kActivityColumns = "SELECT manager_id, type, status, done_at, due_at, deal_id, client_id,"
                                              " lead_id, direction, outcome FROM activities";

[[nodiscard]] metrics::ActivityType parseActivityType(std::string_view s) noexcept;

/// Database id → dense slot, assigning a new slot to every id not seen before (the rebuild keeps
/// every referenced id, known to the other tables or not). Small non-negative ids (the usual
/// INTEGER PRIMARY KEY) go through a direct table, others through a hash map.
class IdSlots {
public:
    Row find(std::int64_t id);
    /// Database id of each slot.
    [[nodiscard]] const std::vector<std::int64_t>& ids() const noexcept { return m_ids; }

private:
    static constexpr std::int64_t kDirectLimit = std::int64_t(1) << 26;
    std::vector<Row> m_direct;
    std::unordered_map<std::int64_t, Row> m_other;
    std::vector<std::int64_t> m_ids;
};

/// Aggregate of activity rows: per deal / client slot, the lead contacts, per manager slot and day.
struct ActivityAgg {
    std::vector<std::int32_t> dealDone;
    std::vector<LocalSeconds> dealLastDone, dealFirstContact, dealLastPlanned;
    std::vector<LocalSeconds> clientLastDone;
    std::vector<std::pair<std::int64_t, LocalSeconds>> leadContacts; ///< (lead db id, done_at)
    /// Per manager slot + 1 (slot 0 = no manager): counts per day from dayBase.
    struct Grid {
        std::int64_t dayBase = 0;
        std::vector<ActivityDay> days;
    };
    std::vector<Grid> grids;
    std::int64_t rows = 0, done = 0, planned = 0;
    LocalSeconds latest = kNoTime;

    void init(std::size_t deals, std::size_t clients, std::size_t managers);
    ActivityDay& day(Row manager, LocalSeconds at);
    /// Folds another part (same slot spaces) into this one.
    void absorb(const ActivityAgg& b);
    /// One row of kActivityColumns. `deals`, `clients`, `managers` map db ids to slots (kNone = skip).
    template <class DealSlots, class ClientSlots, class ManagerSlots>
    void add(sqlite3_stmt* h, DealSlots& deals, ClientSlots& clients, ManagerSlots& managers);

private:
    void growDeals(std::size_t n);
    void growClients(std::size_t n);
};

template <class DealSlots, class ClientSlots, class ManagerSlots>
void ActivityAgg::add(sqlite3_stmt* h, DealSlots& deals, ClientSlots& clients, ManagerSlots& managers)
{
    using metrics::columns::optInt;
    using metrics::columns::ref;
    namespace col = metrics::columns;
    using metrics::ActivityType;
    ++rows;
    const Row deal = ref(h, 5, deals);
    if (deal != kNone && static_cast<std::size_t>(deal) >= dealDone.size())
        growDeals(static_cast<std::size_t>(deal) + 1);
    const auto status = col::text(h, 2);
    if (status == "planned") {
        ++planned;
        if (const auto due = optInt(h, 4); deal != kNone && due)
            keepMax(dealLastPlanned[static_cast<std::size_t>(deal)], *due);
        return;
    }
    const auto doneAt = optInt(h, 3);
    if (status != "done" || !doneAt)
        return;
    ++done;
    const LocalSeconds at = *doneAt;
    keepMax(latest, at);
    const ActivityType type = parseActivityType(col::text(h, 1));
    auto& slot = day(ref(h, 0, managers), at);
    ++slot.count[static_cast<int>(type)];
    if (type == ActivityType::Call && !col::text(h, 9).empty())
        ++slot.callsWithOutcome;
    const bool contact = type != ActivityType::Task && col::text(h, 8) != "inbound";
    if (deal != kNone) {
        const auto k = static_cast<std::size_t>(deal);
        ++dealDone[k];
        keepMax(dealLastDone[k], at);
        if (contact)
            keepMin(dealFirstContact[k], at);
    }
    if (const Row client = ref(h, 6, clients); client != kNone) {
        if (static_cast<std::size_t>(client) >= clientLastDone.size())
            growClients(static_cast<std::size_t>(client) + 1);
        keepMax(clientLastDone[static_cast<std::size_t>(client)], at);
    }
    if (const auto lead = optInt(h, 7); contact && lead)
        leadContacts.emplace_back(*lead, at);
}

} // namespace sa::rollup
