#pragma once
// Internal: reads the project tables into AuditData (AuditDataLoader.cpp) and derives the §2
// facts (AuditDataDerive.cpp). Not part of the public API: use AuditData::load.
#include "metrics/AuditData.h"
#include "metrics/AuditDataColumns.h"
#include "rollup/ActivityAgg.h"
#include "rollup/ActivityRollup.h"
#include "rollup/DealSnapshot.h"

#include <chrono>
#include <functional>
#include <mutex>
#include <sqlite3.h>
#include <string_view>
#include <thread>
#include <utility>

namespace sa::metrics {

/// CPU seconds of the calling thread (per-step figures of loadCpuSeconds).
double threadCpuSeconds();

/// Deals of one id range, read on a worker thread with dictionaries of its own (merged in id order).
struct DealChunk {
    std::vector<Deal> deals;
    std::vector<std::int64_t> leadIds; ///< deals.lead_id (db id, −1 = none) until leads are resolved
    Dictionary texts, reasons;
};

/// Stage-history rows of one id range (deal ids already resolved to rows).
struct StageChunk {
    std::vector<StageVisit> visits;
};

/// A closed id range [lo, hi] of one table. `dense`: every id of the range exists (the usual
/// INTEGER PRIMARY KEY without deletions), so the range can be read as "id >= lo LIMIT hi − lo + 1",
/// which spares SQLite an upper-bound comparison per row.
struct IdRange {
    std::int64_t lo = 0, hi = -1;
    bool dense = false;
    std::int64_t rows = 0; ///< count(*) of the table
};

/// One unit of work for the loader's two readers: runs on whichever worker is free.
struct LoadTask {
    const char* step; ///< name in loadCpuSeconds (CPU of tasks with the same step is summed)
    std::function<Status(const store::Connection&, int worker)> run;
};

class AuditDataLoader {
public:
    AuditDataLoader(AuditData& d, const store::Project& project, const LoadOptions& options)
        : m_d(d)
        , m_project(project)
        , m_options(options)
    {
    }
    ~AuditDataLoader();
    AuditDataLoader(const AuditDataLoader&) = delete;
    AuditDataLoader& operator=(const AuditDataLoader&) = delete;
    Status run();

private:
    using RowFn = std::function<void(sqlite3_stmt*)>;
    Status timed(const char* step, const std::function<Status()>& fn);
    /// Wall seconds since run() began.
    [[nodiscard]] double elapsed() const;
    /// Adds a step's CPU seconds (summed per name) and its span [wallStart, now] on this thread.
    void addCpu(const char* step, double seconds, double wallStart);
    static Status forEachRow(const store::Connection& db, std::string_view sql, const RowFn& fn);

    Status loadSmallTables(const store::Connection& db);
    Status loadManagers(const store::Connection& db);
    Status loadStages(const store::Connection& db);
    Status loadChannels(const store::Connection& db);
    Status loadClients(const store::Connection& db);
    Status loadDeals(const store::Connection& db, IdRange range, DealChunk& out) const;
    Status loadStageHistory(const store::Connection& db, IdRange range, StageChunk& out) const;
    Status loadLeads(const store::Connection& db);
    Status loadOrders(const store::Connection& db);
    Status loadNps(const store::Connection& db, Dictionary& texts);
    Status loadPlanning(const store::Connection& db);
    Status loadActivities(const store::Connection& db, IdRange range, rollup::ActivityAgg& agg) const;

    // AuditDataTasks.cpp: the big tables in id-range chunks over two read-only connections.
    Status loadBigTables();
    Status readRollups(const store::Connection& one, const store::Connection* two, IdRange (&ranges)[3],
        std::optional<rollup::ActivityRollup>& stored, std::optional<rollup::DealSnapshot>& snapshot);
    std::vector<LoadTask> smallTableTasks(Dictionary& npsTexts);
    void mergeNpsTexts(const Dictionary& npsTexts);
    Status loadDealTables(const store::Connection& one, const store::Connection* two, IdRange range);
    std::vector<LoadTask> stageTasks(IdRange range, std::vector<StageChunk>& out) const;
    Status runTasks(const std::vector<LoadTask>& tasks, const store::Connection& one, const store::Connection* two);
    void mergeDeals(std::vector<DealChunk>& chunks);
    void mergeStageHistory(std::vector<StageChunk>& chunks);
    void readRollup(const store::Connection& db, IdRange activities, std::optional<rollup::ActivityRollup>& out);
    void applyActivities(rollup::ActivityAgg& a);
    [[nodiscard]] bool rollupsAllowed() const;

    // AuditDataSnapshot.cpp: deals and stage history from the project's deals snapshot.
    void readSnapshot(
        const store::Connection& db, IdRange deals, IdRange visits, std::optional<rollup::DealSnapshot>& out);
    void sizeSnapshotRows(const rollup::DealSnapshot& s);
    std::vector<LoadTask> snapshotTasks(const rollup::DealSnapshot& s);
    void dealsFromSnapshot(const rollup::DealSnapshot& s, std::size_t from, std::size_t to);
    std::size_t visitsFromSnapshot(const rollup::DealSnapshot& s, std::size_t from, std::size_t to);
    void closeSnapshotVisits();

    // AuditDataDerive.cpp
    void prepareParams();
    void derive();
    void deriveStageHistory();
    void deriveNonTarget();
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
    std::mutex m_timingMutex;
    std::chrono::steady_clock::time_point m_begin = std::chrono::steady_clock::now();
    std::vector<std::thread::id> m_threads; ///< loadTimeline's thread numbers
    std::thread m_retire; ///< frees what the big-table read no longer needs
    std::vector<Row> m_leadReason; ///< leads.disqualify_reason (reasons row) until flagged
    std::vector<Row> m_snapshotTexts, m_snapshotReasons; ///< snapshot dictionary code → AuditData row
    std::size_t m_visitsKept[2] = {}; ///< stage-history rows each snapshot half kept
};

} // namespace sa::metrics
