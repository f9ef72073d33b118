// metrics::findStalled, the one P4 rule behind funnel.stalled, the P4 measure and M5, on a
// hand-computable project judged at as_of 2025-06-30 (the time in stage counts to 00:00 of that day).
// Pipeline "Main": S1 with refs.norm_stage_days 10 → limit max(2 × 10, 3) = 20 days; S2 without a
// norm and with < 10 exits → no limit (§2: the stage is excluded). refs.stall_fallback_days = 30.
#include "MetricsFixture.h"
#include "metrics/Stalled.h"

using namespace sa;
using namespace sa::test;

namespace {

struct StallProject {
    TempDir dir;
    store::Project project = makeProject(dir.file("s.sqlite"));
    Params params = refs();
    StallProject()
    {
        seedDictionaries(project);
        params.set("norm_stage_days", { { "S1", 10 } });
    }
    /// An open deal of 100.00 × id, with its stage history ("stage@date").
    void open(int id, const std::string& created, int stage, const std::vector<std::pair<int, std::string>>& history)
    {
        deal(project, id, created, "open", "", 10000LL * id, 1, 1, nullptr, stage, history);
    }
    metrics::AuditData load()
    {
        metrics::LoadOptions o;
        o.asOf = at("2025-06-30");
        auto d = metrics::AuditData::load(project, params, o);
        REQUIRE(d.ok());
        return std::move(*d);
    }
};

std::vector<std::int64_t> ids(const metrics::AuditData& d, const std::vector<metrics::Row>& rows)
{
    std::vector<std::int64_t> out;
    for (auto r : rows)
        out.push_back(d.deals[static_cast<std::size_t>(r)].id);
    return out;
}

/// Primary rule: 10, 25 and exactly 20 days in S1; D4 waits in S2, which has no limit.
void seedPrimary(StallProject& p)
{
    p.open(1, "2025-06-01", 1, { { 1, "2025-06-20" } });
    p.open(2, "2025-06-01", 1, { { 1, "2025-06-05" } }); // 25 days > 20: stalled
    p.open(3, "2025-06-01", 1, { { 1, "2025-06-10" } }); // 20 days, not > 20
    p.open(4, "2025-05-01", 2, { { 1, "2025-05-01" }, { 2, "2025-06-01" } });
}

/// Fallback (no stage entry date): untouched 60 days, touched 15 days ago, untouched exactly 30 days,
/// and D8 whose only history row comes after as_of.
void seedFallback(StallProject& p)
{
    p.open(5, "2025-05-01", 1, {});
    p.open(6, "2025-05-01", 1, {});
    p.open(7, "2025-05-31", 1, {});
    p.open(8, "2025-05-01", 1, { { 1, "2025-07-05" } });
    exec(p.project,
        "INSERT INTO activities(manager_id, type, deal_id, status, done_at) VALUES (1, 'call', 6, 'done', "
            + std::to_string(at("2025-06-15 10:00:00")) + ")");
}

} // namespace

TEST_CASE("stalled deals by the stage limit; a stage without a limit is left out", "[metrics][stalled][golden]")
{
    StallProject p;
    seedPrimary(p);
    const auto d = p.load();
    const auto st = metrics::findStalled(d, d.window().asOfEnd);
    CHECK(ids(d, st.judged) == std::vector<std::int64_t> { 1, 2, 3 });
    CHECK(ids(d, st.stalled) == std::vector<std::int64_t> { 2 });
    CHECK(ids(d, st.unjudged) == std::vector<std::int64_t> { 4 });
    CHECK(st.byStageLimit == 3);
    CHECK(st.byFallback == 0);
    CHECK(st.judgedAmount == 60000);
    CHECK(st.stalledAmount == 20000);
    const auto j = metrics::computeMetrics(d).json["funnel"]["stalled"];
    CHECK(j["count"] == 1);
    CHECK(j["open"] == 3);
    CHECK(j["open_unjudged"] == 1);
    CHECK(j["method"] == "stage_limit");
    CHECK(j["amount"].get<double>() == Approx(200.0));
    CHECK(j["amount_share"].get<double>() == Approx(200.0 / 600.0));
}

TEST_CASE("stalled deals by the fallback when a deal has no stage entry date", "[metrics][stalled][golden]")
{
    StallProject p;
    seedFallback(p);
    const auto d = p.load();
    const auto st = metrics::findStalled(d, d.window().asOfEnd);
    CHECK(ids(d, st.judged) == std::vector<std::int64_t> { 5, 6, 7, 8 });
    CHECK(ids(d, st.stalled) == std::vector<std::int64_t> { 5, 7, 8 });
    CHECK(st.byFallback == 4);
    CHECK(st.unjudged.empty());
    CHECK(metrics::stageAt(d, d.deals[3], d.window().asOfEnd).enteredAt == metrics::kNoTime);
    const auto j = metrics::computeMetrics(d).json["funnel"]["stalled"];
    CHECK(j["method"] == "fallback");
    CHECK(j["count"] == 3);
}

TEST_CASE("mixed data: each deal by its own rule, the same answer for every caller", "[metrics][stalled][golden]")
{
    StallProject p;
    seedPrimary(p);
    seedFallback(p);
    exec(p.project,
        "INSERT INTO deals(id, created_at, status, closed_at, amount, owner_id, stage_id, pipeline_name) VALUES"
        " (9, "
            + std::to_string(at("2025-03-01")) + ", 'won', " + std::to_string(at("2025-06-10"))
            + ", 5000, 1, 3, 'Main')");
    const auto d = p.load();
    const auto st = metrics::findStalled(d, d.window().asOfEnd);
    CHECK(ids(d, st.judged) == std::vector<std::int64_t> { 1, 2, 3, 5, 6, 7, 8 }); // D9 is closed
    CHECK(ids(d, st.stalled) == std::vector<std::int64_t> { 2, 5, 7, 8 });
    CHECK(st.byStageLimit == 3);
    CHECK(st.byFallback == 4);
    CHECK(st.isStalled(4)); // row of D5
    CHECK_FALSE(st.isStalled(0));
    // A filter judges its own deals by the same rule (the dashboards' per-manager views).
    const std::vector<metrics::Row> some { 1, 4, 5 }; // D2, D5, D6
    CHECK(ids(d, metrics::findStalled(d, some, d.window().asOfEnd).stalled) == std::vector<std::int64_t> { 2, 5 });
    const auto j = metrics::computeMetrics(d).json["funnel"]["stalled"];
    CHECK(j["method"] == "mixed");
    CHECK(j["count"] == 4);
    CHECK(j["open"] == 7);
    CHECK(j["deals_by_stage_limit"] == 3);
    CHECK(j["deals_by_fallback"] == 4);
    // Judged on an earlier day, 2025-06-10: D1 had no history row yet (fallback, 9 days), D2 had
    // waited 5 days in S1, D3 entered S1 that day, D6's call was still to come (40 days untouched).
    const auto early = metrics::findStalled(d, at("2025-06-10 23:59:59"));
    CHECK(ids(d, early.judged) == std::vector<std::int64_t> { 1, 2, 3, 5, 6, 7, 8 });
    CHECK(ids(d, early.stalled) == std::vector<std::int64_t> { 5, 6, 8 });
    CHECK(early.byFallback == 5);
}
