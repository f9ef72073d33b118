#include "rollup/AppendedActivities.h"

#include "rollup/Rollup.h"
#include "rollup/RollupParts.h"
#include "store/Sqlite.h"

namespace sa::rollup {

AppendedActivities::AppendedActivities()
    : m_thread([this] { run(); })
{
    m_filling.reserve(kBatch);
}

AppendedActivities::~AppendedActivities()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Result<std::unique_ptr<AppendedActivities>> AppendedActivities::begin(const store::Connection& db)
{
    auto tables = parts::hasTables(db);
    if (!tables)
        return tables.error();
    if (!*tables)
        return std::unique_ptr<AppendedActivities> {};
    auto fp = activitiesFingerprint(db);
    if (!fp)
        return fp.error();
    auto found = readActivities(db, *fp);
    if (found.state != State::Current && fp->rows > 0)
        return std::unique_ptr<AppendedActivities> {};
    std::unique_ptr<AppendedActivities> a(new AppendedActivities());
    if (found.rollup)
        toAggregate(*found.rollup, a->m_agg, a->m_deals, a->m_clients, a->m_managers);
    return a;
}

void AppendedActivities::handOff()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_pending.empty(); });
    std::swap(m_pending, m_filling); // m_filling gets the thread's last (emptied) batch back
    m_changed.notify_all();
}

void AppendedActivities::run()
{
    std::vector<ActivityFacts> batch;
    bool sealed = false;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_pending.empty(); });
            sealed = m_sealed;
            if (m_pending.empty())
                break;
            std::swap(batch, m_pending);
        }
        m_changed.notify_all();
        for (const auto& row : batch)
            m_agg.add(row, m_deals, m_clients, m_managers);
        batch.clear();
    }
    if (sealed) // not when the import gave up
        m_payload = encode(fromAggregate(m_agg, m_deals, m_clients, m_managers));
}

void AppendedActivities::seal()
{
    if (!m_filling.empty())
        handOff();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = m_sealed = true;
    }
    m_changed.notify_all(); // the thread drains m_pending before it sees m_stop
}

Status AppendedActivities::store(store::Connection& db)
{
    seal();
    if (m_thread.joinable())
        m_thread.join();
    return storeActivities(db, m_payload);
}

} // namespace sa::rollup
