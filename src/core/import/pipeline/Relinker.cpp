#include "Relinker.h"

#include "common/Text.h"

#include <sqlite3.h>
#include <string>

namespace sa::import {

namespace {

void matchKeyFn(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const std::string key = text::matchKey(std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
    sqlite3_result_text(ctx, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

struct Link {
    const char* table;
    const char* idColumn;
    const char* refColumn;
};

Result<long long> runCounted(store::Connection& db, const std::string& sql)
{
    if (auto s = db.exec(sql); !s)
        return s.error();
    return static_cast<long long>(db.changes());
}

Result<long long> relinkByExt(store::Connection& db, const Link& l, const char* target)
{
    const std::string t = l.table;
    return runCounted(db,
        "UPDATE " + t + " SET " + l.idColumn + " = r.id FROM " + target + " r WHERE " + t + "." + l.idColumn
            + " IS NULL AND " + t + "." + l.refColumn + " IS NOT NULL AND r.ext_id = " + t + "." + l.refColumn);
}

Result<long long> relinkClientsByName(store::Connection& db, const Link& l)
{
    const std::string t = l.table;
    return runCounted(db,
        "UPDATE " + t + " SET " + l.idColumn + " = r.id FROM clients r WHERE " + t + "." + l.idColumn + " IS NULL AND "
            + t + "." + l.refColumn + " IS NOT NULL AND r.name_key = " + "sa_match_key(" + t + "." + l.refColumn + ")");
}

} // namespace

Status registerImportFunctions(store::Connection& db)
{
    const int rc = sqlite3_create_function_v2(db.handle(), "sa_match_key", 1,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr, &matchKeyFn, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Error::internal("cannot register sa_match_key: " + db.lastError());
    return {};
}

Result<long long> relinkAfter(store::Connection& db, Entity imported)
{
    long long total = 0;
    auto add = [&](Result<long long> r) -> Status {
        if (!r)
            return r.error();
        total += *r;
        return {};
    };
    if (imported == Entity::Deals) {
        for (const Link& l :
            { Link { "stage_history", "deal_id", "deal_ref" }, Link { "activities", "deal_id", "deal_ref" },
                Link { "orders", "deal_id", "deal_ref" }, Link { "leads", "deal_id", "deal_ref" } })
            if (auto s = add(relinkByExt(db, l, "deals")); !s)
                return s.error();
    } else if (imported == Entity::Clients) {
        for (const Link& l : { Link { "deals", "client_id", "client_ref" }, Link { "leads", "client_id", "client_ref" },
                 Link { "activities", "client_id", "client_ref" }, Link { "orders", "client_id", "client_ref" },
                 Link { "nps_responses", "client_id", "client_ref" } }) {
            if (auto s = add(relinkByExt(db, l, "clients")); !s)
                return s.error();
            if (auto s = add(relinkClientsByName(db, l)); !s)
                return s.error();
        }
    } else if (imported == Entity::Leads) {
        for (const Link& l : { Link { "deals", "lead_id", "lead_ref" }, Link { "activities", "lead_id", "lead_ref" } })
            if (auto s = add(relinkByExt(db, l, "leads")); !s)
                return s.error();
    }
    return total;
}

Status fillStageExits(store::Connection& db)
{
    return db.exec("UPDATE stage_history SET exited_at = n.nxt FROM (SELECT id, LEAD(entered_at) OVER "
                   "(PARTITION BY deal_ref ORDER BY entered_at, id) AS nxt FROM stage_history) n "
                   "WHERE stage_history.id = n.id AND n.nxt IS NOT NULL AND stage_history.exited_at IS NULL");
}

} // namespace sa::import
