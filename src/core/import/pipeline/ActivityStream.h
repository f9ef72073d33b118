#pragma once
// The activities rollup of an import into an empty activities table, aggregated from the rows as
// they are inserted instead of re-read from the table at the end (docs/IMPORT.md, "Speed"). The
// aggregation runs on its own thread through rollup::ActivityAgg, the code the rebuild uses: each
// row's bound values are handed over in chunks and read back as the rows of an in-memory
// `VALUES (...)` statement, which is what ActivityAgg::add reads.
#include "common/Result.h"
#include "import/pipeline/EntitySchema.h"
#include "import/pipeline/EntityWriter.h"
#include "rollup/ActivityRollup.h"

#include <array>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace sa::store {
class Connection;
class Statement;
} // namespace sa::store

namespace sa::import {

class ActivityStream {
public:
    /// The columns of rollup::kActivityColumns, in its order.
    static constexpr std::size_t kColumns = 10;

    /// Starts the aggregation thread for rows of `def` (the activities entity); nullptr when `def`
    /// lacks a column the aggregate reads (the caller rebuilds from the table instead).
    static std::unique_ptr<ActivityStream> start(const EntityDef& def);
    ~ActivityStream();
    ActivityStream(const ActivityStream&) = delete;
    ActivityStream& operator=(const ActivityStream&) = delete;

    /// One row the writer has just inserted (its values as the writer bound them).
    void add(const RowValues& row, const EntityWriter& writer);
    /// No more rows: the thread finishes the ones it has (call finish() later to wait for it).
    void close();
    /// Waits for the aggregation; the rollup of every row added.
    Result<rollup::ActivityRollup> finish();

private:
    explicit ActivityStream(const std::array<std::size_t, kColumns>& fields);
    using Chunk = std::vector<Cell>; ///< kColumns cells per row
    void handOver();
    void run();
    Status aggregate(store::Connection& db, store::Statement& full, const Chunk& chunk, std::size_t rows);

    std::array<std::size_t, kColumns> m_fields; ///< entity field index of each column
    Chunk m_current; ///< filled by the session thread
    std::size_t m_rows = 0; ///< rows in m_current

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<Chunk, std::size_t>> m_full;
    std::vector<Chunk> m_free;
    bool m_closed = false;
    bool m_stop = false;
    std::optional<Error> m_error;

    rollup::ActivityAgg m_agg; ///< the aggregation thread's, read after join
    rollup::IdSlots m_deals, m_clients, m_managers;
    std::thread m_thread; ///< last: started once everything above exists
};

} // namespace sa::import
