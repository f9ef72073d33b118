#include "CoverageQuery.h"

#include "store/Project.h"

#include <map>

namespace sa::app {

namespace {

// The date that places a row of each entity in time (spec §1.1).
const std::map<std::string, std::string>& dateColumns()
{
    static const std::map<std::string, std::string> m = {
        { "clients", "created_at" },
        { "leads", "created_at" },
        { "deals", "created_at" },
        { "stage_history", "entered_at" },
        { "activities", "done_at" },
        { "orders", "order_date" },
        { "nps_responses", "responded_at" },
        { "channel_costs", "month" },
        { "plans", "month" },
        { "financials", "month" },
    };
    return m;
}

Status readSpan(const store::Project& p, EntityCoverage& e)
{
    const auto it = dateColumns().find(e.table.toStdString());
    if (it == dateColumns().end() || e.rows == 0)
        return {};
    auto st = p.db().prepare("SELECT min(" + it->second + "), max(" + it->second + ") FROM " + it->first);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    e.first = st->getOptInt(0);
    e.last = st->getOptInt(1);
    return {};
}

Status readBatches(const store::Project& p, Coverage& c)
{
    auto st = p.db().prepare("SELECT id, entity, file_name, preset, rows_imported, rows_with_issues, imported_at"
                             " FROM import_batches ORDER BY id DESC");
    if (!st)
        return st.error();
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        c.batches << BatchInfo { st->getInt(0), QString::fromStdString(st->getText(1)),
            QString::fromStdString(st->getText(2)), QString::fromStdString(st->getText(3)), st->getInt(4),
            st->getInt(5), st->getInt(6) };
    }
}

} // namespace

Coverage queryCoverage(const QString& path)
{
    Coverage c;
    auto p = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    auto counts = p ? p->entityCounts() : decltype(p->entityCounts())(p.error());
    if (!counts) {
        c.error = QString::fromStdString(counts.error().describe());
        return c;
    }
    Status s;
    for (const auto& [table, rows] : *counts) {
        EntityCoverage e { QString::fromStdString(table), rows, {}, {} };
        if (s)
            s = readSpan(*p, e);
        c.entities << e;
    }
    if (s)
        s = readBatches(*p, c);
    if (s) {
        auto n = p->db().scalarInt("SELECT count(*) FROM data_issues");
        s = n ? Status() : Status(n.error());
        c.issues = n ? n->value_or(0) : 0;
    }
    if (!s)
        c.error = QString::fromStdString(s.error().describe());
    return c;
}

} // namespace sa::app
