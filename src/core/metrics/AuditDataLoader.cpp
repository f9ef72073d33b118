#include "metrics/AuditDataLoader.h"

#include "metrics/AuditDataColumns.h"
#include "metrics/TwoThreads.h"
#include "store/RowLoop.h"

#include <algorithm>
#include <thread>

namespace sa::metrics {

using namespace columns;

namespace {

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

/// Room for every row of `table` (count(*): an index walk, no row decoding) before it is read.
template <class C> void reserveRows(const store::Connection& db, const char* table, C& rows)
{
    if (auto n = db.scalarInt(std::string("SELECT count(*) FROM ") + table); n && n->value_or(0) > 0)
        rows.reserve(static_cast<std::size_t>(**n));
}

template <class T> void buildIndex(const std::vector<T>& rows, IdIndex& index)
{
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const auto& r : rows)
        ids.push_back(r.id);
    index.build(ids);
}

} // namespace

Status AuditDataLoader::timed(const char* step, const std::function<Status()>& fn)
{
    const double t0 = threadCpuSeconds(), w0 = elapsed();
    auto s = fn();
    addCpu(step, threadCpuSeconds() - t0, w0);
    return s;
}

Status AuditDataLoader::forEachRow(const store::Connection& db, std::string_view sql, const RowFn& fn)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    return store::eachRow(db, *st, fn);
}

AuditDataLoader::~AuditDataLoader()
{
    if (m_retire.joinable())
        m_retire.join();
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
    derive();
    if (m_retire.joinable())
        m_retire.join();
    return {};
}

void AuditDataLoader::derive()
{
    using Step = std::pair<const char*, void (AuditDataLoader::*)()>;
    auto run = [this](std::initializer_list<Step> steps) {
        for (const auto& step : steps) {
            const auto fn = step.second; // clang 14 cannot capture structured bindings
            (void)timed(step.first, [&]() -> Status {
                (this->*fn)();
                return {};
            });
        }
    };
    run({ { "derive stage history", &AuditDataLoader::deriveStageHistory },
        { "derive non-target", &AuditDataLoader::deriveNonTarget } });
    // Two independent lanes: leads → revenue writes leads, deals' lead and channel, clients and the
    // revenue book; the other reads none of these and writes only the window, managers and facts.
    auto revenueLane = [&] {
        run({ { "derive leads", &AuditDataLoader::deriveLeads },
            { "derive revenue", &AuditDataLoader::deriveRevenue } });
    };
    auto windowLane = [&] {
        run({ { "derive window", &AuditDataLoader::deriveWindow },
            { "derive employment", &AuditDataLoader::deriveEmployment },
            { "derive facts", &AuditDataLoader::deriveFacts },
            { "derive med_stage", &AuditDataLoader::deriveStageMedians } });
    };
    runOnTwoThreads({ revenueLane, windowLane }, m_options.parallel);
    run({ { "derive gm", &AuditDataLoader::deriveGrossMargin } });
}

Status AuditDataLoader::loadSmallTables(const store::Connection& db)
{
    // Clients come in phase 1 of loadBigTables, beside the rollups (before anything interns a text
    // after them).
    for (auto fn : { &AuditDataLoader::loadManagers, &AuditDataLoader::loadStages, &AuditDataLoader::loadChannels })
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
    reserveRows(db, "clients", m_d.clients);
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

namespace {
/// Steps "SELECT <columns> FROM <table>" over an id range and calls fn per row (inlined, no
/// std::function).
template <class Fn> Status forEachInRange(const store::Connection& db, std::string_view select, IdRange range, Fn&& fn)
{
    const std::string where = range.dense ? " WHERE id >= ? LIMIT ?" : " WHERE id BETWEEN ? AND ?";
    auto st = db.prepare(std::string(select) + where);
    if (!st)
        return st.error();
    st->bind(1, range.lo).bind(2, range.dense ? range.hi - range.lo + 1 : range.hi);
    return store::eachRow(db, *st, fn);
}

/// Upper bound of the rows of an id range, capped so that a sparse range does not over-allocate.
std::size_t expectedRows(IdRange r)
{
    return static_cast<std::size_t>(std::clamp<std::int64_t>(r.hi - r.lo + 1, 0, 1 << 22));
}
} // namespace

Status AuditDataLoader::loadDeals(const store::Connection& db, IdRange range, DealChunk& out) const
{
    out.deals.reserve(expectedRows(range));
    out.leadIds.reserve(expectedRows(range));
    return forEachInRange(db, rollup::kDealColumns, range, [&](sqlite3_stmt* st) {
        Deal d;
        d.id = i64(st, 0);
        d.createdAt = i64(st, 1);
        d.closedAt = timeOr(st, 2);
        d.expectedCloseDate = timeOr(st, 3);
        d.stageChangedAt = timeOr(st, 4);
        const auto amount = optInt(st, 5);
        d.hasAmount = amount.has_value();
        d.amount = amount.value_or(0);
        d.status = rollup::parseDealStatus(text(st, 6));
        d.pipeline = rollup::parsePipeline(text(st, 7));
        d.probability = isNull(st, 8) ? -1.0f : static_cast<float>(sqlite3_column_double(st, 8));
        d.client = ref(st, 9, m_d.m_clientIndex);
        out.leadIds.push_back(optInt(st, 10).value_or(-1));
        d.owner = ref(st, 11, m_d.m_managerIndex);
        d.stage = ref(st, 12, m_d.m_stageIndex);
        d.channel = ref(st, 13, m_d.m_channelIndex);
        d.salesChannel = intern(st, 14, out.texts);
        d.pipelineName = intern(st, 15, out.texts);
        d.lossReason = intern(st, 16, out.reasons);
        out.deals.push_back(d);
    });
}

Status AuditDataLoader::loadStageHistory(const store::Connection& db, IdRange range, StageChunk& out) const
{
    // Storage (id) order; AuditDataDerive sorts only if the file is out of order.
    out.visits.reserve(expectedRows(range));
    return forEachInRange(db, rollup::kStageColumns, range, [&](sqlite3_stmt* st) {
        StageVisit v;
        v.deal = ref(st, 0, m_d.m_dealIndex);
        v.stage = ref(st, 1, m_d.m_stageIndex);
        if (v.stage == kNone || v.deal == kNone)
            return;
        v.enteredAt = i64(st, 2);
        v.exitedAt = timeOr(st, 3);
        out.visits.push_back(v);
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
    // Without a leads table every deal stands for its lead (deriveLeads fills them in): the rows
    // are made here, beside the other readers, rather than on the derivations' path.
    m_d.leadsDerived = s && m_d.leads.empty() && !m_d.deals.empty();
    if (m_d.leadsDerived)
        m_d.leads.resize(m_d.deals.size());
    return s;
}

Status AuditDataLoader::loadOrders(const store::Connection& db)
{
    reserveRows(db, "orders", m_d.orders);
    const std::string_view sql = "SELECT id, client_id, deal_id, order_date, amount, gross_profit, status,"
                                 " product_category FROM orders ORDER BY id";
    return forEachRow(db, sql, [&](sqlite3_stmt* st) {
        Order o;
        o.id = i64(st, 0);
        o.client = ref(st, 1, m_d.m_clientIndex);
        o.deal = ref(st, 2, m_d.m_dealIndex);
        o.date = i64(st, 3);
        o.amount = i64(st, 4);
        const auto gp = optInt(st, 5);
        o.hasGrossProfit = gp.has_value();
        o.grossProfit = gp.value_or(0);
        const auto status = text(st, 6);
        o.counts = status == "issued" || status == "paid";
        o.productCategory = intern(st, 7, m_d.texts);
        m_d.orders.push_back(o);
    });
}

Status AuditDataLoader::loadNps(const store::Connection& db, Dictionary& texts)
{
    // Rows of `texts` until mergeNpsTexts, which also fills the segment from the client.
    const std::string_view sql = "SELECT id, client_id, manager_id, respondent, responded_at, score, source, segment"
                                 " FROM nps_responses ORDER BY id";
    return forEachRow(db, sql, [&](sqlite3_stmt* st) {
        NpsResponse r;
        r.id = i64(st, 0);
        r.client = ref(st, 1, m_d.m_clientIndex);
        r.manager = ref(st, 2, m_d.m_managerIndex);
        r.respondent = intern(st, 3, texts);
        r.respondedAt = i64(st, 4);
        r.score = static_cast<int>(i64(st, 5));
        r.auditInterview = text(st, 6) == "audit_interview";
        r.segment = intern(st, 7, texts);
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

Status AuditDataLoader::loadActivities(const store::Connection& db, IdRange range, rollup::ActivityAgg& agg) const
{
    return forEachInRange(db, rollup::kActivityColumns, range,
        [&](sqlite3_stmt* h) { agg.add(h, m_d.m_dealIndex, m_d.m_clientIndex, m_d.m_managerIndex); });
}

} // namespace sa::metrics
