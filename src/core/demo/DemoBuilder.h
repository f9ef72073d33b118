#pragma once
// Internal to the demo generator: the state shared by its generation steps.
#include "DemoAudit.h"
#include "DemoCompany.h"
#include "DemoRandom.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sa::demo {

class DemoBuilder {
public:
    DemoBuilder(store::Connection& db, const DemoOptions& options, LocalSeconds now);
    Status build();
    [[nodiscard]] const DemoSummary& summary() const { return m_summary; }

private:
    struct Client {
        std::int64_t id;
        std::size_t segment;
        std::int64_t owner;
        LocalSeconds created;
        bool key = false;
        struct FirstOrder {
            LocalSeconds at;
            double amount; ///< RUB
            std::int64_t deal;
        };
        std::vector<FirstOrder> firstOrders; ///< orders that follow won deals
    };
    struct StageRef {
        std::int64_t id;
        std::size_t index;
    };

    // DemoReference.cpp
    Status insertReference();
    Status insertManagers();
    Status insertStages(const char* pipeline, std::vector<std::int64_t>& open, std::int64_t& won, std::int64_t& lost);
    std::int64_t insertClient(std::size_t segment, LocalSeconds created, std::int64_t owner, bool existing);
    // DemoPipeline.cpp
    Status insertPipeline();
    Status insertDeal(int index);
    LocalSeconds drawCreated();
    std::size_t drawOwner(LocalSeconds at, bool farmer);
    void insertActivities(const std::string& dealRef, std::int64_t deal, std::int64_t owner, LocalSeconds from,
        LocalSeconds to, int count);
    // DemoSales.cpp
    Status insertOrders();
    void insertClientOrders(const Client& c);
    Status insertCostsPlansFinancials();
    Status insertBatches();

    bool employedAt(std::size_t manager, LocalSeconds t) const;
    void exec(store::Statement& st);
    std::int64_t minor(double rub) const;
    void count(const char* table, std::int64_t n = 1) { m_summary.rows[table] += n; }

    store::Connection& m_db;
    DemoOptions m_opt;
    DemoRandom m_rng;
    LocalSeconds m_now;
    LocalSeconds m_dealsFrom = 0;
    LocalSeconds m_ordersFrom = 0;
    Status m_error;
    DemoSummary m_summary;
    std::vector<std::int64_t> m_managers;
    std::vector<std::int64_t> m_channels;
    std::vector<std::int64_t> m_openStages, m_accountStages;
    std::int64_t m_won = 0, m_lost = 0, m_accountWon = 0, m_accountLost = 0;
    std::vector<Client> m_clients;
    std::map<int, std::map<std::size_t, int>> m_leadsByMonthChannel; ///< monthIndex → channel → leads
    std::map<int, double> m_revenueByMonth; ///< paid orders, RUB
    std::map<int, int> m_newClientsByMonth;
    /// paid orders by month and the client's owner (index into m_managers): the managers' plans follow it
    std::map<int, std::map<std::size_t, double>> m_revenueByMonthOwner;
    store::Statement m_insClient, m_insDeal, m_insHistory, m_insActivity, m_insLead, m_insOrder, m_insNps;
};

} // namespace sa::demo
