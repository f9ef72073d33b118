#include "metrics/AuditDataLoader.h"

#include <algorithm>
#include <ctime>
#include <thread>

namespace sa::metrics {

namespace {

std::int64_t i64(sqlite3_stmt* st, int c)
{
    return sqlite3_column_int64(st, c);
}
bool isNull(sqlite3_stmt* st, int c)
{
    return sqlite3_column_type(st, c) == SQLITE_NULL;
}
LocalSeconds timeOr(sqlite3_stmt* st, int c)
{
    return isNull(st, c) ? kNoTime : sqlite3_column_int64(st, c);
}
std::string_view text(sqlite3_stmt* st, int c)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st, c))) : std::string_view();
}
std::optional<Minor> optMinor(sqlite3_stmt* st, int c)
{
    return isNull(st, c) ? std::nullopt : std::optional<Minor>(sqlite3_column_int64(st, c));
}
/// Row of a referenced id column (kNone for NULL or an unknown id).
Row ref(sqlite3_stmt* st, int c, const IdIndex& index)
{
    return isNull(st, c) ? kNone : index.find(i64(st, c));
}
/// Interned text, kNone for NULL.
Row intern(sqlite3_stmt* st, int c, Dictionary& dict)
{
    return isNull(st, c) ? kNone : dict.intern(text(st, c));
}

Role parseRole(std::string_view s)
{
    if (s == "hunter")
        return Role::Hunter;
    if (s == "farmer")
        return Role::Farmer;
    if (s == "full_cycle")
        return Role::FullCycle;
    if (s == "sdr")
        return Role::Sdr;
    if (s == "rop")
        return Role::Rop;
    return Role::Other;
}

ActivityType parseType(std::string_view s)
{
    if (s == "call")
        return ActivityType::Call;
    if (s == "meeting")
        return ActivityType::Meeting;
    if (s == "email")
        return ActivityType::Email;
    if (s == "message")
        return ActivityType::Message;
    return ActivityType::Task;
}

template <class T> void buildIndex(const std::vector<T>& rows, IdIndex& index)
{
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const auto& r : rows)
        ids.push_back(r.id);
    index.build(ids);
}

void keepMax(LocalSeconds& slot, LocalSeconds t)
{
    slot = (slot == kNoTime || t > slot) ? t : slot;
}
void keepMin(LocalSeconds& slot, LocalSeconds t)
{
    slot = (slot == kNoTime || t < slot) ? t : slot;
}

} // namespace

namespace {
double threadCpu()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
} // namespace

Status AuditDataLoader::timed(const char* step, const std::function<Status()>& fn)
{
    const double t0 = threadCpu();
    auto s = fn();
    const double t = threadCpu() - t0;
    std::lock_guard lock(m_timingMutex);
    m_d.loadCpuSeconds.emplace_back(step, t);
    return s;
}

Status AuditDataLoader::forEachRow(const store::Connection& db, std::string_view sql, const RowFn& fn)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    sqlite3_stmt* h = st->handle();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(h)) == SQLITE_ROW)
        fn(h);
    if (rc != SQLITE_DONE)
        return Error::internal("reading the project failed: " + db.lastError());
    return {};
}

Status AuditDataLoader::run()
{
    const auto& db = m_project.db();
    auto info = m_project.auditInfo();
    if (!info)
        return info.error();
    m_auditAsOf = info->asOf;
    m_d.currency = info->currency;
    m_d.currencyCode = info->currency.code;
    prepareParams();
    if (auto s = loadSmallTables(db); !s)
        return s;
    if (auto s = loadBigTables(); !s)
        return s;
    const std::pair<const char*, void (AuditDataLoader::*)()> steps[] = { { "derive stage history",
                                                                              &AuditDataLoader::deriveStageHistory },
        { "derive leads", &AuditDataLoader::deriveLeads }, { "derive window", &AuditDataLoader::deriveWindow },
        { "derive revenue", &AuditDataLoader::deriveRevenue }, { "derive gm", &AuditDataLoader::deriveGrossMargin },
        { "derive employment", &AuditDataLoader::deriveEmployment }, { "derive facts", &AuditDataLoader::deriveFacts },
        { "derive med_stage", &AuditDataLoader::deriveStageMedians } };
    for (const auto& [name, fn] : steps)
        (void)timed(name, [&]() -> Status {
            (this->*fn)();
            return {};
        });
    return {};
}

Status AuditDataLoader::loadSmallTables(const store::Connection& db)
{
    for (auto fn : { &AuditDataLoader::loadManagers, &AuditDataLoader::loadStages, &AuditDataLoader::loadChannels,
             &AuditDataLoader::loadClients })
        if (auto s = (this->*fn)(db); !s)
            return s;
    return {};
}

Status AuditDataLoader::loadManagers(const store::Connection& db)
{
    auto s = forEachRow(db,
        "SELECT id, name, role, is_sales, hired_at, terminated_at, fte, team FROM managers ORDER BY id",
        [&](sqlite3_stmt* st) {
            Manager m;
            m.id = i64(st, 0);
            m.name = text(st, 1);
            m.role = parseRole(text(st, 2));
            m.isSales = i64(st, 3) != 0;
            m.hiredAt = timeOr(st, 4);
            m.terminatedAt = timeOr(st, 5);
            m.fte = sqlite3_column_double(st, 6);
            m.team = text(st, 7);
            m_d.managers.push_back(std::move(m));
        });
    buildIndex(m_d.managers, m_d.m_managerIndex);
    return s;
}

Status AuditDataLoader::loadStages(const store::Connection& db)
{
    auto s = forEachRow(db,
        "SELECT id, pipeline_name, name, ord, terminal, process_stage, mandatory, funnel_step,"
        " default_probability FROM stages ORDER BY id",
        [&](sqlite3_stmt* st) {
            Stage g;
            g.id = i64(st, 0);
            g.pipelineName = text(st, 1);
            g.name = text(st, 2);
            g.order = static_cast<int>(i64(st, 3));
            const auto t = text(st, 4);
            g.terminal = t == "won" ? Terminal::Won : t == "lost" ? Terminal::Lost : Terminal::None;
            g.processStage = text(st, 5);
            g.mandatory = i64(st, 6) != 0;
            const auto f = text(st, 7);
            g.funnelStep = f == "mql" ? FunnelStep::Mql : f == "sql" ? FunnelStep::Sql : FunnelStep::None;
            g.defaultProbability = isNull(st, 8) ? -1.0 : sqlite3_column_double(st, 8);
            m_d.stages.push_back(std::move(g));
        });
    buildIndex(m_d.stages, m_d.m_stageIndex);
    return s;
}

Status AuditDataLoader::loadChannels(const store::Connection& db)
{
    auto s = forEachRow(db, "SELECT id, name, type FROM channels ORDER BY id", [&](sqlite3_stmt* st) {
        m_d.channels.push_back({ i64(st, 0), std::string(text(st, 1)), std::string(text(st, 2)) });
    });
    buildIndex(m_d.channels, m_d.m_channelIndex);
    return s;
}

Status AuditDataLoader::loadClients(const store::Connection& db)
{
    auto s = forEachRow(db,
        "SELECT id, name, owner_id, created_at, category, segment, potential_amount, churned_at,"
        " churn_reason FROM clients ORDER BY id",
        [&](sqlite3_stmt* st) {
            Client c;
            c.id = i64(st, 0);
            c.name = text(st, 1);
            c.owner = ref(st, 2, m_d.m_managerIndex);
            c.createdAt = timeOr(st, 3);
            c.category = intern(st, 4, m_d.texts);
            c.segment = intern(st, 5, m_d.texts);
            c.potentialAmount = isNull(st, 6) ? 0 : i64(st, 6);
            c.churnedAt = timeOr(st, 7);
            c.churnReason = intern(st, 8, m_d.reasons);
            m_d.clients.push_back(std::move(c));
        });
    buildIndex(m_d.clients, m_d.m_clientIndex);
    return s;
}

Status AuditDataLoader::loadDeals(const store::Connection& db)
{
    const std::string_view sql
        = "SELECT id, created_at, closed_at, expected_close_date, stage_changed_at, amount, status, pipeline,"
          " probability, client_id, lead_id, owner_id, stage_id, channel_id, sales_channel, pipeline_name,"
          " loss_reason FROM deals ORDER BY id";
    auto s = forEachRow(db, sql, [&](sqlite3_stmt* st) {
        Deal d;
        d.id = i64(st, 0);
        d.createdAt = i64(st, 1);
        d.closedAt = timeOr(st, 2);
        d.expectedCloseDate = timeOr(st, 3);
        d.stageChangedAt = timeOr(st, 4);
        d.hasAmount = !isNull(st, 5);
        d.amount = d.hasAmount ? i64(st, 5) : 0;
        const auto status = text(st, 6);
        d.status = status == "won" ? DealStatus::Won : status == "lost" ? DealStatus::Lost : DealStatus::Open;
        d.pipeline = text(st, 7) == "account" ? Pipeline::Account : Pipeline::Acquisition;
        d.probability = isNull(st, 8) ? -1.0f : static_cast<float>(sqlite3_column_double(st, 8));
        d.client = ref(st, 9, m_d.m_clientIndex);
        m_leadIdOfDeal.push_back(isNull(st, 10) ? -1 : i64(st, 10));
        d.owner = ref(st, 11, m_d.m_managerIndex);
        d.stage = ref(st, 12, m_d.m_stageIndex);
        d.channel = ref(st, 13, m_d.m_channelIndex);
        d.salesChannel = intern(st, 14, m_d.texts);
        d.pipelineName = intern(st, 15, m_d.texts);
        d.lossReason = intern(st, 16, m_d.reasons);
        m_d.deals.push_back(d);
    });
    buildIndex(m_d.deals, m_d.m_dealIndex);
    return s;
}

Status AuditDataLoader::loadStageHistory(const store::Connection& db)
{
    // Read in storage order (no index walk); AuditDataDerive sorts only if the file is out of order.
    // Deal ids are resolved later (deriveStageHistory): this runs in parallel with loadDeals.
    return forEachRow(db, "SELECT deal_id, stage_id, entered_at, exited_at FROM stage_history", [&](sqlite3_stmt* st) {
        StageVisit v;
        v.stage = ref(st, 1, m_d.m_stageIndex);
        v.enteredAt = i64(st, 2);
        v.exitedAt = timeOr(st, 3);
        if (v.stage == kNone || isNull(st, 0))
            return;
        m_shDealIds.push_back(i64(st, 0));
        m_d.stageHistory.push_back(v);
    });
}

Status AuditDataLoader::loadLeads(const store::Connection& db)
{
    const std::string_view sql
        = "SELECT id, created_at, channel_id, direction, owner_id, mql_at, sql_at, disqualified_at,"
          " disqualify_reason, client_id, deal_id, channel_raw FROM leads ORDER BY id";
    auto s = forEachRow(db, sql, [&](sqlite3_stmt* st) {
        Lead l;
        l.id = i64(st, 0);
        l.createdAt = i64(st, 1);
        l.channel = ref(st, 2, m_d.m_channelIndex);
        const auto dir = text(st, 3);
        l.direction = dir == "inbound" ? Direction::Inbound
            : dir == "outbound"        ? Direction::Outbound
                                       : Direction::Unknown;
        l.owner = ref(st, 4, m_d.m_managerIndex);
        l.mqlAt = timeOr(st, 5);
        l.sqlAt = timeOr(st, 6);
        l.disqualifiedAt = timeOr(st, 7);
        const Row reason = intern(st, 8, m_d.reasons);
        l.client = ref(st, 9, m_d.m_clientIndex);
        l.deal = ref(st, 10, m_d.m_dealIndex);
        l.genericChannel = l.channel == kNone && m_d.isGeneric(text(st, 11));
        m_d.leads.push_back(l);
        m_leadReason.push_back(reason);
    });
    buildIndex(m_d.leads, m_d.m_leadIndex);
    return s;
}

Status AuditDataLoader::loadOrders(const store::Connection& db)
{
    const std::string_view sql = "SELECT id, client_id, deal_id, order_date, amount, gross_profit, status,"
                                 " product_category FROM orders ORDER BY id";
    return forEachRow(db, sql, [&](sqlite3_stmt* st) {
        Order o;
        o.id = i64(st, 0);
        o.client = ref(st, 1, m_d.m_clientIndex);
        o.deal = ref(st, 2, m_d.m_dealIndex);
        o.date = i64(st, 3);
        o.amount = i64(st, 4);
        o.hasGrossProfit = !isNull(st, 5);
        o.grossProfit = o.hasGrossProfit ? i64(st, 5) : 0;
        const auto status = text(st, 6);
        o.counts = status == "issued" || status == "paid";
        o.productCategory = intern(st, 7, m_d.texts);
        m_d.orders.push_back(o);
    });
}

Status AuditDataLoader::loadNps(const store::Connection& db)
{
    const std::string_view sql = "SELECT id, client_id, manager_id, respondent, responded_at, score, source, segment"
                                 " FROM nps_responses ORDER BY id";
    return forEachRow(db, sql, [&](sqlite3_stmt* st) {
        NpsResponse r;
        r.id = i64(st, 0);
        r.client = ref(st, 1, m_d.m_clientIndex);
        r.manager = ref(st, 2, m_d.m_managerIndex);
        r.respondent = intern(st, 3, m_d.texts);
        r.respondedAt = i64(st, 4);
        r.score = static_cast<int>(i64(st, 5));
        r.auditInterview = text(st, 6) == "audit_interview";
        r.segment = intern(st, 7, m_d.texts);
        if (r.segment == kNone && r.client != kNone)
            r.segment = m_d.clients[static_cast<std::size_t>(r.client)].segment;
        m_d.nps.push_back(r);
    });
}

Status AuditDataLoader::loadPlanning(const store::Connection& db)
{
    auto s = forEachRow(
        db, "SELECT month, channel_id, cost FROM channel_costs ORDER BY month, channel_id", [&](sqlite3_stmt* st) {
            m_d.channelCosts.push_back({ monthIndex(i64(st, 0)), ref(st, 1, m_d.m_channelIndex), i64(st, 2) });
        });
    if (!s)
        return s;
    s = forEachRow(db,
        "SELECT month, scope, scope_id, scope_ref, revenue_plan, new_business_plan, new_clients_plan,"
        " forecast_amount, forecast_made_at FROM plans ORDER BY month, id",
        [&](sqlite3_stmt* st) {
            PlanRow p;
            p.month = monthIndex(i64(st, 0));
            p.scope = text(st, 1);
            if (p.scope == "manager")
                p.manager = ref(st, 2, m_d.m_managerIndex);
            if (p.scope == "channel")
                p.channel = ref(st, 2, m_d.m_channelIndex);
            p.scopeRef = text(st, 3);
            p.revenuePlan = optMinor(st, 4);
            p.newBusinessPlan = optMinor(st, 5);
            p.newClientsPlan = optMinor(st, 6);
            p.forecastAmount = optMinor(st, 7);
            p.forecastMadeAt = timeOr(st, 8);
            m_d.plans.push_back(std::move(p));
        });
    if (!s)
        return s;
    return forEachRow(db,
        "SELECT month, revenue, gross_profit, net_profit, sales_team_cost, marketing_cost FROM financials"
        " ORDER BY month",
        [&](sqlite3_stmt* st) {
            m_d.financials.push_back({ monthIndex(i64(st, 0)), optMinor(st, 1), optMinor(st, 2), optMinor(st, 3),
                optMinor(st, 4), optMinor(st, 5) });
        });
}

void ActivityAgg::init(std::size_t deals, std::size_t clients, std::size_t managers)
{
    dealDone.assign(deals, 0);
    dealLastDone.assign(deals, kNoTime);
    dealFirstContact.assign(deals, kNoTime);
    dealLastPlanned.assign(deals, kNoTime);
    clientLastDone.assign(clients, kNoTime);
    grids.assign(managers + 1, {});
}

ActivityDay& ActivityAgg::day(Row manager, LocalSeconds at)
{
    auto& g = grids[static_cast<std::size_t>(manager + 1)];
    const std::int64_t d = (at >= 0 ? at : at - kSecondsPerDay + 1) / kSecondsPerDay;
    if (g.days.empty())
        g.dayBase = d;
    if (d < g.dayBase) { // rare: a day before the first one seen; grow at the front
        g.days.insert(g.days.begin(), static_cast<std::size_t>(g.dayBase - d), ActivityDay {});
        g.dayBase = d;
    }
    const auto k = static_cast<std::size_t>(d - g.dayBase);
    if (k >= g.days.size())
        g.days.resize(k + 1);
    auto& slot = g.days[k];
    slot.manager = manager;
    slot.day = d * kSecondsPerDay;
    return slot;
}

Status AuditDataLoader::loadActivities(
    const store::Connection& db, std::int64_t fromId, std::int64_t toId, ActivityAgg& agg)
{
    auto st = db.prepare("SELECT manager_id, type, status, done_at, due_at, deal_id, client_id, lead_id, direction,"
                         " outcome FROM activities WHERE id BETWEEN ? AND ?");
    if (!st)
        return st.error();
    st->bind(1, fromId).bind(2, toId);
    sqlite3_stmt* h = st->handle();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(h)) == SQLITE_ROW) {
        ++agg.rows;
        const Row deal = ref(h, 5, m_d.m_dealIndex);
        const auto status = text(h, 2);
        if (status == "planned") {
            ++agg.planned;
            if (deal != kNone && !isNull(h, 4))
                keepMax(agg.dealLastPlanned[static_cast<std::size_t>(deal)], i64(h, 4));
            continue;
        }
        if (status != "done" || isNull(h, 3))
            continue;
        ++agg.done;
        const LocalSeconds at = i64(h, 3);
        keepMax(agg.latest, at);
        const ActivityType type = parseType(text(h, 1));
        auto& day = agg.day(ref(h, 0, m_d.m_managerIndex), at);
        ++day.count[static_cast<int>(type)];
        if (type == ActivityType::Call && !text(h, 9).empty())
            ++day.callsWithOutcome;
        const bool contact = type != ActivityType::Task && text(h, 8) != "inbound";
        if (deal != kNone) {
            const auto k = static_cast<std::size_t>(deal);
            ++agg.dealDone[k];
            keepMax(agg.dealLastDone[k], at);
            if (contact)
                keepMin(agg.dealFirstContact[k], at);
        }
        if (const Row client = ref(h, 6, m_d.m_clientIndex); client != kNone)
            keepMax(agg.clientLastDone[static_cast<std::size_t>(client)], at);
        if (contact && !isNull(h, 7))
            agg.leadContacts.emplace_back(i64(h, 7), at);
    }
    if (rc != SQLITE_DONE)
        return Error::internal("reading activities failed: " + db.lastError());
    return {};
}

namespace {
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
} // namespace

Status AuditDataLoader::loadBigTables()
{
    // Two readers of our own let two cores read different tables at once; without a file path
    // (or when a reader cannot be opened) everything runs on the project's connection in turn.
    auto first = readerConnection(m_project.path());
    auto second = m_options.parallel && first ? readerConnection(m_project.path()) : std::nullopt;
    const auto& one = first ? *first : m_project.db();
    const auto& two = second ? *second : one;
    auto both = [&](const std::function<Status()>& a, const std::function<Status()>& b) -> Status {
        if (!second) {
            auto s = a();
            return s ? b() : s;
        }
        Status sb;
        std::thread t([&] { sb = b(); });
        auto sa = a();
        t.join();
        return !sa ? sa : sb;
    };
    auto step = [&](const char* name, Status (AuditDataLoader::*fn)(const store::Connection&),
                    const store::Connection& c) { return timed(name, [&] { return (this->*fn)(c); }); };
    // Phase 1: deals ‖ stage history + planning (no Dictionary use there: loadDeals interns).
    auto s = both([&] { return step("deals", &AuditDataLoader::loadDeals, one); },
        [&]() -> Status {
            auto r = step("stage_history", &AuditDataLoader::loadStageHistory, two);
            return r ? step("planning", &AuditDataLoader::loadPlanning, two) : r;
        });
    if (!s)
        return s;
    auto range = one.prepare("SELECT MIN(id), MAX(id) FROM activities");
    if (!range)
        return range.error();
    if (auto r = range->step(); !r)
        return r.error();
    const std::int64_t lo = range->getInt(0), hi = range->getInt(1);
    // Phase 2: activities split by id; the first half also reads orders, leads and NPS.
    const std::int64_t mid = lo + (hi - lo) * 45 / 100; // the first reader also reads orders, leads, NPS
    std::vector<ActivityAgg> parts(2);
    for (auto& p : parts)
        p.init(m_d.deals.size(), m_d.clients.size(), m_d.managers.size());
    s = both(
        [&]() -> Status {
            for (auto [name, fn] : { std::pair { "orders", &AuditDataLoader::loadOrders },
                     std::pair { "leads", &AuditDataLoader::loadLeads },
                     std::pair { "nps", &AuditDataLoader::loadNps } })
                if (auto r = step(name, fn, one); !r)
                    return r;
            return timed("activities#1", [&] { return loadActivities(one, lo, mid, parts[0]); });
        },
        [&] { return timed("activities#2", [&] { return loadActivities(two, mid + 1, hi, parts[1]); }); });
    if (!s)
        return s;
    return timed("activities merge", [&]() -> Status {
        mergeActivities(parts);
        return {};
    });
    return {};
}

void AuditDataLoader::mergeActivities(std::vector<ActivityAgg>& parts)
{
    auto& a = parts[0];
    for (std::size_t p = 1; p < parts.size(); ++p) {
        const auto& b = parts[p];
        for (std::size_t i = 0; i < a.dealDone.size(); ++i) {
            a.dealDone[i] += b.dealDone[i];
            if (b.dealLastDone[i] != kNoTime)
                keepMax(a.dealLastDone[i], b.dealLastDone[i]);
            if (b.dealFirstContact[i] != kNoTime)
                keepMin(a.dealFirstContact[i], b.dealFirstContact[i]);
            if (b.dealLastPlanned[i] != kNoTime)
                keepMax(a.dealLastPlanned[i], b.dealLastPlanned[i]);
        }
        for (std::size_t i = 0; i < a.clientLastDone.size(); ++i)
            if (b.clientLastDone[i] != kNoTime)
                keepMax(a.clientLastDone[i], b.clientLastDone[i]);
        a.leadContacts.insert(a.leadContacts.end(), b.leadContacts.begin(), b.leadContacts.end());
        for (std::size_t g = 0; g < b.grids.size(); ++g)
            for (const auto& day : b.grids[g].days)
                if (day.total() > 0) {
                    auto& slot = a.day(day.manager, day.day);
                    for (int t = 0; t < kActivityTypes; ++t)
                        slot.count[t] += day.count[t];
                    slot.callsWithOutcome += day.callsWithOutcome;
                }
        a.rows += b.rows;
        a.done += b.done;
        a.planned += b.planned;
        if (b.latest != kNoTime)
            keepMax(a.latest, b.latest);
    }
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
