// Golden tests of the metrics engine on the hand-computable project of MetricsFixture.h.
// Dataset: deals D1 won (Anna, Site, 1000.00, 30 days), D2 lost (Anna, Site), D3 lost "Спам"
// (non_target, Igor, Cold), D4 open at S2 (Igor, Cold, 2000.00), D5 won (Igor, Cold, 300.00, 30 days);
// the latest dated row is 2025-04-30 → as_of 2025-04-30, W = 2024-05-01 .. 2025-04-30.
#include "MetricsFixture.h"

#include <cmath>

using namespace sa;
using namespace sa::test;
using Approx = Catch::Detail::Approx;

namespace {

metrics::Json find(const metrics::Json& array, const std::string& key, const std::string& value)
{
    for (const auto& e : array)
        if (e[key].is_string() && e[key].get<std::string>() == value)
            return e;
    FAIL("no element with " << key << " = " << value);
    return {};
}

struct Golden {
    TempDir dir;
    store::Project project = makeProject(dir.file("g.sqlite"));
    Params params = refs();
    Golden() { seedGolden(project); }
    metrics::AuditData load(metrics::LoadOptions o = {})
    {
        auto d = metrics::AuditData::load(project, params, o);
        REQUIRE(d.ok());
        return std::move(*d);
    }
    metrics::Json json(metrics::MetricsOptions o = {}) { return metrics::computeMetrics(load(), o).json; }
};

/// Every number in the tree is finite and every null has a reason beside it (objects only).
void checkNullsHaveReasons(const metrics::Json& j)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.value().is_null() && it.key().find("_reason") == std::string::npos && it.key() != "source"
                && it.key() != "channel" && it.key() != "segment" && it.key() != "manager"
                && it.key() != "sales_channel" && it.key() != "category") {
                INFO(it.key());
                CHECK(j.contains(it.key() + "_reason"));
            }
            checkNullsHaveReasons(it.value());
        }
    } else if (j.is_array()) {
        for (const auto& e : j)
            checkNullsHaveReasons(e);
    } else if (j.is_number_float()) {
        CHECK(std::isfinite(j.get<double>()));
    }
}

} // namespace

TEST_CASE("AuditData: §2 window, revenue book, shared facts", "[metrics]")
{
    Golden g;
    const auto d = g.load();
    REQUIRE(d.hasWindow());
    CHECK(formatDate(d.window().asOf) == "2025-04-30");
    CHECK(d.window().w.fromText() == "2024-05-01");
    CHECK(d.window().wPrev.fromText() == "2023-05-01");
    CHECK(d.window().wPrev.toText() == "2024-04-30");
    CHECK(d.window().w3.fromText() == "2025-02-01");
    CHECK(std::string(d.revenue.basisName()) == "orders");
    CHECK(d.revenue.total(d.window().w) == 180000); // the cancelled order is excluded
    CHECK(d.revenue.total(d.window().wPrev) == 20000);
    CHECK(d.revenue.ofClient(0, d.window().w) == 150000);
    // med_cycle: D1 and D5 both 30 days; Lg = 30; avg_new = (1000 + 300) / 2; win_rate_amt = 1300 / 1800
    REQUIRE(d.facts.medCycleDays);
    CHECK(*d.facts.medCycleDays == Approx(30.0));
    CHECK(d.facts.lagDays == Approx(30.0));
    CHECK(d.facts.avgNew == 65000);
    CHECK(*d.facts.winRateAmt == Approx(130000.0 / 180000.0));
    CHECK(d.facts.wonW == 2);
    CHECK(d.facts.lostW == 1); // D3 is non_target ("Спам")
    CHECK(d.deals[2].nonTarget);
    // Stage history: D4 current stage S2 entered 2025-03-05; D2 reached S1 only.
    CHECK(d.deals[3].currentEnteredAt == at("2025-03-05"));
    CHECK(d.deals[1].reachedOrder == 1);
    CHECK(d.deals[0].reachedOrder == 3);
    // Leads derived 1:1 from deals; MQL = first entry at or beyond the mql stage S2.
    CHECK(d.leadsDerived);
    CHECK(d.leads[0].mqlAt == at("2025-01-20"));
    CHECK(d.leads[1].mqlAt == metrics::kNoTime);
    CHECK(d.clients[0].firstOrderAt == at("2024-03-15"));
    CHECK(d.deals[3].lastDoneActivityAt == at("2025-04-30 10:00:00"));
    // Employment without HR dates: Anna's first month with deals or activities = 2025-01.
    CHECK(d.managers[0].firstMonth == monthIndex(at("2025-01-01")));
    CHECK(d.managers[0].firstTenuredMonth == monthIndex(at("2025-07-01")));
    CHECK(d.gm.source == metrics::GrossMargin::Source::Unknown);
}

TEST_CASE("Metrics funnel: reach, conversions, Markov chain, stalled", "[metrics][golden]")
{
    Golden g;
    const auto j = g.json();
    const auto& f = j["funnel"];
    CHECK(f["pipeline"] == "Main");
    CHECK(f["deals"] == 4); // D3 (non_target) is not an opportunity
    REQUIRE(f["stages"].size() == 3);
    CHECK(f["stages"][0]["reached"] == 4);
    CHECK(f["stages"][1]["reached"] == 3);
    CHECK(f["stages"][1]["conv_prev"].get<double>() == Approx(0.75));
    CHECK(f["stages"][1]["drop_off"] == 1);
    CHECK(f["stages"][2]["name"] == "Won");
    CHECK(f["stages"][2]["reached"] == 2);
    CHECK(f["stages"][2]["conv_prev"].get<double>() == Approx(2.0 / 3.0));
    CHECK(f["stages"][2]["conv_first"].get<double>() == Approx(0.5));
    CHECK(f["overall_conversion"].get<double>() == Approx(0.5));
    // Markov: S1 → S2 ×3, S1 → lost ×1; S2 → won ×2. p(win | S1) = 0.75; days: τ(S1) = (10+30+4+10)/4,
    // τ(S2) = 20 → t(S2) = 20, t(S1) = 13.5 + 0.75 × 20 = 28.5.
    CHECK(f["stages"][0]["markov_p_win"].get<double>() == Approx(0.75));
    CHECK(f["stages"][1]["markov_p_win"].get<double>() == Approx(1.0));
    CHECK(f["stages"][0]["markov_expected_days"].get<double>() == Approx(28.5));
    CHECK(f["stages"][1]["markov_expected_days"].get<double>() == Approx(20.0));
    // Stalled: D4 entered S2 on 2025-03-05, but S2 has 2 exits (< 10) and no norm, so §2 leaves the
    // stage out: D4 is not judged (the fallback is for deals without a stage entry date).
    CHECK(f["stalled"]["count"] == 0);
    CHECK(f["stalled"]["open"] == 0);
    CHECK(f["stalled"]["open_unjudged"] == 1);
    CHECK(f["stalled"]["share"].is_null());
    CHECK(f["stalled"]["method"] == "none");
    // Qualification: 5 leads (derived), MQL = D1 D4 D5; no sql stage mapped.
    CHECK(f["qualification"]["leads"] == 5);
    CHECK(f["qualification"]["mql"] == 3);
    CHECK(f["qualification"]["sql"] == 0);
    CHECK(f["cycle"]["median_days"].get<double>() == Approx(30.0));
    checkNullsHaveReasons(j);
}

TEST_CASE("Metrics stalled by the stage limit when med_stage is known", "[metrics][golden]")
{
    Golden g;
    g.params.set("norm_stage_days", { { "S2", 5 } }); // limit = max(2 × 5, 3) = 10 days; D4 waits 56 days
    const auto j = g.json();
    CHECK(j["funnel"]["stalled"]["count"] == 1);
    CHECK(j["funnel"]["stalled"]["share"].get<double>() == Approx(1.0));
    CHECK(j["funnel"]["stalled"]["amount"].get<double>() == Approx(2000.0));
    CHECK(j["funnel"]["stalled"]["method"] == "stage_limit");
}

TEST_CASE("Metrics pipeline, win rate and managers", "[metrics][golden]")
{
    Golden g;
    const auto j = g.json();
    CHECK(j["pipeline"]["count"] == 1);
    CHECK(j["pipeline"]["amount"].get<double>() == Approx(2000.0));
    CHECK(j["pipeline"]["weighted_amount"].get<double>() == Approx(1000.0)); // S2 default probability 50 %
    CHECK(j["pipeline"]["probability_source"]["stage_default"] == 1);
    CHECK(j["pipeline"]["coverage"].is_null());
    CHECK(j["win_rate"]["value"].get<double>() == Approx(2.0 / 3.0));
    const auto anna = find(j["by_manager"], "manager", "Anna");
    CHECK(anna["deals"] == 2);
    CHECK(anna["won"] == 1);
    CHECK(anna["lost"] == 1);
    CHECK(anna["win_rate"].get<double>() == Approx(0.5));
    CHECK(anna["won_amount"].get<double>() == Approx(1000.0));
    CHECK(anna["median_cycle_days"].get<double>() == Approx(30.0));
    const auto igor = find(j["by_manager"], "manager", "Igor");
    CHECK(igor["won"] == 1);
    CHECK(igor["lost"] == 0);
    CHECK(igor["open_amount"].get<double>() == Approx(2000.0));
    CHECK(j["activities"]["done"]["call"] == 2);
    CHECK(j["activities"]["calls_with_outcome_share"].get<double>() == Approx(0.5));
    CHECK(j["activities"]["activities_per_won_deal"].get<double>() == Approx(1.0)); // D1: 1, D5: 1
}

TEST_CASE("Metrics lead sources: ROI, CPL, zero-cost channel", "[metrics][golden]")
{
    Golden g;
    const auto j = g.json();
    const auto site = find(j["by_source"], "source", "Site");
    CHECK(site["leads"] == 2);
    CHECK(site["won"] == 1);
    CHECK(site["revenue"].get<double>() == Approx(1000.0));
    CHECK(site["cost"].get<double>() == Approx(100.0));
    CHECK(site["cpl"].get<double>() == Approx(50.0));
    CHECK(site["cac"].get<double>() == Approx(100.0));
    CHECK(site["roi"].get<double>() == Approx(9.0));
    CHECK(site["conversion"].get<double>() == Approx(0.5));
    const auto cold = find(j["by_source"], "source", "Cold");
    CHECK(cold["leads"] == 3);
    CHECK(cold["roi"].is_null());
    CHECK(cold["roi_reason"].get<std::string>().find("undefined") == 0);
}

TEST_CASE("Metrics clients: NPS, retention, ABC-XYZ, concentration, LTV", "[metrics][golden]")
{
    Golden g;
    const auto j = g.json();
    // Latest per (client, respondent): Ivan 5 (detractor), Olga 9, Petr 7 → (1 − 1) / 3 = 0.
    CHECK(j["nps"]["responses"] == 3);
    CHECK(j["nps"]["promoters"] == 1);
    CHECK(j["nps"]["detractors"] == 1);
    CHECK(j["nps"]["score"].get<double>() == Approx(0.0));
    CHECK(j["nps"]["distribution"] == nlohmann::json { 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0 }); // 5, 7, 9
    CHECK(j["retention"]["crr"].get<double>() == Approx(1.0)); // C1 active in W−1 and W
    CHECK(j["results"]["new_clients"] == 1); // C2
    CHECK(j["results"]["revenue"].get<double>() == Approx(1800.0));
    // ABC: C1 1500 (first client always A), C2 300 → C; both buy in ≤ 2 of 12 months → Z.
    int checked = 0;
    for (const auto& cell : j["abc_xyz"]["cells"]) {
        const std::string k = cell["abc"].get<std::string>() + cell["xyz"].get<std::string>();
        const auto n = cell["clients"].get<int>();
        CHECK(n == (k == "AZ" || k == "CZ" ? 1 : 0));
        checked += n;
    }
    CHECK(checked == 2);
    CHECK(j["concentration"]["top1_share"].get<double>() == Approx(1500.0 / 1800.0));
    CHECK(j["concentration"]["hhi"].get<double>() == Approx(0.7222222));
    CHECK(j["concentration"]["top10_share"].is_null());
    CHECK(j["ltv"]["on_revenue_basis"] == true);
    CHECK(j["ltv"]["arpa"].get<double>() == Approx(900.0)); // 1800 / 2 active, gm unknown → revenue
    CHECK(j["ltv"]["life_years"].get<double>() == Approx(10.0)); // CRR = 1 → capped at 10 years
    CHECK(j["ltv"]["c5"].get<double>() == Approx(9000.0));
    CHECK(j["ltv"]["historical"].get<double>() == Approx(1000.0)); // (200 + 1000 + 500 + 300) / 2 clients
}

TEST_CASE("Metrics edge cases: empty project, empty period, all lost, one deal", "[metrics][edge]")
{
    SECTION("no data at all")
    {
        TempDir dir;
        auto p = makeProject(dir.file("e.sqlite"));
        auto d = metrics::AuditData::load(p, refs());
        REQUIRE(d.ok());
        CHECK_FALSE(d->hasWindow());
        const auto j = metrics::computeMetrics(*d).json;
        CHECK(j["funnel"].is_null());
        CHECK(j.contains("funnel_reason"));
        CHECK(j["nps"].is_null());
        checkNullsHaveReasons(j);
    }
    SECTION("empty period")
    {
        Golden g;
        metrics::MetricsOptions o;
        o.period = metrics::Period::ofDays(at("2010-01-01"), at("2010-03-31"));
        const auto j = g.json(o);
        CHECK(j["funnel"]["deals"] == 0);
        CHECK(j["funnel"]["overall_conversion"].is_null());
        CHECK(j["win_rate"]["value"].is_null());
        CHECK(j["nps"]["score"].is_null());
        checkNullsHaveReasons(j);
    }
    SECTION("all lost, one deal")
    {
        TempDir dir;
        auto p = makeProject(dir.file("l.sqlite"));
        seedDictionaries(p);
        deal(p, 1, "2025-01-10", "lost", "2025-01-31", 1000, 1, 1, nullptr, 4,
            { { 1, "2025-01-10" }, { 4, "2025-01-31" } });
        auto d = metrics::AuditData::load(p, refs());
        REQUIRE(d.ok());
        const auto j = metrics::computeMetrics(*d).json;
        CHECK(j["funnel"]["deals"] == 1);
        CHECK(j["funnel"]["overall_conversion"].get<double>() == 0.0);
        CHECK(j["win_rate"]["value"].get<double>() == 0.0);
        CHECK(j["funnel"]["stages"][0]["markov_p_win"].get<double>() == 0.0);
        CHECK(j["forecast"]["method"].is_null());
        checkNullsHaveReasons(j);
    }
}

TEST_CASE("Metrics filter by manager", "[metrics][golden]")
{
    Golden g;
    metrics::MetricsOptions o;
    o.filter.manager = 0; // Anna
    const auto j = g.json(o);
    CHECK(j["funnel"]["deals"] == 2);
    CHECK(j["win_rate"]["value"].get<double>() == Approx(0.5));
    CHECK(j["by_manager"].size() == 1);
}

TEST_CASE("AuditData loads the same with one or two readers", "[metrics]")
{
    Golden g;
    metrics::LoadOptions serial;
    serial.parallel = false;
    const auto a = metrics::computeMetrics(g.load(serial)).json;
    const auto b = metrics::computeMetrics(g.load()).json;
    CHECK(a.dump() == b.dump());
}

TEST_CASE("AuditData reads sparse id ranges (gaps, high ids) like dense ones", "[metrics]")
{
    // The loader reads the big tables in id-range chunks: "id >= lo LIMIT n" when every id exists,
    // "id BETWEEN lo AND hi" otherwise. Spreading the ids of the rows nothing references must not
    // change a single value.
    Golden g;
    const auto dense = metrics::computeMetrics(g.load()).json;
    exec(g.project, "UPDATE activities SET id = id * 7919 + 100000");
    exec(g.project, "UPDATE stage_history SET id = id * 104729 + 5");
    REQUIRE(g.project.db().scalarInt("SELECT count(*) FROM activities")->value_or(0) > 1);
    const auto sparse = metrics::computeMetrics(g.load()).json;
    CHECK(dense.dump() == sparse.dump());
}
