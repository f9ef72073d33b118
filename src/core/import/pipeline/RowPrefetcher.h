#pragma once
// Reads a TableSource on its own thread, a few thousand rows ahead of the consumer, so that
// tokenizing and decoding overlap with conversion and SQLite on a second core. Row buffers are
// recycled between the threads (their strings keep their capacity).
#include "import/read/TableSource.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace sa::import {

class RowPrefetcher {
public:
    explicit RowPrefetcher(std::unique_ptr<TableSource> source);
    ~RowPrefetcher();
    RowPrefetcher(const RowPrefetcher&) = delete;
    RowPrefetcher& operator=(const RowPrefetcher&) = delete;

    /// Same contract as TableSource::next: true = `row` filled, false = end, or the reader's error.
    Result<bool> next(Row& row);
    /// The reader's progress when the last chunk was read.
    [[nodiscard]] double progress() const { return m_progress.load(); }
    /// Stops reading ahead and joins the thread; source() is then safe to inspect.
    void stop();
    [[nodiscard]] const TableSource& source() const { return *m_source; }

private:
    using Chunk = std::vector<Row>;
    void produce();
    bool takeChunk();

    std::unique_ptr<TableSource> m_source;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_full;
    std::vector<Chunk> m_free;
    Chunk m_current;
    std::size_t m_used = 0; ///< rows of m_current already handed out
    bool m_producerDone = false;
    bool m_stop = false;
    std::optional<Error> m_error;
    std::atomic<double> m_progress { 0.0 };
    std::thread m_thread;
};

} // namespace sa::import
