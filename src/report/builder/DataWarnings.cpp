#include "DataWarnings.h"

#include "metrics/AuditData.h"

#include <algorithm>

namespace sa::report {

namespace {

QString pick(const Labels& l, const char* ru, const char* en)
{
    return QString::fromUtf8(l.language == Language::Ru ? ru : en);
}

/// data_issues.entity holds the CLI entity name ("stage-history", "nps") or the table name.
std::string tableOfEntity(std::string entity)
{
    std::replace(entity.begin(), entity.end(), '-', '_');
    return entity == "nps" ? "nps_responses" : entity;
}

bool uses(const std::string& criterionId, const char* table)
{
    const auto& t = criterionTables(criterionId);
    return std::find(t.begin(), t.end(), table) != t.end();
}

} // namespace

const std::vector<std::string>& criterionTables(const std::string& criterionId)
{
    // From the formulas of criteria-spec.md §4 and the measures (src/core/scoring/measures).
    static const std::map<std::string, std::vector<std::string>> tables {
        { "P3", { "deals", "stages", "stage_history" } },
        { "P4", { "deals", "stages", "stage_history", "activities" } },
        { "P5", { "deals", "managers" } },
        { "P6", { "deals" } },
        { "P9", { "deals", "activities" } },
        { "M1", { "plans", "orders", "deals" } },
        { "M3", { "activities", "managers" } },
        { "M4", { "leads", "deals", "stages" } },
        { "M5", { "deals", "plans" } },
        { "M6", { "deals" } },
        { "M7", { "plans", "orders" } },
        { "M8", { "orders", "clients", "financials" } },
        { "C1", { "nps_responses" } },
        { "C2", { "orders", "clients" } },
        { "C3", { "orders", "clients" } },
        { "C4", { "orders", "clients" } },
        { "C5", { "orders", "clients", "channel_costs", "financials" } },
        { "C6", { "orders", "clients" } },
        { "C7", { "orders", "clients" } },
        { "C9", { "orders", "clients", "deals", "activities" } },
        { "L1", { "leads", "deals" } },
        { "L2", { "channel_costs", "leads", "deals", "channels" } },
        { "L4", { "leads", "deals", "plans" } },
        { "L5", { "leads" } },
        { "L6", { "leads", "activities" } },
        { "L9", { "channel_costs", "leads", "deals" } },
        { "S2", { "deals", "managers", "orders" } },
        { "S5", { "managers", "deals" } },
        { "S8", { "managers" } },
        { "S9", { "activities", "managers", "deals" } },
    };
    static const std::vector<std::string> none;
    const auto it = tables.find(criterionId);
    return it == tables.end() ? none : it->second;
}

Result<std::map<std::string, QStringList>> readTableWarnings(const store::Connection& db, const Labels& l)
{
    auto st = db.prepare("SELECT entity, reason, severity, count(*) FROM data_issues WHERE severity <> 'info' "
                         "GROUP BY entity, reason, severity "
                         "ORDER BY entity, severity = 'error' DESC, count(*) DESC, reason");
    if (!st)
        return st.error();
    std::map<std::string, QStringList> out;
    for (auto row = st->step(); row && *row; row = st->step()) {
        const std::string table = tableOfEntity(st->getText(0));
        out[table] << pick(l, "%1: %2 стр. — %3 (%4)", "%1: %2 rows — %3 (%4)")
                          .arg(QString::fromStdString(table), l.number(double(st->getInt(3))),
                              QString::fromStdString(st->getText(1)), QString::fromStdString(st->getText(2)));
    }
    return out;
}

QStringList criterionWarnings(const std::string& criterionId, const std::map<std::string, QStringList>& byTable,
    const metrics::AuditData* data, const Labels& l)
{
    QStringList out;
    for (const std::string& table : criterionTables(criterionId))
        if (const auto it = byTable.find(table); it != byTable.end())
            out << it->second;
    if (!data)
        return out;
    if (data->leadsDerived && uses(criterionId, "leads"))
        out << pick(l, "leads: таблица лидов не загружена, лиды выведены из сделок (по одному на сделку)",
            "leads: no lead rows imported, leads derived from deals (one per deal)");
    if (criterionId == "C5" && data->gm.source == metrics::GrossMargin::Source::Param)
        out << pick(l, "валовая маржа взята из справочных параметров, а не из данных компании",
            "gross margin taken from the reference parameters, not from the company's data");
    if (criterionId == "C5" && !data->gm.known())
        out << pick(
            l, "валовая маржа неизвестна: LTV посчитан по выручке", "gross margin unknown: LTV is stated in revenue");
    return out;
}

} // namespace sa::report
