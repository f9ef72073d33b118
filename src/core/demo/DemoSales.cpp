// The demo's sales side: orders and NPS answers, channel costs, plans, financials, import batches.
#include "DemoBuilder.h"

#include <algorithm>
#include <cmath>

namespace sa::demo {

namespace {
const std::vector<std::string> kCategories = { "Оборудование", "Техника", "Электроника", "ПО", "Услуги", "Расходники" };
const std::vector<std::string> kPromoterComments
    = { "Всё отлично, спасибо!", "Быстро привезли и смонтировали", "Менеджер всегда на связи; рекомендую" };
const std::vector<std::string> kDetractorComments
    = { "Сорвали сроки поставки", "Менеджер не перезванивает", "Документы пришлось запрашивать дважды" };
} // namespace

Status DemoBuilder::insertOrders()
{
    auto order
        = m_db.prepare("INSERT INTO orders (ext_id, client_ref, client_id, deal_ref, deal_id, order_date, amount,"
                       " gross_profit, status, product_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto nps = m_db.prepare("INSERT INTO nps_responses (ext_id, client_ref, client_id, respondent, responded_at, score,"
                            " comment, manager_id, segment, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'crm_survey')");
    if (!order || !nps)
        return !order ? order.error() : nps.error();
    m_insOrder = std::move(*order);
    m_insNps = std::move(*nps);
    for (const Client& c : m_clients)
        insertClientOrders(c);
    return m_error;
}

// One order and, for some paid orders, the NPS answer that followed it.
void DemoBuilder::insertClientOrders(const Client& c)
{
    const std::size_t clientIndex = static_cast<std::size_t>(&c - m_clients.data());
    const DemoSegment& seg = demoSegments()[c.segment];
    std::vector<Client::FirstOrder> starts = c.firstOrders;
    if (clientIndex < static_cast<std::size_t>(std::max(40, m_opt.deals / 10)))
        starts.push_back(
            { c.created + m_rng.integer(0, 20) * kSecondsPerDay, m_rng.logNormal(seg.medianDeal, 0.6), 0 });
    std::sort(starts.begin(), starts.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    bool first = true;
    for (const auto& start : starts) {
        LocalSeconds t = start.at;
        double amount = start.amount;
        std::int64_t deal = start.deal;
        while (t <= m_opt.end) {
            const char* status = m_rng.chance(0.95) ? "paid" : m_rng.chance(0.4) ? "returned" : "cancelled";
            const std::string ref = "C" + std::to_string(10000 + clientIndex);
            m_insOrder.bind(1, "O" + std::to_string(m_summary.rows["orders"] + 1)).bind(2, ref).bind(3, c.id);
            m_insOrder.bind(4, deal ? std::optional<std::string>(std::to_string(deal)) : std::nullopt);
            m_insOrder.bind(5, deal ? std::optional<std::int64_t>(deal) : std::nullopt);
            m_insOrder.bind(6, startOfDay(t)).bind(7, minor(amount)).bind(8, minor(amount * m_rng.uniform(0.24, 0.38)));
            m_insOrder.bind(9, status).bind(10, m_rng.pick(kCategories));
            exec(m_insOrder);
            count("orders");
            if (std::string_view(status) == "paid") {
                m_revenueByMonth[monthIndex(t)] += amount;
                if (first)
                    ++m_newClientsByMonth[monthIndex(t)];
                first = false;
                const LocalSeconds answered = t + m_rng.integer(5, 20) * kSecondsPerDay;
                if (answered <= m_opt.end && m_rng.chance(c.key ? 0.05 : 0.22)) {
                    const std::size_t mgr = static_cast<std::size_t>(
                        std::find(m_managers.begin(), m_managers.end(), c.owner) - m_managers.begin());
                    const double skill = mgr < demoManagers().size() ? demoManagers()[mgr].skill : 1.0;
                    const int score = static_cast<int>(
                        std::clamp(std::round(8.2 + 3.0 * (skill - 1.0) + 1.9 * m_rng.normal()), 0.0, 10.0));
                    const bool comment = m_rng.chance(0.45);
                    m_insNps.bind(1, "N" + std::to_string(m_summary.rows["nps_responses"] + 1))
                        .bind(2, ref)
                        .bind(3, c.id);
                    m_insNps.bind(4, "Закупщик").bind(5, answered).bind(6, score);
                    m_insNps.bind(7,
                        comment ? std::optional<std::string>(
                            m_rng.pick(score >= 9 ? kPromoterComments : kDetractorComments))
                                : std::nullopt);
                    m_insNps.bind(8, c.owner).bind(9, seg.name);
                    exec(m_insNps);
                    count("nps_responses");
                }
            }
            deal = 0;
            // The key client orders every month; others at their segment's pace until they churn.
            if (c.key) {
                if (&start != &starts.front())
                    break; // one monthly stream; later won deals add single orders
                t = addMonths(startOfMonth(t), 1) + m_rng.integer(2, 25) * kSecondsPerDay;
                amount = m_rng.logNormal(2'600'000, 0.25);
                continue;
            }
            if (m_rng.chance(seg.churnPerOrder))
                break;
            t += static_cast<LocalSeconds>((10 + m_rng.exponential(seg.repeatDays)) * kSecondsPerDay);
            amount = m_rng.logNormal(seg.medianDeal * 0.35, 0.6);
        }
    }
}

Status DemoBuilder::insertCostsPlansFinancials()
{
    auto cost = m_db.prepare("INSERT INTO channel_costs (month, channel_id, cost) VALUES (?, ?, ?)");
    auto plan
        = m_db.prepare("INSERT INTO plans (month, scope, scope_ref, scope_id, revenue_plan, new_business_plan,"
                       " new_clients_plan, forecast_amount, forecast_made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto fin = m_db.prepare("INSERT INTO financials (month, revenue, gross_profit, net_profit, sales_team_cost,"
                            " marketing_cost) VALUES (?, ?, ?, ?, ?, ?)");
    if (!cost || !plan || !fin)
        return !cost ? cost.error() : !plan ? plan.error() : fin.error();
    const int first = monthIndex(m_ordersFrom), dealsFirst = monthIndex(m_dealsFrom), last = monthIndex(m_opt.end);
    auto revenue = [&](int m) { return m_revenueByMonth.count(m) ? m_revenueByMonth[m] : 0.0; };
    for (int m = first; m <= last + 12; ++m) {
        const LocalSeconds month = monthFromIndex(m);
        double spend = 0;
        if (m >= dealsFirst && m <= last) {
            for (std::size_t c = 0; c < demoChannels().size(); ++c) {
                const double cpl = demoChannels()[c].costPerLead;
                if (cpl <= 0)
                    continue;
                const double leads = m_leadsByMonthChannel[m][c];
                const double value = leads * cpl * (1.0 + 0.012 * (m - dealsFirst)) * m_rng.uniform(0.9, 1.1);
                cost->bind(1, month).bind(2, m_channels[c]).bind(3, minor(std::round(value)));
                exec(*cost);
                count("channel_costs");
                spend += value;
            }
        }
        // The plan asks ~10 % more than the smoothed actual: fulfilment lands in the yellow band.
        const double smooth = m <= last ? (revenue(m - 1) + revenue(m) + revenue(m + 1)) / 3.0
                                        : (revenue(last) + revenue(last - 1) + revenue(last - 2)) / 3.0 * 1.12;
        if (m >= dealsFirst) {
            const double planValue = std::round(smooth * 1.10 / 1000) * 1000;
            const int newClients = m_newClientsByMonth.count(m) ? m_newClientsByMonth[m] : 10;
            plan->bind(1, month).bind(2, "company").bindNull(3).bindNull(4).bind(5, minor(planValue));
            plan->bind(6, minor(planValue * 0.45)).bind(7, static_cast<std::int64_t>(std::ceil(newClients * 1.2)));
            if (m <= last) {
                plan->bind(8, minor(std::round(revenue(m) * (1.0 + 0.14 * m_rng.normal()) / 1000) * 1000));
                plan->bind(9, month - 3 * kSecondsPerDay);
            }
            exec(*plan);
            count("plans");
        }
        if (m <= last && m >= dealsFirst) {
            for (const auto& [mgr, won] : m_wonByMonthManager[m]) {
                plan->bind(1, month).bind(2, "manager").bind(3, demoManagers()[mgr].name).bind(4, m_managers[mgr]);
                plan->bind(5, minor(std::round(won * m_rng.uniform(0.95, 1.35) / 1000) * 1000));
                exec(*plan);
                count("plans");
            }
        }
        if (m <= last) {
            const double rev = revenue(m) * (1.0 + 0.01 * m_rng.normal());
            // Net margin erodes over the period: M8 part B finds it.
            const double netMargin = 0.10 - 0.0016 * (m - first);
            fin->bind(1, month).bind(2, minor(rev)).bind(3, minor(rev * 0.31)).bind(4, minor(rev * netMargin));
            fin->bind(5, minor(9 * 140'000.0)).bind(6, minor(spend + 180'000));
            exec(*fin);
            count("financials");
        }
    }
    return m_error;
}

Status DemoBuilder::insertBatches()
{
    auto st = m_db.prepare("INSERT INTO import_batches (entity, file_name, file_size, sha256, preset, source_system,"
                           " export_date, scope_complete, rows_read, rows_imported, imported_at)"
                           " VALUES (?, ?, 0, '', 'demo', ?, ?, 1, ?, ?, ?)");
    if (!st)
        return st.error();
    const std::string source = "Demo generator (seed " + std::to_string(m_opt.seed) + ")";
    for (const auto& [table, n] : m_summary.rows) {
        st->bind(1, table)
            .bind(2, "demo:" + table)
            .bind(3, source)
            .bind(4, m_opt.end)
            .bind(5, n)
            .bind(6, n)
            .bind(7, m_now);
        exec(*st);
    }
    return m_error;
}

} // namespace sa::demo
