// The demo's reference data: managers, channels, stages, and the clients that bought before the
// audited period.
#include "DemoBuilder.h"
#include "common/Text.h"

namespace sa::demo {

namespace {
LocalSeconds dateOrZero(const char* iso)
{
    return iso ? *parseIsoDate(iso) : 0;
}
} // namespace

DemoBuilder::DemoBuilder(store::Connection& db, const DemoOptions& options, LocalSeconds now)
    : m_db(db)
    , m_opt(options)
    , m_rng(options.seed)
    , m_now(now)
{
    const LocalSeconds endMonth = startOfMonth(m_opt.end);
    m_dealsFrom = addMonths(endMonth, -23);
    m_ordersFrom = addMonths(endMonth, -35);
}

// Records the first failure; the steps check m_error and stop.
void DemoBuilder::exec(store::Statement& st)
{
    Status s = st.run();
    st.clearBindings();
    if (!s && m_error.ok())
        m_error = s;
}

std::int64_t DemoBuilder::minor(double rub) const
{
    return static_cast<std::int64_t>(std::llround(rub * 100.0));
}

bool DemoBuilder::employedAt(std::size_t manager, LocalSeconds t) const
{
    const DemoManager& m = demoManagers()[manager];
    return (!m.hired || t >= dateOrZero(m.hired)) && (!m.left || t < dateOrZero(m.left) + kSecondsPerDay);
}

Status DemoBuilder::build()
{
    for (auto step : { &DemoBuilder::insertReference, &DemoBuilder::insertPipeline, &DemoBuilder::insertOrders,
             &DemoBuilder::insertCostsPlansFinancials, &DemoBuilder::insertBatches }) {
        if (Status s = (this->*step)(); !s)
            return s;
        if (!m_error)
            return m_error;
    }
    return {};
}

Status DemoBuilder::insertReference()
{
    if (Status s = insertManagers(); !s)
        return s;
    auto client = m_db.prepare("INSERT INTO clients (ext_id, name, name_key, inn, owner_id, created_at, category,"
                               " segment, industry, city, potential_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!client)
        return client.error();
    m_insClient = std::move(*client);
    auto ch = m_db.prepare("INSERT INTO channels (name, name_key, type) VALUES (?, ?, ?)");
    if (!ch)
        return ch.error();
    for (const DemoChannel& c : demoChannels()) {
        ch->bind(1, c.name).bind(2, text::matchKey(c.name)).bind(3, c.type);
        exec(*ch);
        m_channels.push_back(m_db.lastInsertRowId());
        count("channels");
    }
    if (Status s = insertStages(kAcquisitionPipeline, m_openStages, m_won, m_lost); !s)
        return s;
    if (Status s = insertStages(kAccountPipeline, m_accountStages, m_accountWon, m_accountLost); !s)
        return s;
    // Clients that bought before the audited deals start; one of them is the key client.
    const int existing = std::max(40, m_opt.deals / 10);
    for (int i = 0; i < existing; ++i) {
        const std::size_t seg = i == 0 ? 2 : m_rng.weighted({ 0.62, 0.30, 0.08 });
        const LocalSeconds created
            = m_ordersFrom + m_rng.integer(0, (m_dealsFrom - m_ordersFrom) / kSecondsPerDay) * kSecondsPerDay;
        const std::size_t owner = 6 + static_cast<std::size_t>(m_rng.integer(0, 2));
        insertClient(seg, created, m_managers[owner], true);
        m_clients.back().key = i == 0;
    }
    return m_error;
}

Status DemoBuilder::insertManagers()
{
    auto st
        = m_db.prepare("INSERT INTO managers (name, role, is_sales, hired_at, terminated_at) VALUES (?, ?, 1, ?, ?)");
    auto alias
        = m_db.prepare("INSERT INTO manager_aliases (alias_key, alias, manager_id, origin) VALUES (?, ?, ?, 'import')");
    if (!st || !alias)
        return !st ? st.error() : alias.error();
    for (const DemoManager& m : demoManagers()) {
        st->bind(1, m.name).bind(2, m.role);
        st->bind(3, m.hired ? std::optional<LocalSeconds>(dateOrZero(m.hired)) : std::nullopt);
        st->bind(4, m.left ? std::optional<LocalSeconds>(dateOrZero(m.left)) : std::nullopt);
        exec(*st);
        m_managers.push_back(m_db.lastInsertRowId());
        count("managers");
        alias->bind(1, text::matchKey(m.name)).bind(2, m.name).bind(3, m_managers.back());
        exec(*alias);
        count("manager_aliases");
    }
    return m_error;
}

Status DemoBuilder::insertStages(
    const char* pipeline, std::vector<std::int64_t>& open, std::int64_t& won, std::int64_t& lost)
{
    auto st = m_db.prepare("INSERT INTO stages (pipeline_name, name, name_key, ord, terminal, process_stage, mandatory,"
                           " funnel_step, default_probability, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    if (!st)
        return st.error();
    const bool account = std::string_view(pipeline) == kAccountPipeline;
    int ord = 1;
    for (const DemoStage& s : demoStages()) {
        st->bind(1, pipeline).bind(2, s.name).bind(3, text::matchKey(s.name)).bind(4, ord++).bind(5, "none");
        st->bind(6, account ? "account" : s.process).bind(7, s.mandatory ? 1 : 0).bind(8, account ? "none" : s.funnel);
        st->bind(9, s.probability);
        exec(*st);
        open.push_back(m_db.lastInsertRowId());
        count("stages");
    }
    for (const char* terminal : { "won", "lost" }) {
        const char* name = std::string_view(terminal) == "won" ? kWonStage : kLostStage;
        st->bind(1, pipeline).bind(2, name).bind(3, text::matchKey(name)).bind(4, ord++).bind(5, terminal);
        st->bind(6, account ? "account" : "fulfilment").bind(7, 0).bind(8, "none");
        st->bind(9, std::string_view(terminal) == "won" ? 100.0 : 0.0);
        exec(*st);
        (std::string_view(terminal) == "won" ? won : lost) = m_db.lastInsertRowId();
        count("stages");
    }
    return m_error;
}

std::int64_t DemoBuilder::insertClient(std::size_t segment, LocalSeconds created, std::int64_t owner, bool existing)
{
    store::Statement* st = &m_insClient;
    const int n = static_cast<int>(m_clients.size());
    const std::string name = n == 0 && existing ? kKeyClient : demoCompanyName(n);
    const DemoSegment& seg = demoSegments()[segment];
    // Categories only loosely follow real value: C2 finds that the CRM category misses A clients.
    const std::string category = segment == 2 ? "VIP"
        : m_rng.chance(0.25)                  ? "Ключевой"
        : m_rng.chance(0.85)                  ? "Стандарт"
                                              : "";
    st->bind(1, "C" + std::to_string(10000 + n)).bind(2, name).bind(3, text::matchKey(name));
    st->bind(4, std::to_string(7700000000LL + n * 7919LL)).bind(5, owner).bind(6, created);
    st->bind(7, category.empty() ? std::optional<std::string>() : category).bind(8, seg.name);
    st->bind(9, m_rng.pick(demoIndustries())).bind(10, m_rng.chance(0.4) ? "Москва" : "Санкт-Петербург");
    st->bind(11,
        m_rng.chance(existing ? 0.85 : 0.6) ? std::optional<std::int64_t>(minor(seg.medianDeal * 6)) : std::nullopt);
    exec(*st);
    m_clients.push_back({ m_db.lastInsertRowId(), segment, owner, created, false, {} });
    count("clients");
    return m_clients.back().id;
}

} // namespace sa::demo
