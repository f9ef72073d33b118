#pragma once
// Reads a TableSource on its own thread, a few thousand rows ahead of the consumer, so that
// tokenizing and decoding overlap with conversion and SQLite on another core.
#include "import/pipeline/Prefetcher.h"
#include "import/read/TableSource.h"

#include <atomic>
#include <memory>

namespace sa::import {

class RowPrefetcher {
public:
    explicit RowPrefetcher(std::unique_ptr<TableSource> source)
        : m_source(std::move(source))
        , m_pipe([this](Row& row) {
            auto more = m_source->next(row);
            m_progress.store(m_source->progress(), std::memory_order_relaxed);
            return more;
        })
    {
    }

    /// Same contract as TableSource::next: true = `row` filled, false = end, or the reader's error.
    /// The rows ahead are asked for meanwhile (they were written on the reader's core): the field
    /// list of the row after next, the texts of the next one.
    Result<bool> next(Row& row)
    {
        if (const Row* n = m_pipe.peek(1))
            prefetchElements(n->fields);
        if (const Row* n = m_pipe.peek())
            for (const auto& f : n->fields)
                __builtin_prefetch(f.data());
        return m_pipe.next(row);
    }
    /// The reader's progress, 0..1.
    [[nodiscard]] double progress() const { return m_progress.load(std::memory_order_relaxed); }
    /// Stops reading ahead and joins the thread; source() is then safe to inspect.
    void stop() { m_pipe.stop(); }
    [[nodiscard]] const TableSource& source() const { return *m_source; }

private:
    std::unique_ptr<TableSource> m_source;
    std::atomic<double> m_progress { 0.0 };
    Prefetcher<Row> m_pipe; ///< last: its thread reads the members above
};

} // namespace sa::import
