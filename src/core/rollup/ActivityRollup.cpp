#include "rollup/ActivityRollup.h"

#include "rollup/Packing.h"

#include <algorithm>
#include <cstring>

namespace sa::rollup {

namespace {

constexpr char kMagic[4] = { 'S', 'A', 'R', 'U' };
constexpr std::size_t kHeaderBytes = 4 + 4 + 4 * 8 + 4 * 4;
constexpr std::size_t kDealBytes = 8 + 4 + 3 * 8;
constexpr std::size_t kIdTimeBytes = 16;
constexpr std::int64_t kMaxDays = 1000000;
constexpr std::size_t kDayBytes = 1 + 8 + 8 + (metrics::kActivityTypes + 1) * 4;

using pack::Reader;
using pack::Writer;

Error damaged(const std::string& why)
{
    return Error::rejected("the activities rollup is damaged (" + why + "); `salesaudit-cli optimize` rebuilds it");
}

template <class T> bool sortedUnique(const std::vector<T>& v)
{
    return std::adjacent_find(v.begin(), v.end(), [](const T& a, const T& b) { return a.id >= b.id; }) == v.end();
}

} // namespace

ActivityRollup fromAggregate(
    const ActivityAgg& agg, const IdSlots& deals, const IdSlots& clients, const IdSlots& managers)
{
    ActivityRollup r { agg.rows, agg.done, agg.planned, agg.latest, {}, {}, {}, {} };
    for (std::size_t k = 0; k < deals.ids().size() && k < agg.dealDone.size(); ++k) {
        const DealActivity d { deals.ids()[k], agg.dealDone[k], agg.dealLastDone[k], agg.dealFirstContact[k],
            agg.dealLastPlanned[k] };
        if (d.done > 0 || d.lastDone != kNoTime || d.firstContact != kNoTime || d.lastPlanned != kNoTime)
            r.deals.push_back(d);
    }
    for (std::size_t k = 0; k < clients.ids().size() && k < agg.clientLastDone.size(); ++k)
        if (agg.clientLastDone[k] != kNoTime)
            r.clients.push_back({ clients.ids()[k], agg.clientLastDone[k] });
    auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    std::sort(r.deals.begin(), r.deals.end(), byId);
    std::sort(r.clients.begin(), r.clients.end(), byId);
    auto contacts = agg.leadContacts;
    std::sort(contacts.begin(), contacts.end());
    for (const auto& [id, at] : contacts)
        if (r.leads.empty() || r.leads.back().id != id)
            r.leads.push_back({ id, at }); // the first of each id is its minimum
    for (std::size_t g = 0; g < agg.grids.size(); ++g)
        for (const auto& d : agg.grids[g].days)
            if (d.total() > 0) {
                ManagerDay m;
                m.hasManager = g > 0;
                m.managerId = g > 0 ? managers.ids()[g - 1] : 0;
                m.day = d.day / kSecondsPerDay;
                std::copy(std::begin(d.count), std::end(d.count), m.count);
                m.callsWithOutcome = d.callsWithOutcome;
                r.days.push_back(m);
            }
    return r;
}

template <class Index>
void toAggregate(const ActivityRollup& r, ActivityAgg& out, Index& deals, Index& clients, Index& managers)
{
    for (const auto& d : r.deals)
        if (const Row k = deals.find(d.id); k != kNone) {
            out.fitDeal(k);
            const auto i = static_cast<std::size_t>(k);
            out.dealDone[i] = d.done;
            out.dealLastDone[i] = d.lastDone;
            out.dealFirstContact[i] = d.firstContact;
            out.dealLastPlanned[i] = d.lastPlanned;
        }
    for (const auto& c : r.clients)
        if (const Row k = clients.find(c.id); k != kNone) {
            out.fitClient(k);
            out.clientLastDone[static_cast<std::size_t>(k)] = c.at;
        }
    out.leadContacts.reserve(r.leads.size());
    for (const auto& l : r.leads)
        out.leadContacts.emplace_back(l.id, l.at);
    for (const auto& m : r.days) {
        auto& slot = out.day(m.hasManager ? managers.find(m.managerId) : kNone, m.day * kSecondsPerDay);
        for (int t = 0; t < metrics::kActivityTypes; ++t)
            slot.count[t] += m.count[t];
        slot.callsWithOutcome += m.callsWithOutcome;
    }
    out.rows = r.rows;
    out.done = r.done;
    out.planned = r.planned;
    out.latest = r.latest;
}

template void toAggregate<const metrics::IdIndex>(
    const ActivityRollup&, ActivityAgg&, const metrics::IdIndex&, const metrics::IdIndex&, const metrics::IdIndex&);
template void toAggregate<IdSlots>(const ActivityRollup&, ActivityAgg&, IdSlots&, IdSlots&, IdSlots&);

std::string encode(const ActivityRollup& r)
{
    Writer w(kHeaderBytes + r.deals.size() * kDealBytes + (r.clients.size() + r.leads.size()) * kIdTimeBytes
        + r.days.size() * kDayBytes);
    for (char c : kMagic)
        w.put(static_cast<std::uint8_t>(c));
    w.put(kActivityRollupFormat);
    for (std::int64_t v : { r.rows, r.done, r.planned, r.latest })
        w.put(v);
    for (std::size_t n : { r.deals.size(), r.clients.size(), r.leads.size(), r.days.size() })
        w.put(static_cast<std::uint32_t>(n));
    for (const auto& d : r.deals) {
        w.put(d.id);
        w.put(d.done);
        for (LocalSeconds t : { d.lastDone, d.firstContact, d.lastPlanned })
            w.put(t);
    }
    for (const auto* v : { &r.clients, &r.leads })
        for (const auto& x : *v) {
            w.put(x.id);
            w.put(x.at);
        }
    for (const auto& m : r.days) {
        w.put(static_cast<std::uint8_t>(m.hasManager ? 1 : 0));
        w.put(m.managerId);
        w.put(m.day);
        for (std::int32_t c : m.count)
            w.put(c);
        w.put(m.callsWithOutcome);
    }
    return w.take();
}

Result<ActivityRollup> decode(std::string_view bytes)
{
    if (bytes.size() < kHeaderBytes)
        return damaged("shorter than its header");
    if (std::memcmp(bytes.data(), kMagic, 4) != 0)
        return damaged("not a rollup payload");
    Reader in(bytes.substr(4));
    if (const auto format = in.get<std::uint32_t>(); format != kActivityRollupFormat)
        return damaged(
            "payload format " + std::to_string(format) + ", expected " + std::to_string(kActivityRollupFormat));
    ActivityRollup r;
    r.rows = in.get<std::int64_t>();
    r.done = in.get<std::int64_t>();
    r.planned = in.get<std::int64_t>();
    r.latest = in.get<std::int64_t>();
    std::uint64_t n[4];
    for (auto& v : n)
        v = in.get<std::uint32_t>();
    const std::uint64_t expected = kHeaderBytes + n[0] * kDealBytes + (n[1] + n[2]) * kIdTimeBytes + n[3] * kDayBytes;
    if (expected != bytes.size())
        return damaged(std::to_string(bytes.size()) + " bytes where the header announces " + std::to_string(expected));
    if (r.rows < 0 || r.done < 0 || r.planned < 0 || r.done + r.planned > r.rows)
        return damaged("inconsistent totals");
    r.deals.resize(n[0]);
    for (auto& d : r.deals) {
        d.id = in.get<std::int64_t>();
        d.done = in.get<std::int32_t>();
        d.lastDone = in.get<std::int64_t>();
        d.firstContact = in.get<std::int64_t>();
        d.lastPlanned = in.get<std::int64_t>();
        if (d.done < 0)
            return damaged("negative count");
    }
    r.clients.resize(n[1]);
    r.leads.resize(n[2]);
    for (auto* v : { &r.clients, &r.leads })
        for (auto& x : *v) {
            x.id = in.get<std::int64_t>();
            x.at = in.get<std::int64_t>();
        }
    r.days.resize(n[3]);
    for (auto& m : r.days) {
        const auto flag = in.byte();
        m.hasManager = flag == 1;
        m.managerId = in.get<std::int64_t>();
        m.day = in.get<std::int64_t>();
        for (auto& c : m.count)
            c = in.get<std::int32_t>();
        m.callsWithOutcome = in.get<std::int32_t>();
        if (flag > 1 || m.callsWithOutcome < 0
            || std::any_of(std::begin(m.count), std::end(m.count), [](auto c) { return c < 0; }))
            return damaged("bad day record");
    }
    // The loader keeps a dense day grid per manager: a forged span must not make it allocate
    // terabytes (or overflow day * 86400). 10^6 days is 2 700 years.
    const auto [lo, hi] = std::minmax_element(
        r.days.begin(), r.days.end(), [](const ManagerDay& a, const ManagerDay& b) { return a.day < b.day; });
    if (lo != r.days.end() && (lo->day < -kMaxDays || hi->day > kMaxDays || hi->day - lo->day > kMaxDays))
        return damaged("days out of range");
    if (!sortedUnique(r.deals) || !sortedUnique(r.clients) || !sortedUnique(r.leads))
        return damaged("ids not sorted");
    return r;
}

} // namespace sa::rollup
