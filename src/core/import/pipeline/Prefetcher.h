#pragma once
// Runs a producer on its own thread, a few thousand items ahead of the consumer, so that its
// work (reading, converting) overlaps with the consumer's on another core. Items travel in
// chunks that are recycled between the threads (their strings and vectors keep their capacity).
#include "common/Result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace sa::import {

/// Asks the CPU for a vector's elements (a hint, nothing waits): items a thread on another core
/// wrote miss the cache on their first read, line after line.
template <class T> void prefetchElements(const std::vector<T>& v)
{
    const auto* p = reinterpret_cast<const char*>(v.data());
    for (std::size_t b = 0; b < v.size() * sizeof(T); b += 64)
        __builtin_prefetch(p + b);
}

template <class T> class Prefetcher {
public:
    /// Fills one item: true = filled, false = the end, or an error that ends the stream.
    using Produce = std::function<Result<bool>(T&)>;

    explicit Prefetcher(Produce produce)
        : m_produce(std::move(produce))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Prefetcher() { stop(); }
    Prefetcher(const Prefetcher&) = delete;
    Prefetcher& operator=(const Prefetcher&) = delete;

    /// Same contract as Produce, in the producer's order; `item` is swapped, not copied.
    Result<bool> next(T& item)
    {
        if (m_used >= m_current.size() && !takeChunk()) {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_error)
                return *m_error;
            return false;
        }
        std::swap(item, m_current[m_used++]);
        return true;
    }

    /// The item next() hands out after `skip` others, when it is already here (for a prefetch
    /// hint), else nullptr.
    [[nodiscard]] const T* peek(std::size_t skip = 0) const
    {
        return m_used + skip < m_current.size() ? &m_current[m_used + skip] : nullptr;
    }

    /// Stops producing ahead and joins the thread (the producer finishes its current chunk).
    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    static constexpr std::size_t kChunkItems = 1024;
    static constexpr std::size_t kMaxFullChunks = 8;
    using Chunk = std::vector<T>;

    void run()
    {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_full.size() < kMaxFullChunks; });
                if (m_stop)
                    return;
                if (!m_free.empty()) {
                    chunk = std::move(m_free.back());
                    m_free.pop_back();
                }
            }
            const bool more = fill(chunk);
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (!chunk.empty())
                    m_full.push_back(std::move(chunk));
                m_done = !more;
            }
            m_changed.notify_all();
            if (!more)
                return;
        }
    }

    // Fills a chunk; false once the stream ended (the end or an error, kept in m_error).
    bool fill(Chunk& chunk)
    {
        chunk.resize(kChunkItems);
        std::size_t n = 0;
        while (n < kChunkItems) {
            auto more = m_produce(chunk[n]);
            if (!more) {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_error = more.error();
            }
            if (!more || !*more) {
                chunk.resize(n);
                return false;
            }
            ++n;
        }
        return true;
    }

    bool takeChunk()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_current.empty())
            m_free.push_back(std::move(m_current));
        m_current.clear();
        m_used = 0;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return !m_full.empty() || m_done; });
        if (m_full.empty())
            return false;
        m_current = std::move(m_full.front());
        m_full.pop_front();
        m_changed.notify_all();
        return true;
    }

    Produce m_produce;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_full;
    std::vector<Chunk> m_free;
    Chunk m_current;
    std::size_t m_used = 0; ///< items of m_current already handed out
    bool m_done = false;
    bool m_stop = false;
    std::optional<Error> m_error;
    std::thread m_thread; ///< last: started once everything above exists
};

} // namespace sa::import
