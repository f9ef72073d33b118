#include "rollup/Rollup.h"

#include "store/Sqlite.h"

#include <sqlite3.h>

namespace sa::rollup {

namespace {

constexpr const char* kActivities = "activities";
constexpr std::size_t kPartBytes = 16u << 20;

/// Whether the file has the rollup tables (schema v2 or later).
Result<bool> hasRollupTables(const store::Connection& db)
{
    auto n = db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'rollup_parts'");
    if (!n)
        return n.error();
    return n->value_or(0) > 0;
}

/// ActivityAgg of the whole table, keyed by every referenced id.
Result<ActivityRollup> aggregateTable(const store::Connection& db)
{
    auto st = db.prepare(kActivityColumns);
    if (!st)
        return st.error();
    ActivityAgg agg;
    IdSlots deals, clients, managers;
    sqlite3_stmt* h = st->handle();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(h)) == SQLITE_ROW)
        agg.add(h, deals, clients, managers);
    if (rc != SQLITE_DONE)
        return Error::internal("reading the activities table failed: " + db.lastError());
    return fromAggregate(agg, deals, clients, managers);
}

Status store(store::Connection& db, const std::string& payload, const Fingerprint& fp)
{
    const std::size_t parts = (payload.size() + kPartBytes - 1) / kPartBytes;
    if (auto s
        = db.exec("DELETE FROM rollup_parts WHERE rollup_id IN (SELECT id FROM rollups WHERE name = 'activities');"
                  " DELETE FROM rollups WHERE name = 'activities'");
        !s)
        return s;
    auto head = db.prepare("INSERT INTO rollups(name, format, source_rows, source_max_id, managers_rows,"
                           " managers_max_id, parts) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    if (!head)
        return head.error();
    head->bind(1, kActivities).bind(2, static_cast<std::int64_t>(kActivityRollupFormat)).bind(3, fp.rows);
    head->bind(4, fp.maxId).bind(5, fp.managerRows).bind(6, fp.managerMaxId);
    head->bind(7, static_cast<std::int64_t>(parts));
    auto row = head->step();
    if (!row || !*row)
        return Error::internal("storing the activities rollup failed: " + db.lastError());
    const std::int64_t id = head->getInt(0);
    head->reset();
    auto part = db.prepare("INSERT INTO rollup_parts(rollup_id, part, payload) VALUES (?, ?, ?)");
    if (!part)
        return part.error();
    for (std::size_t k = 0; k < parts; ++k) {
        const std::size_t from = k * kPartBytes, n = std::min(kPartBytes, payload.size() - from);
        part->bind(1, id).bind(2, static_cast<std::int64_t>(k));
        sqlite3_bind_blob64(part->handle(), 3, payload.data() + from, n, SQLITE_STATIC);
        if (auto s = part->run(); !s)
            return s;
        part->reset();
    }
    return {};
}

Status rebuildIn(store::Connection& db)
{
    auto fp = activitiesFingerprint(db);
    if (!fp)
        return fp.error();
    auto r = aggregateTable(db);
    if (!r)
        return r.error();
    return store(db, encode(*r), *fp);
}

} // namespace

const char* toString(State s) noexcept
{
    switch (s) {
    case State::Current:
        return "current";
    case State::Stale:
        return "stale";
    case State::Absent:
        return "absent";
    case State::Damaged:
        return "damaged";
    }
    return "absent";
}

Result<Fingerprint> activitiesFingerprint(const store::Connection& db)
{
    // Separate statements: "SELECT count(*), max(id)" in one would scan the table.
    std::optional<std::int64_t> v[4];
    const char* const sql[4] = { "SELECT count(*) FROM activities", "SELECT max(id) FROM activities",
        "SELECT count(*) FROM managers", "SELECT max(id) FROM managers" };
    for (int i = 0; i < 4; ++i) {
        auto r = db.scalarInt(sql[i]);
        if (!r)
            return r.error();
        v[i] = *r;
    }
    return Fingerprint { v[0].value_or(0), v[1], v[2].value_or(0), v[3] };
}

Lookup readActivities(const store::Connection& db, const Fingerprint& now)
{
    auto tables = hasRollupTables(db);
    if (!tables || !*tables)
        return { State::Absent, "the project predates schema version 2", {} };
    auto st = db.prepare("SELECT r.format, r.source_rows, r.source_max_id, r.parts, p.part, p.payload,"
                         " r.managers_rows, r.managers_max_id FROM rollups r"
                         " LEFT JOIN rollup_parts p ON p.rollup_id = r.id WHERE r.name = 'activities' ORDER BY p.part");
    if (!st)
        return { State::Damaged, st.error().message, {} };
    std::string bytes;
    std::int64_t parts = -1, seen = 0;
    for (;; ++seen) {
        auto row = st->step();
        if (!row)
            return { State::Damaged, row.error().message, {} };
        if (!*row)
            break;
        if (seen == 0) {
            if (st->getInt(0) != kActivityRollupFormat)
                return { State::Damaged, "rollup format " + std::to_string(st->getInt(0)), {} };
            if (st->isNull(1))
                return { State::Stale, "activities changed since the rollup was built", {} };
            auto opt = [&](int c) { return st->isNull(c) ? std::nullopt : std::optional(st->getInt(c)); };
            const Fingerprint built { st->getInt(1), opt(2), st->getInt(6), opt(7) };
            if (!(built == now))
                return { State::Stale, "activities or managers rows added or removed since the rollup was built", {} };
            parts = st->getInt(3);
        }
        if (st->isNull(4))
            break; // no parts
        if (st->getInt(4) != seen)
            return { State::Damaged, "rollup part " + std::to_string(seen) + " missing", {} };
        const auto* p = static_cast<const char*>(sqlite3_column_blob(st->handle(), 5));
        bytes.append(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(st->handle(), 5)));
    }
    if (parts < 0)
        return { State::Absent, "no activities rollup yet", {} };
    if (seen != parts)
        return { State::Damaged, "rollup has " + std::to_string(seen) + " of " + std::to_string(parts) + " parts", {} };
    auto r = decode(bytes);
    if (!r)
        return { State::Damaged, r.error().message, {} };
    return { State::Current, {}, std::move(*r) };
}

Status rebuild(store::Connection& db)
{
    if (!sqlite3_get_autocommit(db.handle()))
        return rebuildIn(db);
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto s = rebuildIn(db); !s)
        return s;
    return tx->commit();
}

Result<State> refresh(store::Connection& db)
{
    auto fp = activitiesFingerprint(db);
    if (!fp)
        return fp.error();
    const State before = readActivities(db, *fp).state;
    if (before != State::Current)
        if (auto s = rebuild(db); !s)
            return s.error();
    return before;
}

Status invalidate(store::Connection& db)
{
    auto tables = hasRollupTables(db);
    if (!tables)
        return tables.error();
    if (!*tables)
        return {};
    return db.exec("UPDATE rollups SET source_rows = NULL, source_max_id = NULL WHERE source_rows IS NOT NULL");
}

Status afterWrite(store::Connection& db, std::string_view table)
{
    if (!dependsOn(table))
        return {};
    auto tables = hasRollupTables(db);
    if (!tables)
        return tables.error();
    return *tables ? rebuild(db) : Status {};
}

bool dependsOn(std::string_view table) noexcept
{
    return table == "activities" || table == "deals" || table == "clients" || table == "leads";
}

} // namespace sa::rollup
