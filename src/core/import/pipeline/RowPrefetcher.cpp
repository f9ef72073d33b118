#include "RowPrefetcher.h"

namespace sa::import {

namespace {
constexpr std::size_t kChunkRows = 1024;
constexpr std::size_t kMaxFullChunks = 8;
} // namespace

RowPrefetcher::RowPrefetcher(std::unique_ptr<TableSource> source)
    : m_source(std::move(source))
{
    m_thread = std::thread([this] { produce(); });
}

RowPrefetcher::~RowPrefetcher()
{
    stop();
}

void RowPrefetcher::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RowPrefetcher::produce()
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
        chunk.resize(kChunkRows);
        std::size_t n = 0;
        std::optional<Error> error;
        bool end = false;
        while (n < kChunkRows) {
            auto more = m_source->next(chunk[n]);
            if (!more) {
                error = more.error();
                break;
            }
            if (!*more) {
                end = true;
                break;
            }
            ++n;
        }
        chunk.resize(n);
        m_progress.store(m_source->progress());
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (n > 0)
                m_full.push_back(std::move(chunk));
            if (error)
                m_error = std::move(error);
            m_producerDone = end || m_error.has_value();
        }
        m_changed.notify_all();
        if (end || error)
            return;
    }
}

bool RowPrefetcher::takeChunk()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_current.empty())
        m_free.push_back(std::move(m_current));
    m_current.clear();
    m_used = 0;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return !m_full.empty() || m_producerDone; });
    if (m_full.empty())
        return false;
    m_current = std::move(m_full.front());
    m_full.pop_front();
    m_changed.notify_all();
    return true;
}

Result<bool> RowPrefetcher::next(Row& row)
{
    if (m_used >= m_current.size() && !takeChunk()) {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_error)
            return *m_error;
        return false;
    }
    std::swap(row, m_current[m_used++]);
    return true;
}

} // namespace sa::import
