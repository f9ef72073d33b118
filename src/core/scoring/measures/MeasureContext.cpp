#include "scoring/measures/MeasureContext.h"

#include "store/RowLoop.h"
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

/// The checked columns of one table that neither an import mapping names nor a row was seen to hold.
struct TableFields {
    std::string table;
    std::vector<std::string> columns;
};

std::vector<TableFields> uncheckedByTable(const std::set<std::string>& known)
{
    std::vector<TableFields> out;
    for (const std::string f : kCheckedFields) {
        if (known.count(f))
            continue;
        const auto dot = f.find('.');
        const std::string table = f.substr(0, dot);
        if (out.empty() || out.back().table != table)
            out.push_back({ table, {} });
        out.back().columns.push_back(f.substr(dot + 1));
    }
    return out;
}

/// SELECT c1 IS NOT NULL, … FROM t WHERE c1 IS NOT NULL OR … LIMIT 1: the first row holding any of them.
std::string firstHolderSql(const TableFields& t)
{
    std::string select, where;
    for (const auto& c : t.columns) {
        select += (select.empty() ? "" : ", ") + c + " IS NOT NULL";
        where += (where.empty() ? "" : " OR ") + c + " IS NOT NULL";
    }
    return "SELECT " + select + " FROM " + t.table + " WHERE " + where + " LIMIT 1";
}

/// Adds to `out` each column of `t` that holds a value in some row. One query per column found
/// plus one that finds none: an absent column costs one scan of its table, shared by every absent
/// column of the table (at 1M deals a scan per column cost ~1 s per score).
Status findHeldColumns(const store::Connection& db, TableFields t, std::set<std::string>& out)
{
    while (!t.columns.empty()) {
        auto st = db.prepare(firstHolderSql(t));
        if (!st.ok())
            return st.error();
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return {}; // no row holds any of the rest
        std::vector<std::string> rest;
        for (int i = 0; i < static_cast<int>(t.columns.size()); ++i) {
            const auto& c = t.columns[static_cast<std::size_t>(i)];
            if (st->getInt(i) != 0)
                out.insert(t.table + "." + c);
            else
                rest.push_back(c);
        }
        t.columns = std::move(rest);
    }
    return {};
}

Status mappedFields(const store::Connection& db, std::set<std::string>& out)
{
    auto st = db.prepare("SELECT entity, mapping_json FROM import_batches");
    if (!st.ok())
        return st.error();
    return store::eachRow(db, *st, [&](sqlite3_stmt*) {
        auto j = nlohmann::json::parse(st->getText(1), nullptr, false);
        if (!j.is_discarded())
            collect(j, st->getText(0), out);
    });
}

} // namespace

Result<std::set<std::string>> MeasureContext::readFields(const store::Connection& db)
{
    std::set<std::string> fields;
    // Mapped fields first (cheap): a column an import mapping names needs no scan.
    if (auto s = mappedFields(db, fields); !s.ok())
        return s.error();
    for (auto& t : uncheckedByTable(fields))
        if (auto s = findHeldColumns(db, std::move(t), fields); !s.ok())
            return s.error();
    return fields;
}

struct ContextLoader {
    /// Evidence tagged C4 names the client in its subject (the client's ext_id or name as typed).
    static Status evidence(const store::Connection& db, MeasureContext& c)
    {
        auto st = db.prepare(
            "SELECT DISTINCT cl.id FROM evidence e JOIN evidence_criteria ec ON ec.evidence_id = e.id "
            "AND ec.criterion_id = 'C4' JOIN clients cl ON (cl.ext_id <> '' AND instr(e.subject, cl.ext_id) > 0) "
            "OR (cl.name <> '' AND instr(e.subject, cl.name) > 0)");
        if (!st.ok())
            return st.error();
        return store::eachRow(db, *st, [&](sqlite3_stmt*) {
            const Row r = c.d.clientRow(st->getInt(0));
            if (r != kNone)
                c.c4EvidenceClients.insert(r);
        });
    }
};

Result<MeasureContext> MeasureContext::build(const store::Project& project, const metrics::AuditData& data,
    const Params& params, const std::set<std::string>* fields)
{
    MeasureContext c(data, params);
    if (fields) {
        c.m_fields = *fields;
    } else {
        auto read = readFields(project.db());
        if (!read.ok())
            return read.error();
        c.m_fields = std::move(*read);
    }
    if (auto s = ContextLoader::evidence(project.db(), c); !s.ok())
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
