#include "metrics/RevenueBook.h"

#include <algorithm>
#include <numeric>

namespace sa::metrics {

void RevenueBook::build(std::vector<RevenueEvent> events, std::size_t clientCount, Basis basis)
{
    m_basis = events.empty() ? Basis::None : basis;
    // By client (a counting sort: the clients are rows 0..clientCount−1; events without one go
    // last), then by time within each client, ties in input order.
    auto key = [&](const RevenueEvent& e) { return e.client >= 0 ? static_cast<std::size_t>(e.client) : clientCount; };
    std::vector<std::int32_t> start(clientCount + 2, 0);
    for (const auto& e : events)
        ++start[key(e) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    m_clientStart.assign(start.begin(), start.end() - 1);
    m_events.resize(events.size());
    for (const auto& e : events)
        m_events[static_cast<std::size_t>(start[key(e)]++)] = e;
    auto byTime = [](const RevenueEvent& a, const RevenueEvent& b) { return a.at < b.at; };
    for (std::size_t c = 0; c <= clientCount; ++c) {
        const auto b = m_events.begin() + m_clientStart[c], e = m_events.begin() + start[c];
        if (!std::is_sorted(b, e, byTime))
            std::stable_sort(b, e, byTime);
    }

    // Time order, ties by position: (at, index) pairs sorted plainly give exactly the stable sort of
    // the indices by time, without an indirect load per comparison.
    std::vector<std::pair<LocalSeconds, std::int32_t>> timeOrder(m_events.size());
    for (std::size_t i = 0; i < m_events.size(); ++i)
        timeOrder[i] = { m_events[i].at, static_cast<std::int32_t>(i) };
    std::sort(timeOrder.begin(), timeOrder.end());
    m_timeSorted.resize(timeOrder.size());
    m_prefix.assign(timeOrder.size() + 1, 0);
    m_gpPrefix.assign(timeOrder.size() + 1, 0);
    m_gpBasePrefix.assign(timeOrder.size() + 1, 0);
    for (std::size_t i = 0; i < timeOrder.size(); ++i) {
        const auto& e = m_events[static_cast<std::size_t>(timeOrder[i].second)];
        m_timeSorted[i] = e.at;
        m_prefix[i + 1] = m_prefix[i] + e.amount;
        m_gpPrefix[i + 1] = m_gpPrefix[i] + (e.hasGrossProfit ? e.grossProfit : 0);
        m_gpBasePrefix[i + 1] = m_gpBasePrefix[i] + (e.hasGrossProfit ? e.amount : 0);
    }
}

const char* RevenueBook::basisName() const noexcept
{
    switch (m_basis) {
    case Basis::Orders:
        return "orders";
    case Basis::Deals:
        return "deals";
    case Basis::None:
        break;
    }
    return "none";
}

namespace {
std::pair<std::size_t, std::size_t> timeRange(const std::vector<LocalSeconds>& t, const Period& p)
{
    if (p.empty())
        return { 0, 0 };
    const auto lo = std::lower_bound(t.begin(), t.end(), p.from);
    const auto hi = std::upper_bound(lo, t.end(), p.to);
    return { static_cast<std::size_t>(lo - t.begin()), static_cast<std::size_t>(hi - t.begin()) };
}
} // namespace

Minor RevenueBook::total(const Period& p) const noexcept
{
    if (m_events.empty())
        return 0;
    const auto [lo, hi] = timeRange(m_timeSorted, p);
    return m_prefix[hi] - m_prefix[lo];
}

std::pair<Minor, Minor> RevenueBook::grossProfit(const Period& p) const noexcept
{
    if (m_events.empty())
        return { 0, 0 };
    const auto [lo, hi] = timeRange(m_timeSorted, p);
    return { m_gpPrefix[hi] - m_gpPrefix[lo], m_gpBasePrefix[hi] - m_gpBasePrefix[lo] };
}

Minor RevenueBook::ofClient(std::int32_t c, const Period& p) const noexcept
{
    Minor sum = 0;
    for (auto i = clientBegin(c); i < clientEnd(c); ++i)
        if (p.contains(m_events[static_cast<std::size_t>(i)].at))
            sum += m_events[static_cast<std::size_t>(i)].amount;
    return sum;
}

std::vector<Minor> RevenueBook::byClient(const Period& p, std::size_t clientCount) const
{
    std::vector<Minor> out(clientCount, 0);
    for (const auto& e : m_events)
        if (e.client >= 0 && static_cast<std::size_t>(e.client) < clientCount && p.contains(e.at))
            out[static_cast<std::size_t>(e.client)] += e.amount;
    return out;
}

std::vector<Minor> RevenueBook::monthly(int firstMonth, int lastMonth) const
{
    std::vector<Minor> out(static_cast<std::size_t>(std::max(0, lastMonth - firstMonth + 1)), 0);
    for (int m = firstMonth; m <= lastMonth; ++m)
        out[static_cast<std::size_t>(m - firstMonth)] = total(Period::ofMonths(m, m));
    return out;
}

std::vector<Minor> RevenueBook::clientMonthly(std::int32_t c, int firstMonth, int lastMonth) const
{
    std::vector<Minor> out(static_cast<std::size_t>(std::max(0, lastMonth - firstMonth + 1)), 0);
    for (auto i = clientBegin(c); i < clientEnd(c); ++i) {
        const auto& e = m_events[static_cast<std::size_t>(i)];
        const int m = monthIndex(e.at);
        if (m >= firstMonth && m <= lastMonth)
            out[static_cast<std::size_t>(m - firstMonth)] += e.amount;
    }
    return out;
}

LocalSeconds RevenueBook::firstAt() const noexcept
{
    return m_timeSorted.empty() ? kNoTime : m_timeSorted.front();
}
LocalSeconds RevenueBook::lastAt() const noexcept
{
    return m_timeSorted.empty() ? kNoTime : m_timeSorted.back();
}

} // namespace sa::metrics
