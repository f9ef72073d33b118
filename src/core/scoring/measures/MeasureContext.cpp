#include "scoring/measures/MeasureContext.h"

#include "store/Sqlite.h"

#include <nlohmann/json.hpp>

namespace sa::scoring::measures {

namespace {
/// Columns whose presence decides a type D rule or drops an ok(d) condition.
constexpr const char* kCheckedFields[] = { "deals.owner_id", "deals.amount", "deals.expected_close_date",
    "deals.probability", "deals.loss_reason", "deals.channel_id", "deals.stage_changed_at", "clients.category",
    "clients.potential_amount", "clients.churn_reason", "clients.owner_id", "leads.channel_id", "leads.channel_raw",
    "leads.mql_at", "leads.sql_at", "leads.disqualified_at", "leads.disqualify_reason", "activities.due_at",
    "managers.hired_at", "managers.terminated_at", "orders.product_category" };

void collect(const nlohmann::json& j, const std::string& table, std::set<std::string>& out)
{
    if (j.is_string())
        out.insert(table + "." + j.get<std::string>());
    if (j.is_object())
        for (const auto& [k, v] : j.items()) {
            out.insert(table + "." + k);
            collect(v, table, out);
        }
    if (j.is_array())
        for (const auto& v : j)
            collect(v, table, out);
}
} // namespace

struct ContextLoader {
    static Status fields(const store::Connection& db, MeasureContext& c)
    {
        for (const std::string f : kCheckedFields) {
            const auto dot = f.find('.');
            auto v = db.scalarInt(
                "SELECT EXISTS(SELECT 1 FROM " + f.substr(0, dot) + " WHERE " + f.substr(dot + 1) + " IS NOT NULL)");
            if (!v.ok())
                return v.error();
            if (v->value_or(0) != 0)
                c.m_fields.insert(f);
        }
        auto st = db.prepare("SELECT entity, mapping_json FROM import_batches");
        if (!st.ok())
            return st.error();
        for (;;) {
            auto more = st->step();
            if (!more.ok())
                return more.error();
            if (!*more)
                return {};
            auto j = nlohmann::json::parse(st->getText(1), nullptr, false);
            if (!j.is_discarded())
                collect(j, st->getText(0), c.m_fields);
        }
    }

    /// Evidence tagged C4 names the client in its subject (the client's ext_id or name as typed).
    static Status evidence(const store::Connection& db, MeasureContext& c)
    {
        auto st = db.prepare(
            "SELECT DISTINCT cl.id FROM evidence e JOIN evidence_criteria ec ON ec.evidence_id = e.id "
            "AND ec.criterion_id = 'C4' JOIN clients cl ON (cl.ext_id <> '' AND instr(e.subject, cl.ext_id) > 0) "
            "OR (cl.name <> '' AND instr(e.subject, cl.name) > 0)");
        if (!st.ok())
            return st.error();
        for (;;) {
            auto more = st->step();
            if (!more.ok())
                return more.error();
            if (!*more)
                return {};
            const Row r = c.d.clientRow(st->getInt(0));
            if (r != kNone)
                c.c4EvidenceClients.insert(r);
        }
    }
};

Result<MeasureContext> MeasureContext::build(
    const store::Project& project, const metrics::AuditData& data, const Params& params)
{
    MeasureContext c(data, params);
    auto s = ContextLoader::fields(project.db(), c);
    if (s.ok())
        s = ContextLoader::evidence(project.db(), c);
    if (!s.ok())
        return s.error();
    c.leadDeal.assign(data.leads.size(), kNone);
    for (std::size_t l = 0; l < data.leads.size(); ++l)
        c.leadDeal[l] = data.leads[l].deal;
    for (Row r = 0; r < static_cast<Row>(data.deals.size()); ++r) {
        const Row l = data.deals[static_cast<std::size_t>(r)].lead;
        if (l != kNone && c.leadDeal[static_cast<std::size_t>(l)] == kNone)
            c.leadDeal[static_cast<std::size_t>(l)] = r;
    }
    if (data.hasWindow()) {
        c.revW = data.revenueByClient(data.window().w);
        c.revW1 = data.revenueByClient(data.window().wPrev);
    }
    return c;
}

double MeasureContext::major(Minor m) const
{
    return toMajor(m, d.currency);
}

int MeasureContext::monthsOfRevenue() const
{
    const auto first = d.revenue.firstAt();
    if (first == kNoTime || !d.hasWindow())
        return 0;
    return w().asOfMonth - monthIndex(first) + 1;
}

Period MeasureContext::months(int monthsBack, int count) const
{
    const int last = w().asOfMonth - monthsBack;
    return Period::ofMonths(last - count + 1, last);
}

} // namespace sa::scoring::measures
