// The demo's pipeline: leads, deals walking the stages, stage history and activities.
#include "DemoBuilder.h"

#include <algorithm>
#include <cmath>

namespace sa::demo {

namespace {
// Relative deal volume per calendar month: January/May dips, summer lull, autumn rise.
constexpr double kSeason[12] = { 0.70, 0.95, 1.05, 1.05, 0.85, 0.95, 0.85, 0.85, 1.10, 1.20, 1.20, 1.10 };

// Moves a moment outside Mon–Fri 09:00–18:00 to the next working-hours start.
LocalSeconds toWorkingHours(LocalSeconds t)
{
    for (int guard = 0; guard < 8; ++guard) {
        const CivilTime ct = timeOf(t);
        if (weekdayOf(t) >= 5 || ct.hour >= 18) {
            t = startOfDay(t) + kSecondsPerDay + 9 * 3600;
            continue;
        }
        if (ct.hour < 9)
            t = startOfDay(t) + 9 * 3600;
        return t;
    }
    return t;
}
} // namespace

LocalSeconds DemoBuilder::drawCreated()
{
    std::vector<double> weights;
    for (int m = 0; m < 24; ++m) {
        const CivilDate d = dateOf(addMonths(m_dealsFrom, m));
        weights.push_back(kSeason[d.month - 1] * std::pow(1.15, m / 12.0));
    }
    const LocalSeconds month = addMonths(m_dealsFrom, static_cast<int>(m_rng.weighted(weights)));
    const CivilDate d = dateOf(month);
    const LocalSeconds day = month + m_rng.integer(0, daysInMonth(d.year, d.month) - 1) * kSecondsPerDay;
    return toWorkingHours(day + m_rng.integer(9 * 3600, 18 * 3600 - 1));
}

std::size_t DemoBuilder::drawOwner(LocalSeconds at, bool farmer)
{
    std::vector<double> weights;
    for (std::size_t i = 0; i < demoManagers().size(); ++i) {
        const DemoManager& m = demoManagers()[i];
        weights.push_back(employedAt(i, at) && m.farmer == farmer ? m.load : 0.0);
    }
    return m_rng.weighted(weights);
}

Status DemoBuilder::insertPipeline()
{
    auto deal = m_db.prepare("INSERT INTO deals (ext_id, name, created_at, updated_at, client_ref, client_id, owner_id,"
                             " pipeline, pipeline_name, channel_id, channel_raw, stage_id, stage_changed_at, status,"
                             " closed_at, amount, probability, expected_close_date, loss_reason)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto hist = m_db.prepare("INSERT INTO stage_history (deal_ref, deal_id, stage_id, entered_at, exited_at)"
                             " VALUES (?, ?, ?, ?, ?)");
    auto act = m_db.prepare("INSERT INTO activities (manager_id, type, direction, deal_ref, deal_id, client_id, status,"
                            " done_at, due_at, duration_s, outcome) VALUES (?, ?, 'outbound', ?, ?, ?, ?, ?, ?, ?, ?)");
    auto lead = m_db.prepare("INSERT INTO leads (ext_id, created_at, channel_id, channel_raw, direction, owner_id,"
                             " assigned_at, mql_at, sql_at, disqualified_at, disqualify_reason, client_id, deal_id,"
                             " deal_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (auto* r : { &deal, &hist, &act, &lead })
        if (!*r)
            return r->error();
    m_insDeal = std::move(*deal);
    m_insHistory = std::move(*hist);
    m_insActivity = std::move(*act);
    m_insLead = std::move(*lead);
    for (int i = 0; i < m_opt.deals; ++i)
        if (Status s = insertDeal(i); !s)
            return s;
    return m_error;
}

void DemoBuilder::insertActivities(
    const std::string& dealRef, std::int64_t deal, std::int64_t owner, LocalSeconds from, LocalSeconds to, int n)
{
    static const std::vector<std::string> callOutcomes = { "Дозвонился", "Дозвонился", "Не дозвонился", "Перезвонить" };
    const std::int64_t span = std::max<std::int64_t>(to - from, 600);
    for (int k = 0; k < n; ++k) {
        const std::size_t type = m_rng.weighted({ 0.58, 0.27, 0.15 });
        const LocalSeconds at = std::min(toWorkingHours(from + m_rng.integer(0, span - 1)), m_opt.end);
        const bool colleague = m_rng.chance(0.06);
        const std::int64_t mgr = colleague ? m_managers[static_cast<std::size_t>(m_rng.integer(0, 5))] : owner;
        m_insActivity.bind(1, mgr).bind(2, type == 0 ? "call" : type == 1 ? "email" : "meeting");
        m_insActivity.bind(3, dealRef).bind(4, deal).bindNull(5).bind(6, "done").bind(7, at);
        if (type == 0) {
            const bool withOutcome = m_rng.chance(0.8);
            const std::string outcome = withOutcome ? m_rng.pick(callOutcomes) : std::string();
            m_insActivity.bind(9, outcome == "Дозвонился" ? m_rng.integer(60, 900) : 0);
            m_insActivity.bind(10, withOutcome ? std::optional<std::string>(outcome) : std::nullopt);
        } else {
            m_insActivity.bind(10, type == 1 ? "Отправлено" : "Состоялась");
        }
        exec(m_insActivity);
    }
    count("activities", n);
}

} // namespace sa::demo
