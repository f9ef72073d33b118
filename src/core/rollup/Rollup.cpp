#include "rollup/Rollup.h"

#include "rollup/RollupParts.h"
#include "store/RowLoop.h"
#include "store/Sqlite.h"

#include <chrono>
#include <functional>
#include <sqlite3.h>

namespace sa::rollup {

namespace {

/// count(*) and max(id) of two tables. Separate statements: "SELECT count(*), max(id)" in one
/// would scan the table.
Result<Fingerprint> fingerprintOf(const store::Connection& db, const std::string& first, const std::string& second)
{
    std::optional<std::int64_t> v[4];
    const std::string sql[4] = { "SELECT count(*) FROM " + first, "SELECT max(id) FROM " + first,
        "SELECT count(*) FROM " + second, "SELECT max(id) FROM " + second };
    for (int i = 0; i < 4; ++i) {
        auto r = db.scalarInt(sql[i]);
        if (!r)
            return r.error();
        v[i] = *r;
    }
    return Fingerprint { v[0].value_or(0), v[1], v[2].value_or(0), v[3] };
}

/// ActivityAgg of the whole table, keyed by every referenced id.
Result<ActivityRollup> aggregateTable(const store::Connection& db)
{
    auto st = db.prepare(kActivityColumns);
    if (!st)
        return st.error();
    ActivityAgg agg;
    IdSlots deals, clients, managers;
    if (Status s = store::eachRow(
            db, *st, [&](sqlite3_stmt* h) { agg.add(h, deals, clients, managers); }, "the activities table");
        !s)
        return s.error();
    return fromAggregate(agg, deals, clients, managers);
}

Status rebuildActivities(store::Connection& db)
{
    auto r = aggregateTable(db);
    if (!r)
        return r.error();
    return storeActivities(db, encode(*r));
}

Status rebuildDeals(store::Connection& db)
{
    auto payload = buildDealSnapshot(db);
    if (!payload)
        return payload.error();
    return storeDeals(db, *payload);
}

/// Runs fn inside the caller's transaction when one is open, else in its own.
Status inTransaction(store::Connection& db, const std::function<Status()>& fn)
{
    if (!sqlite3_get_autocommit(db.handle()))
        return fn();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto s = fn(); !s)
        return s;
    return tx->commit();
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
    return fingerprintOf(db, "activities", "managers");
}

Result<Fingerprint> dealsFingerprint(const store::Connection& db)
{
    return fingerprintOf(db, "deals", "stage_history");
}

Lookup readActivities(const store::Connection& db, const Fingerprint& now)
{
    auto found = parts::read(db, kActivitiesRollup, kActivityRollupFormat, now);
    if (found.state != State::Current)
        return { found.state, std::move(found.reason), {} };
    auto r = decode(found.bytes);
    if (!r)
        return { State::Damaged, r.error().message, {} };
    return { State::Current, {}, std::move(*r) };
}

DealsLookup readDeals(const store::Connection& db, const Fingerprint& now)
{
    auto found = parts::read(db, kDealsRollup, kDealSnapshotFormat, now);
    if (found.state != State::Current)
        return { found.state, std::move(found.reason), {} };
    auto r = decodeDealSnapshot(std::move(found.bytes));
    if (!r)
        return { State::Damaged, r.error().message, {} };
    return { State::Current, {}, std::move(*r) };
}

Status storeActivities(store::Connection& db, const std::string& payload)
{
    auto fp = activitiesFingerprint(db);
    if (!fp)
        return fp.error();
    return parts::store(db, kActivitiesRollup, kActivityRollupFormat, payload, *fp);
}

Status storeDeals(store::Connection& db, const std::string& payload)
{
    auto fp = dealsFingerprint(db);
    if (!fp)
        return fp.error();
    return parts::store(db, kDealsRollup, kDealSnapshotFormat, payload, *fp);
}

Status rebuild(store::Connection& db)
{
    return inTransaction(db, [&]() -> Status {
        auto triggers = parts::hasDealTriggers(db);
        if (!triggers)
            return triggers.error();
        if (auto s = rebuildActivities(db); !s || !*triggers)
            return s;
        return rebuildDeals(db);
    });
}

Result<std::vector<Refreshed>> refresh(store::Connection& db)
{
    auto triggers = parts::hasDealTriggers(db);
    if (!triggers)
        return triggers.error();
    std::vector<Refreshed> out;
    for (const bool deals : { false, true }) {
        if (deals && !*triggers)
            continue;
        auto fp = deals ? dealsFingerprint(db) : activitiesFingerprint(db);
        if (!fp)
            return fp.error();
        const State before = deals ? readDeals(db, *fp).state : readActivities(db, *fp).state;
        const auto t0 = std::chrono::steady_clock::now();
        if (before != State::Current)
            if (auto s = inTransaction(db, [&] { return deals ? rebuildDeals(db) : rebuildActivities(db); }); !s)
                return s.error();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        out.push_back({ deals ? kDealsRollup : kActivitiesRollup, before, before == State::Current ? 0.0 : seconds });
    }
    return out;
}

Status invalidate(store::Connection& db)
{
    auto tables = parts::hasTables(db);
    if (!tables)
        return tables.error();
    if (!*tables)
        return {};
    return db.exec("UPDATE rollups SET source_rows = NULL, source_max_id = NULL WHERE source_rows IS NOT NULL");
}

Status invalidateFor(store::Connection& db, std::string_view table)
{
    if (!copiesRowsOf(table))
        return {};
    auto tables = parts::hasTables(db);
    if (!tables || !*tables)
        return tables ? Status {} : Status(tables.error());
    auto st = db.prepare("UPDATE rollups SET source_rows = NULL, source_max_id = NULL WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, table == "activities" ? kActivitiesRollup : kDealsRollup);
    return st->run();
}

Status afterWrite(store::Connection& db, std::string_view table, Stored stored)
{
    auto tables = parts::hasTables(db);
    if (!tables)
        return tables.error();
    if (!*tables)
        return {};
    if (dependsOn(table) && !stored.activities)
        if (auto s = inTransaction(db, [&] { return rebuildActivities(db); }); !s)
            return s;
    auto triggers = parts::hasDealTriggers(db);
    if (!triggers)
        return triggers.error();
    if (!*triggers || !dealsDependOn(table) || stored.deals)
        return {};
    return inTransaction(db, [&] { return rebuildDeals(db); });
}

bool dependsOn(std::string_view table) noexcept
{
    return table == "activities" || table == "deals" || table == "clients" || table == "leads";
}

bool dealsDependOn(std::string_view table) noexcept
{
    return table == "deals" || table == "stage_history" || table == "clients" || table == "leads";
}

bool copiesRowsOf(std::string_view table) noexcept
{
    return table == "activities" || table == "deals" || table == "stage_history";
}

} // namespace sa::rollup
