// The demo audit: deterministic for a seed, complete, and carrying the problems it is meant to show.
#include "TestSupport.h"
#include "demo/DemoAudit.h"
#include "metrics/Metrics.h"
#include "scoring/Drill.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace sa;

namespace {
double scalar(const store::Project& p, const std::string& sql)
{
    auto st = p.db().prepare(sql);
    REQUIRE(st.ok());
    REQUIRE(*st->step());
    return st->getDouble(0);
}

demo::DemoOptions small(std::uint64_t seed = 1)
{
    demo::DemoOptions o;
    o.deals = 1500;
    o.seed = seed;
    return o;
}
} // namespace

TEST_CASE("the demo audit is deterministic for a seed and differs across seeds", "[demo]")
{
    test::TempDir dir;
    REQUIRE(demo::createDemoAudit(dir.file("a.sqlite"), small(), test::testClock()).ok());
    REQUIRE(demo::createDemoAudit(dir.file("b.sqlite"), small(), test::testClock()).ok());
    REQUIRE(demo::createDemoAudit(dir.file("c.sqlite"), small(2), test::testClock()).ok());
    auto a = store::Project::open(dir.file("a.sqlite"), store::OpenMode::ReadOnly);
    auto b = store::Project::open(dir.file("b.sqlite"), store::OpenMode::ReadOnly);
    auto c = store::Project::open(dir.file("c.sqlite"), store::OpenMode::ReadOnly);
    REQUIRE((a.ok() && b.ok() && c.ok()));
    CHECK(test::logicalDump(a->db()) == test::logicalDump(b->db()));
    CHECK(test::logicalDump(a->db()) != test::logicalDump(c->db()));
}

TEST_CASE("the demo fills every canonical table and the audit period", "[demo]")
{
    test::TempDir dir;
    auto summary = demo::createDemoAudit(dir.file("d.sqlite"), small(), test::testClock());
    REQUIRE(summary.ok());
    auto p = store::Project::open(dir.file("d.sqlite"), store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    for (const auto& [table, n] : *p->entityCounts()) {
        INFO(table);
        CHECK(n > 0);
        CHECK(summary->rows[table] == n);
    }
    CHECK(formatDateTime(demo::DemoOptions {}.end) == "2025-06-30 18:00:00");
    CHECK(formatDate(*p->auditInfo()->periodFrom) == "2023-07-01");
    CHECK(formatDate(*p->auditInfo()->periodTo) == "2025-06-30");
    CHECK(scalar(*p, "SELECT count(*) FROM deals") == 1500);
    CHECK(scalar(*p, "SELECT count(*) FROM import_batches") > 0);
    // The audit side: notes tagged to criteria, answers with evidence, a rating, overrides, a plan.
    CHECK(scalar(*p, "SELECT count(*) FROM evidence") == 10);
    CHECK(scalar(*p, "SELECT count(*) FROM evidence_criteria") > 30);
    CHECK(scalar(*p, "SELECT count(*) FROM checklist_answers") > 60);
    CHECK(scalar(*p, "SELECT count(*) FROM assessment_evidence") > 60);
    CHECK(scalar(*p, "SELECT rating FROM assessments WHERE criterion_id = 'S3'") == 1);
    CHECK(scalar(*p, "SELECT count(*) FROM overrides WHERE active = 1") == 2);
    CHECK(scalar(*p, "SELECT count(*) FROM actions") > 10);
    // Referential integrity: everything points at rows that exist.
    CHECK(scalar(*p, "SELECT count(*) FROM stage_history h LEFT JOIN deals d ON d.id = h.deal_id WHERE d.id IS NULL")
        == 0);
    CHECK(
        scalar(*p, "SELECT count(*) FROM orders o LEFT JOIN clients c ON c.id = o.client_id WHERE c.id IS NULL") == 0);
    CHECK(scalar(*p, "SELECT count(*) FROM deals WHERE status != 'open' AND closed_at IS NULL") == 0);
    CHECK(scalar(*p, "SELECT count(*) FROM activities WHERE done_at > (SELECT period_to FROM audit)") == 0);
}

TEST_CASE("the demo carries the problems an audit should find", "[demo]")
{
    test::TempDir dir;
    REQUIRE(demo::createDemoAudit(dir.file("d.sqlite"), small(), test::testClock()).ok());
    auto p = store::Project::open(dir.file("d.sqlite"), store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    const std::string w = "strftime('%s', '2024-07-01')";
    // Missing loss reasons: well under the 60 % red line of P6.
    CHECK(scalar(*p, "SELECT avg(loss_reason IS NOT NULL) FROM deals WHERE status = 'lost'") < 0.6);
    // Key-client concentration: the largest client holds more than 20 % of the last 12 months (C6 red).
    CHECK(scalar(*p,
              "SELECT max(s) * 1.0 / sum(s) FROM (SELECT sum(amount) s FROM orders WHERE status = 'paid' AND "
              "order_date >= "
                  + w + " GROUP BY client_id)")
        > 0.20);
    // A weak paid channel: VK Реклама's won revenue is far below twice its cost (L2).
    CHECK(scalar(*p,
              "SELECT (SELECT coalesce(sum(d.amount), 0) FROM deals d JOIN channels c ON c.id = d.channel_id"
              " WHERE c.name = 'VK Реклама' AND d.status = 'won') * 1.0 / (SELECT sum(cost) FROM channel_costs cc"
              " JOIN channels c ON c.id = cc.channel_id WHERE c.name = 'VK Реклама')")
        < 1.0);
    // An overloaded manager: Дмитрий Кузнецов owns the most open deals.
    CHECK(scalar(*p,
              "SELECT m.name = 'Дмитрий Кузнецов' FROM deals d JOIN managers m ON m.id = d.owner_id"
              " WHERE d.status = 'open' GROUP BY m.id ORDER BY count(*) DESC LIMIT 1")
        == 1);
    // Stalled deals: open deals whose current stage was entered long ago.
    CHECK(scalar(*p,
              "SELECT avg(h.entered_at < strftime('%s', '2025-05-01')) FROM deals d JOIN stage_history h"
              " ON h.deal_id = d.id AND h.exited_at IS NULL WHERE d.status = 'open'")
        > 0.25);
}

TEST_CASE("the demo refuses to overwrite a file and rejects bad sizes", "[demo]")
{
    test::TempDir dir;
    test::makeProject(dir.file("x.sqlite"));
    const std::string before = test::readFile(dir.file("x.sqlite"));
    auto r = demo::createDemoAudit(dir.file("x.sqlite"), small(), test::testClock());
    REQUIRE_FALSE(r.ok());
    CHECK(test::readFile(dir.file("x.sqlite")) == before);
    demo::DemoOptions tiny;
    tiny.deals = 5;
    REQUIRE_FALSE(demo::createDemoAudit(dir.file("y.sqlite"), tiny, test::testClock()).ok());
    CHECK_FALSE(std::filesystem::exists(dir.file("y.sqlite")));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
}

TEST_CASE("the dashboards and criterion P4 count the same stalled deals", "[demo]")
{
    // Metrics' funnel.stalled (dashboards, report) and the P4 measure both call metrics::findStalled
    // (its own cases: tests/core/metrics/test_stalled.cpp); this checks the two callers end to end.
    test::TempDir dir;
    REQUIRE(demo::createDemoAudit(dir.file("d.sqlite"), small(), test::testClock()).ok());
    auto p = store::Project::open(dir.file("d.sqlite"), store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    auto setup = scoring::loadScoringSetup(*p, Params::defaultCatalogueDir());
    REQUIRE(setup.ok());
    auto data = metrics::AuditData::load(*p, setup->params);
    REQUIRE(data.ok());
    const auto m = metrics::computeMetrics(*data);
    auto drill = scoring::drillRows(*p, *setup, *data, "P4");
    REQUIRE(drill.ok());
    REQUIRE(drill->sets.size() >= 2); // stalled, then the open deals judged
    const auto& stalled = m.json["funnel"]["stalled"];
    CHECK(stalled["count"].get<std::size_t>() == drill->sets[0].size());
    CHECK(stalled["open"].get<std::size_t>() == drill->sets[1].size());
    CHECK(drill->sets[0].size() > 0);
}
