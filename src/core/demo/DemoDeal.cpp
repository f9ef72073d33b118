// One demo deal: its walk through the stages, its history, its lead and its activities.
#include "DemoBuilder.h"

#include <algorithm>
#include <cmath>

namespace sa::demo {

namespace {

struct Walk {
    std::vector<std::pair<std::size_t, LocalSeconds>> path; ///< (open stage index, entered)
    const char* status = "open";
    LocalSeconds closed = 0;
    bool abandoned = false; ///< stays open in its stage with no further work: stalled
};

Walk walkStages(DemoRandom& rng, std::size_t first, LocalSeconds created, double mult, double dwellMult,
    LocalSeconds end, double abandonRate)
{
    const auto& stages = demoStages();
    Walk w;
    const std::size_t abandonAt = rng.chance(abandonRate) ? first + static_cast<std::size_t>(rng.integer(0, 3)) : 99;
    LocalSeconds t = created;
    for (std::size_t s = first; s < stages.size();) {
        w.path.emplace_back(s, t);
        if (s == abandonAt) {
            w.abandoned = true;
            return w;
        }
        const double days = std::max(0.05, rng.exponential(stages[s].dwellDays * dwellMult));
        const LocalSeconds next = t + static_cast<LocalSeconds>(days * kSecondsPerDay);
        if (next > end)
            return w;
        if (!rng.chance(std::min(0.97, std::pow(stages[s].passRate, 1.0 / mult)))) {
            w.status = "lost";
            w.closed = next;
            return w;
        }
        t = next;
        if (++s == stages.size()) {
            w.status = "won";
            w.closed = t;
        }
    }
    return w;
}

} // namespace

Status DemoBuilder::insertDeal(int index)
{
    const LocalSeconds created = drawCreated();
    std::vector<std::size_t> customers;
    for (std::size_t c = 0; c < m_clients.size(); ++c)
        if (m_clients[c].created < created && (m_clients[c].key || !m_clients[c].firstOrders.empty() || c < 40))
            customers.push_back(c);
    const bool account = !customers.empty() && m_rng.chance(0.12);
    const std::size_t owner = drawOwner(created, account);
    const std::size_t channel = m_rng.weighted([] {
        std::vector<double> w;
        for (const auto& c : demoChannels())
            w.push_back(c.share);
        return w;
    }());
    const std::size_t seg = account ? 1 : m_rng.weighted({ 0.62, 0.30, 0.08 });
    std::size_t client = account ? m_rng.pick(customers) : 0;
    if (!account) {
        insertClient(seg, created, m_managers[owner], false);
        client = m_clients.size() - 1;
    }
    const DemoChannel& ch = demoChannels()[channel];
    const double mult = (account ? 1.8 : ch.conversion) * demoManagers()[owner].skill;
    // An overloaded manager cannot keep up: more of their deals are left hanging.
    const double abandonRate = demoManagers()[owner].load > 1.5 ? 0.08 : 0.025;
    const Walk w = walkStages(m_rng, account ? 2 : 0, created, mult, seg == 2 ? 1.6 : 1.0, m_opt.end, abandonRate);
    const auto& stageIds = account ? m_accountStages : m_openStages;
    const std::int64_t terminal
        = std::string_view(w.status) == "won" ? (account ? m_accountWon : m_won) : (account ? m_accountLost : m_lost);
    const bool closed = std::string_view(w.status) != "open";
    const LocalSeconds lastMove = closed ? w.closed : w.path.back().second;
    const DemoSegment& segment = demoSegments()[m_clients[client].segment];
    const double amount = std::round(m_rng.logNormal(segment.medianDeal * (account ? 0.5 : 1.0), 0.7) / 1000) * 1000;
    const bool noAmount = !closed && w.path.back().first <= 1 && m_rng.chance(0.2);
    const std::string reason = m_rng.chance(0.12)
        ? m_rng.pick(demoLossReasons())
        : m_rng.pick(std::vector<std::string>(demoLossReasons().begin(), demoLossReasons().end() - 2));

    m_insDeal.bind(1, std::to_string(100000 + index)).bind(2, "Сделка №" + std::to_string(100000 + index));
    const std::string dealRef = std::to_string(100000 + index);
    m_insDeal.bind(3, created).bind(4, lastMove).bind(5, "C" + std::to_string(10000 + client));
    m_insDeal.bind(6, m_clients[client].id).bind(7, m_managers[owner]);
    m_insDeal.bind(8, account ? "account" : "acquisition").bind(9, account ? kAccountPipeline : kAcquisitionPipeline);
    const bool attributed = !account && !m_rng.chance(0.07);
    m_insDeal.bind(10, attributed ? std::optional<std::int64_t>(m_channels[channel]) : std::nullopt);
    m_insDeal.bind(11, attributed ? std::optional<std::string>(ch.name) : std::nullopt);
    m_insDeal.bind(12, closed ? terminal : stageIds[w.path.back().first]).bind(13, lastMove).bind(14, w.status);
    m_insDeal.bind(15, closed ? std::optional<LocalSeconds>(w.closed) : std::nullopt);
    m_insDeal.bind(16, noAmount ? std::nullopt : std::optional<std::int64_t>(minor(amount)));
    m_insDeal.bind(
        17, m_rng.chance(0.75) ? std::optional<double>(demoStages()[w.path.back().first].probability) : std::nullopt);
    // Most open deals carry a close date ahead of the audit date; a few were never updated.
    const bool hasExpected = closed ? m_rng.chance(0.4) : m_rng.chance(0.9);
    const LocalSeconds planned = startOfDay(created) + m_rng.integer(30, 90) * kSecondsPerDay;
    const bool stale = closed || m_rng.chance(0.1);
    m_insDeal.bind(18,
        hasExpected ? std::optional<LocalSeconds>(
            stale ? planned : std::max(planned, startOfDay(m_opt.end) + m_rng.integer(7, 75) * kSecondsPerDay))
                    : std::nullopt);
    const bool lost = std::string_view(w.status) == "lost";
    m_insDeal.bind(19, lost && m_rng.chance(0.55) ? std::optional<std::string>(reason) : std::nullopt);
    exec(m_insDeal);
    const std::int64_t dealId = m_db.lastInsertRowId();
    count("deals");

    // Stage history: one row per entry; ~3 % of intermediate entries were never recorded.
    for (std::size_t k = 0; k < w.path.size(); ++k) {
        if (k > 0 && k + 1 < w.path.size() && m_rng.chance(0.03))
            continue;
        const LocalSeconds exited = k + 1 < w.path.size() ? w.path[k + 1].second : (closed ? w.closed : 0);
        m_insHistory.bind(1, dealRef).bind(2, dealId).bind(3, stageIds[w.path[k].first]);
        m_insHistory.bind(4, w.path[k].second).bind(5, exited ? std::optional<LocalSeconds>(exited) : std::nullopt);
        exec(m_insHistory);
        count("stage_history");
    }
    if (closed) {
        m_insHistory.bind(1, dealRef).bind(2, dealId).bind(3, terminal).bind(4, w.closed);
        exec(m_insHistory);
        count("stage_history");
    }

    // Work on the deal: a first call (inbound leads wait for it, often hours), then 1-3 per stage.
    const std::int64_t mgr = m_managers[owner];
    if (!account && ch.inbound) {
        const double hours = m_rng.logNormal(1.9, 1.1);
        insertActivities(dealRef, dealId, mgr, created + static_cast<LocalSeconds>(hours * 3600),
            created + static_cast<LocalSeconds>(hours * 3600) + 1, 1);
    }
    for (std::size_t k = 0; k < w.path.size(); ++k) {
        const LocalSeconds from = w.path[k].second;
        LocalSeconds to = k + 1 < w.path.size() ? w.path[k + 1].second : (closed ? w.closed : m_opt.end);
        if (w.abandoned && k + 1 == w.path.size())
            to = std::min(to, from + 2 * kSecondsPerDay);
        insertActivities(dealRef, dealId, mgr, from, to, static_cast<int>(m_rng.integer(1, 3)));
    }
    if (!closed && !w.abandoned && m_rng.chance(0.9)) {
        m_insActivity.bind(1, mgr).bind(2, "task").bind(3, dealRef).bind(4, dealId).bindNull(5);
        m_insActivity.bind(6, "planned").bindNull(7).bind(8, m_opt.end + m_rng.integer(1, 14) * kSecondsPerDay);
        exec(m_insActivity);
        count("activities");
    }

    if (!account) {
        const auto reached = [&](std::size_t stage) -> std::optional<LocalSeconds> {
            for (const auto& [s, t] : w.path)
                if (s == stage)
                    return t;
            return std::nullopt;
        };
        const bool nonTarget = lost && (reason == "Дубль" || reason == "Не целевой");
        m_insLead.bind(1, "L" + std::to_string(100000 + index)).bind(2, created - m_rng.integer(300, 7200));
        m_insLead.bind(3, attributed ? std::optional<std::int64_t>(m_channels[channel]) : std::nullopt);
        m_insLead.bind(4, attributed ? std::optional<std::string>(ch.name) : std::nullopt);
        m_insLead.bind(5, ch.inbound ? "inbound" : "outbound").bind(6, mgr).bind(7, created);
        m_insLead.bind(8, reached(1)).bind(9, reached(3));
        m_insLead.bind(10, nonTarget ? std::optional<LocalSeconds>(w.closed) : std::nullopt);
        m_insLead.bind(11, nonTarget ? std::optional<std::string>(reason) : std::nullopt);
        m_insLead.bind(12, m_clients[client].id).bind(13, dealId).bind(14, dealRef);
        exec(m_insLead);
        count("leads");
        ++m_leadsByMonthChannel[monthIndex(created)][channel];
    }
    if (std::string_view(w.status) == "won") {
        m_clients[client].firstOrders.push_back({ w.closed + m_rng.integer(1, 5) * kSecondsPerDay, amount, dealId });
        m_wonByMonthManager[monthIndex(w.closed)][owner] += amount;
    }
    return m_error;
}

} // namespace sa::demo
