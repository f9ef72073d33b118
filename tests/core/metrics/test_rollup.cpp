// The activities rollup (schema v2): metrics byte-identical with and without it, staleness after
// foreign writes, migration from v1, damaged payloads rejected (never trusted, never a crash).
#include "MetricsFixture.h"
#include "RollupTestSupport.h"
#include "demo/DemoAudit.h"
#include "rollup/Rollup.h"
#include "store/Schema.h"

#include <cstdlib>
#include <filesystem>
#include <random>
#include <sqlite3.h>

using namespace sa;
using namespace sa::test;

namespace {

/// Where the loader took the activity figures from ("rollup" / "table").
std::string activitySource(const std::string& path)
{
    auto p = store::Project::open(path, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    auto d = metrics::AuditData::load(*p, refs());
    REQUIRE(d.ok());
    return d->activitySource;
}

rollup::State stateOf(const std::string& path)
{
    auto p = store::Project::open(path, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    auto fp = rollup::activitiesFingerprint(p->db());
    REQUIRE(fp.ok());
    return rollup::readActivities(p->db(), *fp).state;
}

/// Activities for every rule of the aggregate: no manager, an unknown manager id, unknown deal /
/// client / lead ids (written like a foreign tool would, without foreign-key checks), planned and
/// cancelled rows, inbound rows, tasks, calls with and without an outcome, a date before 1970,
/// several rows per deal and day.
const char* const kActivitiesSql
    = "INSERT INTO leads(id, created_at, direction) VALUES (7, 1700000000, 'inbound'), (8, 1700000000, NULL);"
      "INSERT INTO activities(manager_id, type, direction, deal_id, lead_id, client_id, status, done_at, due_at,"
      " outcome) VALUES"
      " (NULL, 'call', 'outbound', 1, 7, 1, 'done', 1735700000, NULL, 'ok'),"
      " (99, 'email', NULL, 2, 7, 2, 'done', 1735600000, NULL, NULL),"
      " (1, 'call', 'inbound', 1, 8, 1, 'done', 1735500000, NULL, ''),"
      " (1, 'task', 'outbound', 1, 8, 77, 'done', 1735400000, NULL, NULL),"
      " (2, 'meeting', NULL, 555, 9999, NULL, 'done', -86401, NULL, NULL),"
      " (2, 'message', 'outbound', 2, NULL, 1, 'planned', NULL, 1736000000, NULL),"
      " (2, 'call', 'outbound', 2, NULL, 1, 'cancelled', 1735000000, NULL, 'x'),"
      " (1, 'call', NULL, 3, 8, 2, 'done', NULL, NULL, 'no date');";

/// The golden project plus kActivitiesSql, with a current rollup.
void makeHandProject(const std::string& path)
{
    {
        auto p = makeProject(path);
        seedGolden(p);
    }
    foreignSql(path, kActivitiesSql);
    auto p = store::Project::open(path, store::OpenMode::ReadWrite);
    REQUIRE(p.ok());
    REQUIRE(rollup::rebuild(p->db()).ok());
}

} // namespace

TEST_CASE("metrics are byte-identical with and without the rollup", "[rollup][metrics]")
{
    TempDir dir;
    const std::string hand = dir.file("hand.sqlite");
    makeHandProject(hand);
    const std::string demo = dir.file("demo.sqlite");
    demo::DemoOptions o;
    o.deals = 400;
    REQUIRE(demo::createDemoAudit(demo, o, testClock()).ok());
    for (const auto& path : { hand, demo }) {
        INFO(path);
        CHECK(stateOf(path) == rollup::State::Current);
        CHECK(activitySource(path) == "rollup");
        CHECK(metricsJson(path, true) == metricsJson(path, false));
    }
}

TEST_CASE("a foreign write makes the rollup stale; optimize makes it current again", "[rollup][staleness]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    makeHandProject(path);
    const std::string before = metricsJson(path, true);
    // Not a column of the aggregate: the rollup stays current.
    foreignSql(path, "UPDATE activities SET ext_id = 'x' WHERE id = 1");
    CHECK(stateOf(path) == rollup::State::Current);
    const std::vector<std::string> writes = {
        "UPDATE activities SET type = 'meeting' WHERE id = 1",
        "UPDATE activities SET deal_id = 2 WHERE deal_id = 1",
        "DELETE FROM activities WHERE id = 2",
        "INSERT INTO activities(manager_id, type, deal_id, status, done_at) VALUES (1, 'call', 1, 'done', 1735800000)",
        // Same count and max(id): only the trigger can tell.
        "INSERT OR REPLACE INTO activities(id, manager_id, type, deal_id, status, done_at)"
        " VALUES (3, 2, 'email', 2, 'done', 1735900000)",
    };
    for (const auto& sql : writes) {
        INFO(sql);
        foreignSql(path, sql);
        CHECK(stateOf(path) == rollup::State::Stale);
        CHECK(activitySource(path) == "table");
        const std::string fallback = metricsJson(path, true);
        CHECK(fallback == metricsJson(path, false));
        optimize(path);
        CHECK(stateOf(path) == rollup::State::Current);
        CHECK(metricsJson(path, true) == fallback);
    }
    CHECK(metricsJson(path, true) != before);
}

TEST_CASE("our own trigger-less connections: rows added are caught by the fingerprint", "[rollup][staleness]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    makeHandProject(path);
    {
        auto p = store::Project::open(path, store::OpenMode::ReadWrite);
        REQUIRE(p.ok());
        exec(*p, "INSERT INTO activities(type, status, done_at) VALUES ('call', 'done', 1735800000)");
    }
    CHECK(stateOf(path) == rollup::State::Stale);
    CHECK(metricsJson(path, true) == metricsJson(path, false));
    {
        auto p = store::Project::open(path, store::OpenMode::ReadWrite);
        REQUIRE(p.ok());
        auto found = rollup::refresh(p->db());
        REQUIRE(found.ok());
        CHECK(found->front().found == rollup::State::Stale);
        exec(*p, "UPDATE activities SET done_at = done_at + 1"); // invisible to the fingerprint...
        REQUIRE(rollup::invalidate(p->db()).ok()); // ...hence the call every such writer owes
    }
    CHECK(stateOf(path) == rollup::State::Stale);
    CHECK(metricsJson(path, true) == metricsJson(path, false));
    optimize(path);
    CHECK(stateOf(path) == rollup::State::Current);
    {
        // A manager merge deletes the merged row: the managers part of the fingerprint sees it.
        auto p = store::Project::open(path, store::OpenMode::ReadWrite);
        REQUIRE(p.ok());
        exec(*p, "INSERT INTO managers(id, name) VALUES (3, 'Olga'); DELETE FROM managers WHERE id = 3");
        CHECK(rollup::readActivities(p->db(), *rollup::activitiesFingerprint(p->db())).state == rollup::State::Current);
        exec(*p, "INSERT INTO managers(id, name) VALUES (3, 'Olga')");
    }
    CHECK(stateOf(path) == rollup::State::Stale);
}

TEST_CASE("a v1 project migrates to the current schema, falls back until optimized", "[rollup][migration]")
{
    TempDir dir;
    const std::string path = dir.file("v1.sqlite");
    std::filesystem::copy_file(dataPath("projects/v1.sqlite"), path);
    // Read-only opens refuse an older schema; the first read-write open migrates.
    CHECK(runCli({ "metrics", path, "--json" }).code == 3);
    {
        auto p = store::Project::open(path, store::OpenMode::ReadWrite);
        REQUIRE(p.ok());
        CHECK(*p->schemaVersion() == store::kSchemaVersion);
        CHECK(p->db().scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")->value() == 9);
    }
    foreignSql(path, kActivitiesSql);
    CHECK(stateOf(path) == rollup::State::Absent);
    const std::string fallback = metricsJson(path, true);
    const auto r = runCli({ "optimize", path, "--json" });
    REQUIRE(r.code == 0);
    CHECK(r.out.find("\"found\": \"absent\"") != std::string::npos);
    CHECK(stateOf(path) == rollup::State::Current);
    CHECK(metricsJson(path, true) == fallback);
    CHECK(runCli({ "optimize", path }).out == "activities rollup: current\ndeals rollup: current\n");
}

TEST_CASE("optimize: usage and rejected inputs", "[rollup][cli]")
{
    TempDir dir;
    CHECK(runCli({ "optimize" }).code == 2);
    const auto missing = runCli({ "optimize", dir.file("none.sqlite") });
    CHECK(missing.code != 0);
    CHECK_FALSE(missing.err.empty());
}

TEST_CASE("damaged payloads are rejected with a message, never trusted", "[rollup][hostile]")
{
    rollup::ActivityRollup r;
    r.rows = 5;
    r.done = 3;
    r.planned = 1;
    r.latest = 1735700000;
    r.deals
        = { { 1, 2, 1735700000, 1735600000, metrics::kNoTime }, { 5, 1, 1735000000, metrics::kNoTime, 1736000000 } };
    r.clients = { { 1, 1735700000 } };
    r.leads = { { 7, 1735600000 } };
    rollup::ManagerDay d;
    d.hasManager = true;
    d.managerId = 1;
    d.day = 20088;
    d.count[0] = 2;
    d.callsWithOutcome = 1;
    r.days = { d };
    const std::string good = rollup::encode(r);
    auto back = rollup::decode(good);
    REQUIRE(back.ok());
    CHECK(rollup::encode(*back) == good);

    auto rejected = [](const std::string& bytes, const std::string& why) {
        auto x = rollup::decode(bytes);
        REQUIRE_FALSE(x.ok());
        CHECK_THAT(x.error().message, Catch::Contains("rollup is damaged") && Catch::Contains(why));
    };
    rejected(good.substr(0, 10), "shorter than its header");
    rejected(good.substr(0, good.size() - 1), "header announces");
    rejected(good + "x", "header announces");
    rejected("XXXX" + good.substr(4), "not a rollup payload");
    std::string format = good;
    format[4] = 9;
    rejected(format, "payload format 9");
    std::string unsorted = good;
    std::swap(r.deals[0], r.deals[1]);
    rejected(rollup::encode(r), "ids not sorted");
    r.days[0].day = std::int64_t(1) << 50;
    rejected(rollup::encode(r), "days out of range");

    // Random damage: decode either refuses or returns a well-formed rollup; never crashes (ASan run).
    std::mt19937 rng(42);
    for (int i = 0; i < 3000; ++i) {
        std::string b = good;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int k = 0; k < flips; ++k)
            b[rng() % b.size()] = static_cast<char>(rng());
        if (rng() % 4 == 0)
            b.resize(rng() % b.size());
        auto x = rollup::decode(b);
        if (x.ok())
            CHECK(x->deals.size() <= b.size());
    }
}

TEST_CASE("a damaged stored rollup falls back to the table and optimize rebuilds it", "[rollup][hostile]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    makeHandProject(path);
    const std::string good = metricsJson(path, true);
    for (const char* damage : { "UPDATE rollup_parts SET payload = substr(payload, 1, 40)",
             "UPDATE rollup_parts SET payload = zeroblob(length(payload))", "UPDATE rollups SET format = 99",
             "UPDATE rollups SET parts = 2", "DELETE FROM rollup_parts" }) {
        INFO(damage);
        foreignSql(path, damage);
        CHECK(stateOf(path) == rollup::State::Damaged);
        CHECK(metricsJson(path, true) == good);
        optimize(path);
        CHECK(stateOf(path) == rollup::State::Current);
    }
}

TEST_CASE("imports keep the rollup current, also when deals arriving later relink activities", "[rollup][import]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    makeProject(path);
    for (const char* entity : { "activities", "deals", "clients" }) {
        INFO(entity);
        const auto r = runCli({ "import", path, "--entity", entity, "--preset", "amocrm",
            dataPath(std::string("import/") + entity + "_amocrm.csv") });
        INFO(r.err);
        REQUIRE(r.code == 0);
        CHECK(stateOf(path) == rollup::State::Current);
        CHECK(metricsJson(path, true) == metricsJson(path, false));
    }
    auto p = store::Project::open(path, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    // The deals import resolved the activities' deal ids; the rollup rebuilt in that transaction has them.
    CHECK(p->db().scalarInt("SELECT count(*) FROM activities WHERE deal_id IS NOT NULL")->value_or(0) > 0);
    auto found = rollup::readActivities(p->db(), *rollup::activitiesFingerprint(p->db()));
    REQUIRE(found.rollup.has_value());
    CHECK_FALSE(found.rollup->deals.empty());
}
