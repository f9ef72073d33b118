// The deals snapshot (schema v3): the loader gets exactly the deals and stage history the tables
// give (NULLs, unknown and sparse ids, deleted rows, out-of-order history), the metrics JSON is
// byte-identical with and without it, every writer leaves it current or stale (never wrong), and
// a damaged payload is refused, never trusted.
#include "MetricsFixture.h"
#include "RollupTestSupport.h"
#include "demo/DemoAudit.h"
#include "rollup/Rollup.h"

#include <bit>
#include <limits>
#include <random>

using namespace sa;
using namespace sa::test;

namespace {

/// Deals beside the golden ones with every NULL the loader maps, unknown references, texts that
/// are another column's values, a pre-1970 date, a sparse id and a deleted deal; stage history out
/// of id order, with unknown / NULL deals and stages and a deleted row.
const char* const kDealsSql
    = "INSERT INTO leads(id, created_at, direction) VALUES (7, 1700000000, 'inbound');"
      "INSERT INTO deals(id, created_at, pipeline, pipeline_name, sales_channel, status, closed_at, amount,"
      " probability, client_id, lead_id, owner_id, stage_id, channel_id, loss_reason, expected_close_date,"
      " stage_changed_at) VALUES"
      " (100, 1735000000, 'account', 'dealer', 'Main', 'open', NULL, NULL, 33.3, 999, 7, 77, 2, NULL, NULL,"
      "  1736000000, 1735100000),"
      " (101, -86401, 'acquisition', '', NULL, 'lost', 1735500000, -5000, NULL, NULL, 4242, NULL, 99, 1, 'Дорого',"
      "  NULL, NULL),"
      " (5000, 1735200000, 'acquisition', 'Main', 'dealer', 'won', 1735600000, 123456789012, 100, 2, NULL, 1, 3, 2,"
      "  '', NULL, NULL),"
      " (3000, 1735300000, 'acquisition', 'Main', 'direct', 'open', NULL, 1, 0.5, 1, NULL, 2, 1, 1, NULL, NULL, NULL);"
      "DELETE FROM deals WHERE id = 3000;"
      "INSERT INTO stage_history(id, deal_id, stage_id, entered_at, exited_at) VALUES"
      " (900, 5000, 3, 1735600000, NULL), (50, 5000, 1, 1735200000, NULL), (60, 100, 2, 1735100000, NULL),"
      " (61, 4242, 1, 1735000000, NULL), (62, NULL, 1, 1735000000, NULL), (63, 100, 999, 1735000000, 1735050000),"
      " (64, 101, 1, -86401, 1735400000), (70, 3000, 1, 1735300000, NULL);"
      "DELETE FROM stage_history WHERE id = 70;";

void makeHandProject(const std::string& path)
{
    {
        auto p = makeProject(path);
        seedGolden(p);
    }
    foreignSql(path, kDealsSql);
    optimize(path);
}

metrics::AuditData load(const std::string& path, bool rollups)
{
    auto p = store::Project::open(path, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    metrics::LoadOptions o;
    o.useRollup = rollups;
    auto d = metrics::AuditData::load(*p, refs(), o);
    REQUIRE(d.ok());
    return std::move(*d);
}

rollup::State snapshotState(const std::string& path)
{
    auto p = store::Project::open(path, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    auto fp = rollup::dealsFingerprint(p->db());
    REQUIRE(fp.ok());
    return rollup::readDeals(p->db(), *fp).state;
}

void sameDeal(const metrics::Deal& a, const metrics::Deal& b)
{
    INFO("deal " << a.id);
    CHECK(a.id == b.id);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.closedAt == b.closedAt);
    CHECK(a.expectedCloseDate == b.expectedCloseDate);
    CHECK(a.stageChangedAt == b.stageChangedAt);
    CHECK(a.amount == b.amount);
    CHECK(a.hasAmount == b.hasAmount);
    CHECK(a.status == b.status);
    CHECK(a.pipeline == b.pipeline);
    CHECK(a.nonTarget == b.nonTarget);
    CHECK(std::bit_cast<std::uint32_t>(a.probability) == std::bit_cast<std::uint32_t>(b.probability));
    CHECK((a.client == b.client && a.lead == b.lead && a.owner == b.owner && a.stage == b.stage));
    CHECK((a.channel == b.channel && a.salesChannel == b.salesChannel && a.pipelineName == b.pipelineName));
    CHECK(a.lossReason == b.lossReason);
    CHECK((a.shBegin == b.shBegin && a.shEnd == b.shEnd && a.reachedOrder == b.reachedOrder));
    CHECK(a.currentEnteredAt == b.currentEnteredAt);
}

/// The project loaded through the snapshot equals the project loaded from the tables.
void loadsLikeTheTables(const std::string& path)
{
    const auto snap = load(path, true);
    const auto table = load(path, false);
    CHECK(snap.dealSource == "snapshot");
    CHECK(table.dealSource == "table");
    REQUIRE(snap.deals.size() == table.deals.size());
    for (std::size_t i = 0; i < snap.deals.size(); ++i)
        sameDeal(snap.deals[i], table.deals[i]);
    REQUIRE(snap.stageHistory.size() == table.stageHistory.size());
    for (std::size_t i = 0; i < snap.stageHistory.size(); ++i) {
        const auto &a = snap.stageHistory[i], &b = table.stageHistory[i];
        CHECK((a.deal == b.deal && a.stage == b.stage && a.enteredAt == b.enteredAt && a.exitedAt == b.exitedAt));
    }
    CHECK(snap.texts.values() == table.texts.values());
    CHECK(snap.reasons.values() == table.reasons.values());
    CHECK(metricsJson(path, true) == metricsJson(path, false));
}

} // namespace

TEST_CASE("the deals snapshot loads exactly what the tables give", "[rollup][snapshot]")
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
        CHECK(snapshotState(path) == rollup::State::Current);
        loadsLikeTheTables(path);
    }
    const auto d = load(hand, true);
    CHECK(d.deals.size() == 8);
    CHECK(d.deals.back().id == 5000);
}

TEST_CASE("a foreign write to deals or stage history makes the snapshot stale", "[rollup][snapshot]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    makeHandProject(path);
    // Columns the loader does not read: the snapshot stays current.
    foreignSql(path, "UPDATE deals SET name = 'x', tags = 'y' WHERE id = 1; UPDATE stage_history SET deal_ref = 'z'");
    CHECK(snapshotState(path) == rollup::State::Current);
    const std::vector<std::string> writes = {
        "UPDATE deals SET amount = amount + 1 WHERE id = 1",
        "UPDATE deals SET sales_channel = 'x' WHERE id = 2",
        "UPDATE deals SET owner_id = 1 WHERE id = 5",
        "DELETE FROM deals WHERE id = 4",
        "INSERT INTO deals(created_at, status) VALUES (1735800000, 'open')",
        // Same count and max(id): only the trigger can tell.
        "INSERT OR REPLACE INTO deals(id, created_at, status, amount) VALUES (100, 1735000000, 'won', 7)",
        "UPDATE stage_history SET exited_at = entered_at + 5 WHERE id = 50",
        "UPDATE stage_history SET stage_id = 2 WHERE id = 900",
        "DELETE FROM stage_history WHERE id = 60",
        "INSERT INTO stage_history(deal_id, stage_id, entered_at) VALUES (1, 2, 1735000000)",
    };
    for (const auto& sql : writes) {
        INFO(sql);
        foreignSql(path, sql);
        CHECK(snapshotState(path) == rollup::State::Stale);
        CHECK(load(path, true).dealSource == "table");
        const std::string fallback = metricsJson(path, true);
        CHECK(fallback == metricsJson(path, false));
        optimize(path);
        CHECK(snapshotState(path) == rollup::State::Current);
        CHECK(metricsJson(path, true) == fallback);
    }
}

TEST_CASE("our own trigger-less writes: the fingerprint or an invalidate call", "[rollup][snapshot]")
{
    CHECK(rollup::copiesRowsOf("deals"));
    CHECK(rollup::copiesRowsOf("stage_history"));
    CHECK_FALSE(rollup::copiesRowsOf("clients"));
    for (const char* t : { "deals", "stage_history", "clients", "leads" })
        CHECK(rollup::dealsDependOn(t));
    CHECK_FALSE(rollup::dealsDependOn("activities"));
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    makeHandProject(path);
    for (const char* sql : { "INSERT INTO deals(created_at, status) VALUES (1735800000, 'open')",
             "INSERT INTO stage_history(deal_id, stage_id, entered_at) VALUES (1, 2, 1735000000)",
             "DELETE FROM stage_history WHERE id = 900" }) {
        INFO(sql);
        {
            auto p = store::Project::open(path, store::OpenMode::ReadWrite);
            REQUIRE(p.ok());
            exec(*p, sql);
        }
        CHECK(snapshotState(path) == rollup::State::Stale);
        CHECK(metricsJson(path, true) == metricsJson(path, false));
        optimize(path);
    }
    {
        auto p = store::Project::open(path, store::OpenMode::ReadWrite);
        REQUIRE(p.ok());
        exec(*p, "UPDATE deals SET client_id = NULL WHERE client_id = 1"); // invisible to the fingerprint...
        REQUIRE(rollup::invalidateFor(p->db(), "deals").ok()); // ...hence the call every such writer owes
        const auto fp = rollup::activitiesFingerprint(p->db()); // the other rollup stays usable
        REQUIRE(fp.ok());
        CHECK(rollup::readActivities(p->db(), *fp).state == rollup::State::Current);
    }
    CHECK(snapshotState(path) == rollup::State::Stale);
    CHECK(metricsJson(path, true) == metricsJson(path, false));
}

TEST_CASE("imports keep the deals snapshot current, also relinks and --replace", "[rollup][snapshot][import]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    makeProject(path);
    optimize(path);
    auto import = [&](const std::string& entity, bool replace) {
        INFO(entity);
        std::vector<std::string> args = { "import", path, "--entity", entity, "--preset", "amocrm",
            dataPath("import/" + entity + "_amocrm.csv") };
        if (replace)
            args.push_back("--replace");
        const auto r = runCli(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
        CHECK(snapshotState(path) == rollup::State::Current);
        loadsLikeTheTables(path);
    };
    // Stage history before its deals (relinked by the deals import), clients after (relink deals).
    for (const char* entity : { "stage_history", "deals", "activities", "clients" })
        import(entity, false);
    import("clients", true); // --replace clears deals.client_id, then relinks
    import("deals", true);
    auto d = load(path, true);
    CHECK_FALSE(d.deals.empty());
    CHECK_FALSE(d.stageHistory.empty());
}

TEST_CASE("anonymize leaves a current snapshot of the rewritten rows", "[rollup][snapshot][privacy]")
{
    TempDir dir;
    const std::string original = dir.file("a.sqlite"), copy = dir.file("b.sqlite");
    REQUIRE(runCli({ "demo", original, "--deals", "300" }).code == 0);
    const auto r = runCli({ "anonymize", original, copy, "--key", dir.file("k.key") });
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(snapshotState(copy) == rollup::State::Current);
    loadsLikeTheTables(copy);
}

TEST_CASE("damaged snapshot payloads are refused, never trusted, never a crash", "[rollup][snapshot][hostile]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    makeHandProject(path);
    std::string good;
    {
        auto p = store::Project::open(path, store::OpenMode::ReadOnly);
        REQUIRE(p.ok());
        auto b = rollup::buildDealSnapshot(p->db());
        REQUIRE(b.ok());
        good = *b;
    }
    REQUIRE(rollup::decodeDealSnapshot(good).ok());
    auto refused = [](const std::string& bytes, const std::string& why) {
        auto x = rollup::decodeDealSnapshot(bytes);
        REQUIRE_FALSE(x.ok());
        CHECK_THAT(x.error().message, Catch::Contains("damaged") && Catch::Contains(why));
    };
    refused(good.substr(0, 10), "not a deals snapshot");
    refused(good.substr(0, good.size() - 1), "truncated");
    refused(good + "x", "after the last column");
    std::string format = good;
    format[4] = 9;
    refused(format, "payload format 9");
    // A forged row count must not make the loader allocate for it: every column needs a byte a row.
    std::string many = good;
    many[23] = 0x7f; // visit count (u64 at offset 16) → about 2^63
    refused(many, "beyond the payload");
    std::mt19937 rng(7);
    for (int i = 0; i < 3000; ++i) {
        std::string b = good;
        for (int k = 1 + static_cast<int>(rng() % 4); k > 0; --k)
            b[rng() % b.size()] = static_cast<char>(rng());
        if (rng() % 4 == 0)
            b.resize(rng() % b.size());
        auto x = rollup::decodeDealSnapshot(b);
        if (x.ok())
            CHECK(x->deals <= b.size());
    }
    const std::string json = metricsJson(path, true);
    for (const char* damage :
        { "UPDATE rollup_parts SET payload = substr(payload, 1, 40) WHERE rollup_id = (SELECT id FROM rollups WHERE"
          " name = 'deals')",
            "UPDATE rollups SET format = 99 WHERE name = 'deals'" }) {
        INFO(damage);
        foreignSql(path, damage);
        CHECK(snapshotState(path) == rollup::State::Damaged);
        CHECK(load(path, true).dealSource == "table");
        CHECK(metricsJson(path, true) == json);
        optimize(path);
        CHECK(snapshotState(path) == rollup::State::Current);
    }
}

TEST_CASE("integer columns pack to the narrowest width and back", "[rollup][snapshot][packing]")
{
    using Limits = std::numeric_limits<std::int64_t>;
    const std::vector<std::vector<std::optional<std::int64_t>>> columns = { {}, { 5, 5, 5 }, { std::nullopt },
        { 1, std::nullopt, 300, -2 }, { 0, 70000 }, { -1, std::int64_t(1) << 40 }, { Limits::min(), Limits::max() } };
    for (const auto& values : columns) {
        rollup::pack::IntColumnBuilder b;
        for (const auto& v : values)
            v ? b.push(*v) : b.pushNull();
        rollup::pack::Writer w;
        b.write(w);
        const std::string bytes = w.take();
        rollup::pack::Reader in(bytes);
        auto c = rollup::pack::IntColumn::read(in, values.size(), "test");
        REQUIRE(c.ok());
        CHECK(in.left() == 0);
        for (std::size_t i = 0; i < values.size(); ++i) {
            CHECK(c->isNull(i) == !values[i].has_value());
            CHECK(c->orElse(i, 42) == values[i].value_or(42));
        }
    }
}
