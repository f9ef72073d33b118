#pragma once
// Internal: reads the project tables into AuditData (AuditDataLoader.cpp) and derives the §2
// facts (AuditDataDerive.cpp). Not part of the public API: use AuditData::load.
#include "metrics/AuditData.h"

#include <functional>
#include <mutex>
#include <sqlite3.h>
#include <string_view>

namespace sa::metrics {

/// Per-thread partial aggregate of the activities table (one half of the id range).
struct ActivityAgg {
    std::vector<std::int32_t> dealDone;
    std::vector<LocalSeconds> dealLastDone, dealFirstContact, dealLastPlanned;
    std::vector<LocalSeconds> clientLastDone;
    std::vector<std::pair<std::int64_t, LocalSeconds>> leadContacts; ///< (lead db id, done_at)
    /// Per manager row + 1 (slot 0 = no manager): counts per day from dayBase.
    struct Grid {
        std::int64_t dayBase = 0;
        std::vector<ActivityDay> days;
    };
    std::vector<Grid> grids;
    std::int64_t rows = 0, done = 0, planned = 0;
    LocalSeconds latest = kNoTime;

    void init(std::size_t deals, std::size_t clients, std::size_t managers);
    ActivityDay& day(Row manager, LocalSeconds at);
};

class AuditDataLoader {
public:
    AuditDataLoader(AuditData& d, const store::Project& project, const LoadOptions& options)
        : m_d(d)
        , m_project(project)
        , m_options(options)
    {
    }
    Status run();

private:
    using RowFn = std::function<void(sqlite3_stmt*)>;
    Status timed(const char* step, const std::function<Status()>& fn);
    static Status forEachRow(const store::Connection& db, std::string_view sql, const RowFn& fn);

    Status loadSmallTables(const store::Connection& db);
    Status loadManagers(const store::Connection& db);
    Status loadStages(const store::Connection& db);
    Status loadChannels(const store::Connection& db);
    Status loadClients(const store::Connection& db);
    Status loadDeals(const store::Connection& db);
    Status loadStageHistory(const store::Connection& db);
    Status loadLeads(const store::Connection& db);
    Status loadOrders(const store::Connection& db);
    Status loadNps(const store::Connection& db);
    Status loadPlanning(const store::Connection& db);
    Status loadActivities(const store::Connection& db, std::int64_t fromId, std::int64_t toId, ActivityAgg& agg);
    Status loadBigTables();
    void mergeActivities(std::vector<ActivityAgg>& parts);

    // AuditDataDerive.cpp
    void prepareParams();
    void deriveStageHistory();
    void deriveLeads();
    void deriveWindow();
    void deriveRevenue();
    void deriveGrossMargin();
    void deriveEmployment();
    void deriveFacts();
    void deriveStageMedians();

    AuditData& m_d;
    const store::Project& m_project;
    const LoadOptions& m_options;
    std::optional<LocalSeconds> m_auditAsOf;
    std::vector<std::int64_t> m_leadIdOfDeal; ///< deals.lead_id (db id) until leads are resolved
    std::vector<std::int64_t> m_shDealIds; ///< stage_history.deal_id (db id) until resolved
    std::mutex m_timingMutex;
    std::vector<Row> m_leadReason; ///< leads.disqualify_reason (reasons row) until flagged
};

} // namespace sa::metrics
