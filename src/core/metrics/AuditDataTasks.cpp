// The big tables (deals, stage history, activities) read in id-range chunks by two workers, each on a
// read-only connection of its own: whichever worker is free takes the next chunk, so a loaded
// machine or a skewed table still keeps both cores busy. Chunks are merged in id order, so the
// result is identical to a single sequential read.
#include "metrics/AuditDataLoader.h"
#include "rollup/Rollup.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <ctime>
#include <thread>

namespace sa::metrics {

namespace {

constexpr int kDealChunks = 8;
constexpr int kStageChunks = 8;
constexpr int kActivityChunks = 16;

/// A read-only connection of our own with memory-mapped I/O (no copy through read(2) per page).
std::optional<store::Connection> readerConnection(const std::string& path)
{
    if (path.empty())
        return std::nullopt;
    auto c = store::Connection::open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    if (!c || !store::configureConnection(*c, store::OpenMode::ReadOnly))
        return std::nullopt;
    if (!c->exec("PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -65536"))
        return std::nullopt;
    return std::move(*c);
}

/// [min(id), max(id)] of a table (hi < lo when empty) and whether every id between exists. Three
/// separate statements: "SELECT MIN(id), MAX(id)" in one would scan the whole table, while each
/// alone is a b-tree seek, and count(*) only counts cells per page.
Status idRange(const store::Connection& db, const std::string& table, IdRange& out)
{
    std::optional<std::int64_t> v[3];
    const std::string sql[3]
        = { "SELECT min(id) FROM " + table, "SELECT max(id) FROM " + table, "SELECT count(*) FROM " + table };
    for (int i = 0; i < 3; ++i) {
        auto r = db.scalarInt(sql[i]);
        if (!r)
            return r.error();
        v[i] = *r;
    }
    const std::int64_t rows = v[2].value_or(0);
    out = !v[0] || !v[1] ? IdRange {} : IdRange { *v[0], *v[1], rows == *v[1] - *v[0] + 1, rows };
    return {};
}

/// `range` cut into n consecutive sub-ranges of (nearly) equal id span.
std::vector<IdRange> split(IdRange range, int n)
{
    std::vector<IdRange> out;
    if (range.hi < range.lo)
        return out;
    const std::int64_t span = range.hi - range.lo + 1;
    const std::int64_t parts = std::min<std::int64_t>(n, span);
    for (std::int64_t k = 0; k < parts; ++k)
        out.push_back({ range.lo + span * k / parts, range.lo + span * (k + 1) / parts - 1, range.dense, 0 });
    return out;
}

} // namespace

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double AuditDataLoader::elapsed() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_begin).count();
}

void AuditDataLoader::addCpu(const char* step, double seconds, double wallStart)
{
    const double end = elapsed();
    std::lock_guard lock(m_timingMutex);
    auto it = std::find(m_threads.begin(), m_threads.end(), std::this_thread::get_id());
    if (it == m_threads.end())
        it = m_threads.insert(it, std::this_thread::get_id());
    m_d.loadTimeline.push_back({ step, static_cast<int>(it - m_threads.begin()), wallStart, end });
    for (auto& [name, cpu] : m_d.loadCpuSeconds)
        if (name == step) {
            cpu += seconds;
            return;
        }
    m_d.loadCpuSeconds.emplace_back(step, seconds);
}

Status AuditDataLoader::runTasks(
    const std::vector<LoadTask>& tasks, const store::Connection& one, const store::Connection* two)
{
    std::atomic<std::size_t> next { 0 };
    std::atomic<bool> failed { false };
    Status errors[2];
    auto work = [&](const store::Connection& db, int worker) {
        for (std::size_t i = next++; i < tasks.size() && !failed; i = next++) {
            const double t0 = threadCpuSeconds(), w0 = elapsed();
            if (auto s = tasks[i].run(db, worker); !s) {
                errors[worker] = s;
                failed = true;
            }
            addCpu(tasks[i].step, threadCpuSeconds() - t0, w0);
        }
    };
    if (two) {
        std::thread helper([&] { work(*two, 1); });
        work(one, 0);
        helper.join();
    } else {
        work(one, 0);
    }
    return !errors[0] ? errors[0] : errors[1];
}

Status AuditDataLoader::loadBigTables()
{
    // Without a file path (or when a reader cannot be opened) everything runs on the project's
    // connection on this thread.
    auto first = readerConnection(m_project.path());
    auto second = m_options.parallel && first ? readerConnection(m_project.path()) : std::nullopt;
    const auto& one = first ? *first : m_project.db();
    const store::Connection* two = second ? &*second : nullptr;
    IdRange ranges[3];
    std::optional<rollup::ActivityRollup> stored;
    std::optional<rollup::DealSnapshot> snapshot;
    if (auto s = readRollups(one, two, ranges, stored, snapshot); !s)
        return s;

    // Phase 2: the small tables, deals unless the snapshot has them (then already indexed:
    // everything after them resolves deal ids to rows), stage history, activities unless rolled
    // up (then the rollup's ids resolved to rows). Longest tasks first.
    std::vector<StageChunk> stages;
    std::vector<LoadTask> tasks;
    if (snapshot) {
        tasks = snapshotTasks(*snapshot);
    } else {
        if (auto s = loadDealTables(one, two, ranges[0]); !s)
            return s;
        tasks = stageTasks(ranges[1], stages);
    }
    const auto activityRanges = stored ? std::vector<IdRange> {} : split(ranges[2], kActivityChunks);
    std::vector<rollup::ActivityAgg> parts(stored ? 1 : 2);
    for (auto& p : parts)
        p.init(m_d.deals.size(), m_d.clients.size(), m_d.managers.size());
    Dictionary npsTexts;
    auto small = smallTableTasks(npsTexts);
    tasks.insert(tasks.begin(), small.begin(), small.end());
    if (stored)
        tasks.push_back({ "activities rollup", [&](const store::Connection&, int) {
                             rollup::toAggregate<const IdIndex>(
                                 *stored, parts[0], m_d.m_dealIndex, m_d.m_clientIndex, m_d.m_managerIndex);
                             return Status {};
                         } });
    for (std::size_t k = 0; k < activityRanges.size(); ++k)
        tasks.push_back({ "activities", [&, k](const store::Connection& db, int worker) {
                             return loadActivities(db, activityRanges[k], parts[static_cast<std::size_t>(worker)]);
                         } });
    if (auto s = runTasks(tasks, one, two); !s)
        return s;
    const double t1 = threadCpuSeconds(), w1 = elapsed();
    mergeNpsTexts(npsTexts);
    if (snapshot)
        closeSnapshotVisits();
    else
        mergeStageHistory(stages);
    if (!stored)
        parts[0].absorb(parts[1]); // same slot spaces: the sum of the two workers' halves
    applyActivities(parts[0]);
    addCpu("stage/activity merge", threadCpuSeconds() - t1, w1);
    // Closing a reader unmaps its view of the file and the decoded rollups free ~0.2 GB: tens of
    // milliseconds at 1M deals, done on a thread of their own while the derivations run.
    m_retire = std::thread([c1 = std::move(first), c2 = std::move(second), s = std::move(snapshot),
                               r = std::move(stored), p = std::move(parts)]() mutable {
        c1.reset();
        c2.reset();
        s.reset();
        r.reset();
        p.clear();
    });
    return {};
}

Status AuditDataLoader::readRollups(const store::Connection& one, const store::Connection* two, IdRange (&ranges)[3],
    std::optional<rollup::ActivityRollup>& stored, std::optional<rollup::DealSnapshot>& snapshot)
{
    // Phase 1: the two rollups (read + decode), side by side, each after the id ranges (count(*)
    // walks an index: worth a thread) of the tables it stands for; and the clients (every later
    // step resolves client ids; the only task here that interns text).
    std::vector<LoadTask> tasks;
    tasks.push_back({ "deals snapshot", [&](const store::Connection& db, int) -> Status {
                         for (int k : { 0, 1 })
                             if (auto s = idRange(db, k == 0 ? "deals" : "stage_history", ranges[k]); !s)
                                 return s;
                         readSnapshot(db, ranges[0], ranges[1], snapshot);
                         if (snapshot)
                             sizeSnapshotRows(*snapshot);
                         return {};
                     } });
    tasks.push_back({ "activities rollup", [&](const store::Connection& db, int) -> Status {
                         if (auto s = idRange(db, "activities", ranges[2]); !s)
                             return s;
                         readRollup(db, ranges[2], stored);
                         return {};
                     } });
    tasks.push_back({ "clients", [&](const store::Connection& db, int) { return loadClients(db); } });
    return runTasks(tasks, one, two);
}

std::vector<LoadTask> AuditDataLoader::smallTableTasks(Dictionary& npsTexts)
{
    // Each its own task. Orders intern into the project's texts and leads into its reasons; the NPS
    // texts go to a dictionary of their own, appended afterwards (mergeNpsTexts): the rows come out
    // as one reader's orders → leads → nps would give them.
    auto one = [this](Status (AuditDataLoader::*fn)(const store::Connection&)) {
        return [this, fn](const store::Connection& db, int) { return (this->*fn)(db); };
    };
    return { { "orders", one(&AuditDataLoader::loadOrders) }, { "leads", one(&AuditDataLoader::loadLeads) },
        { "nps", [this, &npsTexts](const store::Connection& db, int) { return loadNps(db, npsTexts); } },
        { "plans", one(&AuditDataLoader::loadPlanning) } };
}

void AuditDataLoader::mergeNpsTexts(const Dictionary& npsTexts)
{
    const auto rows = m_d.texts.absorb(npsTexts);
    auto global = [&](Row r) { return r == kNone ? kNone : rows[static_cast<std::size_t>(r)]; };
    for (auto& r : m_d.nps) {
        r.respondent = global(r.respondent);
        r.segment = global(r.segment);
        if (r.segment == kNone && r.client != kNone)
            r.segment = m_d.clients[static_cast<std::size_t>(r.client)].segment;
    }
}

Status AuditDataLoader::loadDealTables(const store::Connection& one, const store::Connection* two, IdRange range)
{
    const auto dealRanges = split(range, kDealChunks);
    std::vector<DealChunk> deals(dealRanges.size());
    std::vector<LoadTask> tasks;
    for (std::size_t k = 0; k < dealRanges.size(); ++k)
        tasks.push_back(
            { "deals", [&, k](const store::Connection& db, int) { return loadDeals(db, dealRanges[k], deals[k]); } });
    if (auto s = runTasks(tasks, one, two); !s)
        return s;
    const double t0 = threadCpuSeconds(), w0 = elapsed();
    mergeDeals(deals);
    addCpu("deals merge", threadCpuSeconds() - t0, w0);
    return {};
}

std::vector<LoadTask> AuditDataLoader::stageTasks(IdRange range, std::vector<StageChunk>& out) const
{
    std::vector<LoadTask> tasks;
    const auto stageRanges = split(range, kStageChunks);
    out.resize(stageRanges.size());
    for (std::size_t k = 0; k < stageRanges.size(); ++k)
        tasks.push_back({ "stage_history",
            [&, k, r = stageRanges[k]](const store::Connection& db, int) { return loadStageHistory(db, r, out[k]); } });
    return tasks;
}

void AuditDataLoader::mergeDeals(std::vector<DealChunk>& chunks)
{
    std::size_t total = 0;
    for (const auto& c : chunks)
        total += c.deals.size();
    if (chunks.size() > 1)
        m_d.deals.reserve(total);
    m_leadIdOfDeal.reserve(total);
    for (auto& c : chunks) {
        // Local dictionary rows → the project-wide ones (a handful of distinct values per chunk).
        const auto texts = m_d.texts.absorb(c.texts), reasons = m_d.reasons.absorb(c.reasons);
        auto remap
            = [](Row r, const std::vector<Row>& to) { return r == kNone ? kNone : to[static_cast<std::size_t>(r)]; };
        for (auto& d : c.deals) {
            d.salesChannel = remap(d.salesChannel, texts);
            d.pipelineName = remap(d.pipelineName, texts);
            d.lossReason = remap(d.lossReason, reasons);
        }
        if (m_d.deals.empty()) // one chunk (the snapshot): no copy
            m_d.deals = std::move(c.deals);
        else
            m_d.deals.insert(m_d.deals.end(), c.deals.begin(), c.deals.end());
        m_leadIdOfDeal.insert(m_leadIdOfDeal.end(), c.leadIds.begin(), c.leadIds.end());
        c = {};
    }
    std::vector<std::int64_t> ids;
    ids.reserve(m_d.deals.size());
    for (const auto& d : m_d.deals)
        ids.push_back(d.id);
    m_d.m_dealIndex.build(ids);
}

void AuditDataLoader::mergeStageHistory(std::vector<StageChunk>& chunks)
{
    std::size_t total = 0;
    for (const auto& c : chunks)
        total += c.visits.size();
    for (auto& c : chunks) {
        if (&c == &chunks.front() && m_d.stageHistory.empty()) { // its vector, grown: one copy less
            m_d.stageHistory = std::move(c.visits);
            m_d.stageHistory.reserve(total);
        } else {
            m_d.stageHistory.insert(m_d.stageHistory.end(), c.visits.begin(), c.visits.end());
        }
        c = {};
    }
}

void AuditDataLoader::readRollup(
    const store::Connection& db, IdRange activities, std::optional<rollup::ActivityRollup>& out)
{
    m_d.activitySource = "table";
    if (!rollupsAllowed()) {
        m_d.activitySourceNote = "rollup not used (SA_NO_ROLLUP=1 or LoadOptions)";
        return;
    }
    // Managers are loaded (in id order) before the big tables.
    const rollup::Fingerprint now { activities.rows,
        activities.hi < activities.lo ? std::nullopt : std::optional(activities.hi),
        static_cast<std::int64_t>(m_d.managers.size()),
        m_d.managers.empty() ? std::nullopt : std::optional(m_d.managers.back().id) };
    auto found = rollup::readActivities(db, now);
    if (found.state != rollup::State::Current) {
        m_d.activitySourceNote = std::string("rollup ") + rollup::toString(found.state) + ": " + found.reason;
        return;
    }
    m_d.activitySource = "rollup";
    out = std::move(found.rollup);
}

bool AuditDataLoader::rollupsAllowed() const
{
    const char* env = std::getenv("SA_NO_ROLLUP");
    return m_options.useRollup && !(env && std::string_view(env) == "1");
}

void AuditDataLoader::applyActivities(rollup::ActivityAgg& a)
{
    for (std::size_t i = 0; i < m_d.deals.size(); ++i) {
        auto& d = m_d.deals[i];
        d.doneActivities = a.dealDone[i];
        d.lastDoneActivityAt = a.dealLastDone[i];
        d.firstContactAt = a.dealFirstContact[i];
        d.lastPlannedDueAt = a.dealLastPlanned[i];
        if (d.client != kNone && d.lastDoneActivityAt != kNoTime)
            keepMax(a.clientLastDone[static_cast<std::size_t>(d.client)], d.lastDoneActivityAt);
    }
    for (std::size_t i = 0; i < m_d.clients.size(); ++i)
        m_d.clients[i].lastDoneActivityAt = a.clientLastDone[i];
    for (const auto& [leadId, at] : a.leadContacts)
        if (const Row l = m_d.m_leadIndex.find(leadId); l != kNone)
            keepMin(m_d.leads[static_cast<std::size_t>(l)].firstContactAt, at);
    for (const auto& g : a.grids)
        for (const auto& day : g.days)
            if (day.total() > 0)
                m_d.activityDays.push_back(day);
    m_d.activityRows = a.rows;
    m_d.doneActivities = a.done;
    m_d.plannedActivities = a.planned;
    m_d.latestDate = a.latest;
}

} // namespace sa::metrics
