#include "rollup/ActivityAgg.h"

namespace sa::rollup {

metrics::ActivityType parseActivityType(std::string_view s) noexcept
{
    using metrics::ActivityType;
    if (s == "call")
        return ActivityType::Call;
    if (s == "meeting")
        return ActivityType::Meeting;
    if (s == "email")
        return ActivityType::Email;
    if (s == "message")
        return ActivityType::Message;
    return ActivityType::Task;
}

ActivityFacts::Status parseActivityStatus(std::string_view s) noexcept
{
    using S = ActivityFacts::Status;
    return s == "done" ? S::Done : s == "planned" ? S::Planned : S::Other;
}

ActivityFacts readActivity(sqlite3_stmt* h)
{
    namespace col = metrics::columns;
    ActivityFacts a;
    a.manager = col::optInt(h, 0);
    a.type = parseActivityType(col::text(h, 1));
    a.status = parseActivityStatus(col::text(h, 2));
    a.doneAt = col::optInt(h, 3);
    a.dueAt = col::optInt(h, 4);
    a.deal = col::optInt(h, 5);
    a.client = col::optInt(h, 6);
    a.lead = col::optInt(h, 7);
    a.inbound = col::text(h, 8) == "inbound";
    a.withOutcome = !col::text(h, 9).empty();
    return a;
}

Row IdSlots::find(std::int64_t id)
{
    const auto next = static_cast<Row>(m_ids.size());
    if (id >= 0 && id < kDirectLimit) {
        const auto k = static_cast<std::size_t>(id);
        if (k >= m_direct.size())
            m_direct.resize(std::max(k + 1, m_direct.size() * 2), kNone);
        if (m_direct[k] == kNone) {
            m_direct[k] = next;
            m_ids.push_back(id);
        }
        return m_direct[k];
    }
    const auto [it, added] = m_other.try_emplace(id, next);
    if (added)
        m_ids.push_back(id);
    return it->second;
}

void ActivityAgg::init(std::size_t deals, std::size_t clients, std::size_t managers)
{
    dealDone.assign(deals, 0);
    dealLastDone.assign(deals, kNoTime);
    dealFirstContact.assign(deals, kNoTime);
    dealLastPlanned.assign(deals, kNoTime);
    clientLastDone.assign(clients, kNoTime);
    grids.assign(managers + 1, {});
}

void ActivityAgg::fitDeal(Row slot)
{
    if (slot != kNone && static_cast<std::size_t>(slot) >= dealDone.size())
        growDeals(static_cast<std::size_t>(slot) + 1);
}

void ActivityAgg::fitClient(Row slot)
{
    if (slot != kNone && static_cast<std::size_t>(slot) >= clientLastDone.size())
        growClients(static_cast<std::size_t>(slot) + 1);
}

void ActivityAgg::growDeals(std::size_t n)
{
    const std::size_t to = std::max(n, dealDone.size() * 2);
    dealDone.resize(to, 0);
    dealLastDone.resize(to, kNoTime);
    dealFirstContact.resize(to, kNoTime);
    dealLastPlanned.resize(to, kNoTime);
}

void ActivityAgg::growClients(std::size_t n)
{
    clientLastDone.resize(std::max(n, clientLastDone.size() * 2), kNoTime);
}

ActivityDay& ActivityAgg::day(Row manager, LocalSeconds at)
{
    if (static_cast<std::size_t>(manager + 1) >= grids.size())
        grids.resize(static_cast<std::size_t>(manager) + 2);
    auto& g = grids[static_cast<std::size_t>(manager + 1)];
    const std::int64_t d = (at >= 0 ? at : at - kSecondsPerDay + 1) / kSecondsPerDay;
    if (g.days.empty())
        g.dayBase = d;
    if (d < g.dayBase) { // rare: a day before the first one seen; grow at the front
        g.days.insert(g.days.begin(), static_cast<std::size_t>(g.dayBase - d), ActivityDay {});
        g.dayBase = d;
    }
    const auto k = static_cast<std::size_t>(d - g.dayBase);
    if (k >= g.days.size())
        g.days.resize(k + 1);
    auto& slot = g.days[k];
    slot.manager = manager;
    slot.day = d * kSecondsPerDay;
    return slot;
}

void ActivityAgg::absorb(const ActivityAgg& b)
{
    if (b.dealDone.size() > dealDone.size())
        growDeals(b.dealDone.size());
    for (std::size_t i = 0; i < b.dealDone.size(); ++i) {
        dealDone[i] += b.dealDone[i];
        if (b.dealLastDone[i] != kNoTime)
            keepMax(dealLastDone[i], b.dealLastDone[i]);
        if (b.dealFirstContact[i] != kNoTime)
            keepMin(dealFirstContact[i], b.dealFirstContact[i]);
        if (b.dealLastPlanned[i] != kNoTime)
            keepMax(dealLastPlanned[i], b.dealLastPlanned[i]);
    }
    if (b.clientLastDone.size() > clientLastDone.size())
        growClients(b.clientLastDone.size());
    for (std::size_t i = 0; i < b.clientLastDone.size(); ++i)
        if (b.clientLastDone[i] != kNoTime)
            keepMax(clientLastDone[i], b.clientLastDone[i]);
    leadContacts.insert(leadContacts.end(), b.leadContacts.begin(), b.leadContacts.end());
    for (const auto& g : b.grids)
        for (const auto& d : g.days)
            if (d.total() > 0) {
                auto& slot = day(d.manager, d.day);
                for (int t = 0; t < metrics::kActivityTypes; ++t)
                    slot.count[t] += d.count[t];
                slot.callsWithOutcome += d.callsWithOutcome;
            }
    rows += b.rows;
    done += b.done;
    planned += b.planned;
    if (b.latest != kNoTime)
        keepMax(latest, b.latest);
}

} // namespace sa::rollup
