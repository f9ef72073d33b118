#include "Schema.h"

#include "Sqlite.h"

#include <algorithm>
#include <sqlite3.h>

namespace sa::store {

namespace {

struct Migration {
    int version;
    const char* sql;
};

// Append a step for each new version; never edit a step that has shipped.
// Keep a fixture file of every version in tests/data/projects/.
const Migration kMigrations[] = {
    {
        1,
#include "SchemaV1.sql.inc"
    },
    {
        2,
#include "SchemaV2.sql.inc"
    },
    {
        3,
#include "SchemaV3.sql.inc"
    },
};

} // namespace

const std::vector<std::string>& entityTables()
{
    static const std::vector<std::string> tables = {
        "managers",
        "manager_aliases",
        "channels",
        "clients",
        "leads",
        "deals",
        "stages",
        "stage_history",
        "activities",
        "orders",
        "nps_responses",
        "channel_costs",
        "plans",
        "financials",
    };
    return tables;
}

Status migrate(Connection& db, int target)
{
    auto current = db.scalarInt("PRAGMA user_version");
    if (!current)
        return current.error();
    const int from = static_cast<int>(current->value_or(0));
    for (const Migration& m : kMigrations) {
        if (m.version <= from || m.version > target)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto s = db.exec(m.sql); !s)
            return Error::internal(
                "schema migration to version " + std::to_string(m.version) + " failed: " + s.error().message);
        if (auto s = db.exec("PRAGMA application_id = " + std::to_string(kApplicationId)
                + "; PRAGMA user_version = " + std::to_string(m.version));
            !s)
            return s.error();
        if (auto s = tx->commit(); !s)
            return s.error();
    }
    return {};
}

Result<std::vector<std::string>> actualSchema(const Connection& db)
{
    auto st = db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema");
    if (!st)
        return st.error();
    std::vector<std::string> rows;
    for (;;) {
        auto r = st->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        rows.push_back(st->getText(0) + '\x1f' + st->getText(1) + '\x1f' + st->getText(2) + '\x1f' + st->getText(3));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

Result<std::vector<std::string>> expectedSchema(int version)
{
    auto mem = Connection::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!mem)
        return mem.error();
    if (auto s = migrate(*mem, version); !s)
        return s.error();
    return actualSchema(*mem);
}

} // namespace sa::store
