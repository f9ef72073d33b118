#pragma once
// The revenue book of criteria-spec.md §1.2 rule 4 and §2: rev(x, T) from orders (status issued or
// paid) or, when the project has no orders, from won deals' amount at closed_at (basis "deals").
#include "common/Money.h"
#include "metrics/Period.h"

#include <cstdint>
#include <vector>

namespace sa::metrics {

/// One revenue event: an order (or a won deal on the deals basis). Row fields index AuditData tables.
struct RevenueEvent {
    std::int32_t client = -1; ///< -1: no client (counted in totals only)
    std::int32_t deal = -1;
    std::int32_t manager = -1; ///< §2: the deal's owner, else the client's owner
    std::int32_t channel = -1; ///< §2: the channel of the client's first won deal
    LocalSeconds at = 0;
    Minor amount = 0;
    Minor grossProfit = 0;
    bool hasGrossProfit = false;
};

class RevenueBook {
public:
    enum class Basis { None, Orders, Deals };

    /// Orders the events by (client, at), ties in input order, events without a client last; builds
    /// the per-client and per-time indexes.
    void build(std::vector<RevenueEvent> events, std::size_t clientCount, Basis basis);

    [[nodiscard]] Basis basis() const noexcept { return m_basis; }
    /// "orders", "deals" or "none" (the JSON value of `revenue_basis`).
    [[nodiscard]] const char* basisName() const noexcept;
    [[nodiscard]] bool empty() const noexcept { return m_events.empty(); }

    /// All events, sorted by (client, at); events without a client come last.
    [[nodiscard]] const std::vector<RevenueEvent>& events() const noexcept { return m_events; }
    /// Events of client c: [clientBegin(c), clientEnd(c)) of events().
    [[nodiscard]] std::int32_t clientBegin(std::int32_t c) const noexcept
    {
        return m_clientStart[static_cast<std::size_t>(c)];
    }
    [[nodiscard]] std::int32_t clientEnd(std::int32_t c) const noexcept
    {
        return m_clientStart[static_cast<std::size_t>(c) + 1];
    }

    /// rev(all, T): O(log n).
    [[nodiscard]] Minor total(const Period& p) const noexcept;
    /// rev(client, T).
    [[nodiscard]] Minor ofClient(std::int32_t c, const Period& p) const noexcept;
    /// rev(client, T) for every client row (one pass).
    [[nodiscard]] std::vector<Minor> byClient(const Period& p, std::size_t clientCount) const;
    /// Σ revenue per month for months [firstMonth, lastMonth] (monthIndex), zeros included.
    [[nodiscard]] std::vector<Minor> monthly(int firstMonth, int lastMonth) const;
    /// Client c's revenue per month for [firstMonth, lastMonth], zeros included.
    [[nodiscard]] std::vector<Minor> clientMonthly(std::int32_t c, int firstMonth, int lastMonth) const;
    /// Σ gross profit and Σ amount of the events that carry a gross profit, over T.
    [[nodiscard]] std::pair<Minor, Minor> grossProfit(const Period& p) const noexcept;
    /// First and last event time of the whole book (kNoTime when empty).
    [[nodiscard]] LocalSeconds firstAt() const noexcept;
    [[nodiscard]] LocalSeconds lastAt() const noexcept;

private:
    Basis m_basis = Basis::None;
    std::vector<RevenueEvent> m_events;
    std::vector<std::int32_t> m_clientStart; // size clientCount + 1
    std::vector<LocalSeconds> m_timeSorted; // event times ascending
    std::vector<Minor> m_prefix; // prefix sums of amounts in time order (size n + 1)
    std::vector<Minor> m_gpPrefix, m_gpBasePrefix;
};

} // namespace sa::metrics
