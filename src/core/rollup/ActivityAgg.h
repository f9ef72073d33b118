#pragma once
// The activities aggregate (what the metrics need from the 5M-row table): one pass over the rows,
// shared by the metrics loader's full read (slots = loaded rows) and by the rollup rebuild
// (slots = every id the table references).
#include "metrics/AuditData.h"
#include "metrics/AuditDataColumns.h"

#include <cstdint>
#include <optional>
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

/// What ActivityAgg takes from one activity row: its stored values, referenced ids as database
/// ids. From a statement over kActivityColumns (readActivity) or from the values an import writes.
struct ActivityFacts {
    enum class Status { Done, Planned, Other };
    std::optional<std::int64_t> manager, deal, client, lead;
    Status status = Status::Other;
    metrics::ActivityType type = metrics::ActivityType::Task;
    bool inbound = false; ///< direction = 'inbound'
    bool withOutcome = false; ///< outcome is not empty
    std::optional<LocalSeconds> doneAt, dueAt;
};
[[nodiscard]] ActivityFacts::Status parseActivityStatus(std::string_view s) noexcept;
[[nodiscard]] ActivityFacts readActivity(sqlite3_stmt* h);

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
    /// One row. `deals`, `clients`, `managers` map db ids to slots (kNone = skip).
    template <class DealSlots, class ClientSlots, class ManagerSlots>
    void add(const ActivityFacts& a, DealSlots& deals, ClientSlots& clients, ManagerSlots& managers);
    /// One row of kActivityColumns.
    template <class DealSlots, class ClientSlots, class ManagerSlots>
    void add(sqlite3_stmt* h, DealSlots& deals, ClientSlots& clients, ManagerSlots& managers)
    {
        add(readActivity(h), deals, clients, managers);
    }
    /// Makes the per-deal / per-client vectors long enough for `slot`.
    void fitDeal(Row slot);
    void fitClient(Row slot);

private:
    void growDeals(std::size_t n);
    void growClients(std::size_t n);
};

template <class DealSlots, class ClientSlots, class ManagerSlots>
void ActivityAgg::add(const ActivityFacts& a, DealSlots& deals, ClientSlots& clients, ManagerSlots& managers)
{
    using metrics::ActivityType;
    ++rows;
    const Row deal = a.deal ? deals.find(*a.deal) : kNone;
    fitDeal(deal);
    if (a.status == ActivityFacts::Status::Planned) {
        ++planned;
        if (deal != kNone && a.dueAt)
            keepMax(dealLastPlanned[static_cast<std::size_t>(deal)], *a.dueAt);
        return;
    }
    if (a.status != ActivityFacts::Status::Done || !a.doneAt)
        return;
    ++done;
    const LocalSeconds at = *a.doneAt;
    keepMax(latest, at);
    auto& slot = day(a.manager ? managers.find(*a.manager) : kNone, at);
    ++slot.count[static_cast<int>(a.type)];
    if (a.type == ActivityType::Call && a.withOutcome)
        ++slot.callsWithOutcome;
    const bool contact = a.type != ActivityType::Task && !a.inbound;
    if (deal != kNone) {
        const auto k = static_cast<std::size_t>(deal);
        ++dealDone[k];
        keepMax(dealLastDone[k], at);
        if (contact)
            keepMin(dealFirstContact[k], at);
    }
    if (const Row client = a.client ? clients.find(*a.client) : kNone; client != kNone) {
        fitClient(client);
        keepMax(clientLastDone[static_cast<std::size_t>(client)], at);
    }
    if (contact && a.lead)
        leadContacts.emplace_back(*a.lead, at);
}

} // namespace sa::rollup
