// P3 P4 P5 P6 P9 on hand-computable data.
#include "MeasureFixture.h"

#include <catch2/catch.hpp>

using namespace sa;
using scoring::Reason;
using test::MeasureFixture;

namespace {
/// 10 won deals that spent 10 days in `s1`: med_stage(s1) = 10 days, limit 20 days.
void stageNorm(MeasureFixture& fx, std::int64_t s1, std::int64_t won)
{
    for (int i = 0; i < 10; ++i) {
        const auto d = fx.deal("2024-12-20", "won", "2025-01-11");
        fx.insert("stage_history",
            { { "deal_id", d }, { "stage_id", s1 }, { "entered_at", fx.t("2025-01-01") },
                { "exited_at", fx.t("2025-01-11") } });
        fx.insert("stage_history", { { "deal_id", d }, { "stage_id", won }, { "entered_at", fx.t("2025-01-11") } });
    }
}
void openIn(MeasureFixture& fx, std::int64_t stage, const std::string& entered, int count)
{
    for (int i = 0; i < count; ++i) {
        const auto d = fx.deal("2025-01-01");
        fx.insert("stage_history", { { "deal_id", d }, { "stage_id", stage }, { "entered_at", fx.t(entered) } });
    }
}
} // namespace

TEST_CASE("P4 stalled share: primary rule at the 15 % boundary", "[measures][P4]")
{
    MeasureFixture fx;
    const auto s1 = fx.stage("Qualify", 1), won = fx.stage("Won", 9, "won");
    stageNorm(fx, s1, won);
    openIn(fx, s1, "2025-06-20", 34); // 10 days in stage: within 2 x 10 days
    openIn(fx, s1, "2025-05-01", 6); // 60 days: stalled
    CHECK(fx.value("P4", "stalled_share") == 6.0 / 40.0);
    const auto& p = fx.part("P4");
    CHECK(p.reason == Reason::None);
    CHECK(p.n == 40);
    CHECK(std::find(p.flags.begin(), p.flags.end(), "fallback") == p.flags.end());
    CHECK(fx.measure("P4").details["rows"][0]["ids"].size() == 6);
}

TEST_CASE("P4 on mixed data: deals without a stage entry date by the fallback, flagged", "[measures][P4]")
{
    MeasureFixture fx;
    const auto s1 = fx.stage("Qualify", 1), s2 = fx.stage("Propose", 2), won = fx.stage("Won", 9, "won");
    stageNorm(fx, s1, won);
    openIn(fx, s1, "2025-06-20", 20); // primary: 10 days, within 20
    openIn(fx, s1, "2025-05-01", 5); // primary: 60 days, stalled
    openIn(fx, s2, "2025-05-01", 3); // Propose has no duration norm: left out
    for (int i = 0; i < 10; ++i) // no history: untouched since 2025-01-01, stalled by the fallback
        fx.deal("2025-01-01");
    CHECK(fx.value("P4", "stalled_share") == 15.0 / 35.0);
    const auto& p = fx.part("P4");
    CHECK(p.n == 35);
    CHECK(p.partial);
    CHECK(std::find(p.flags.begin(), p.flags.end(), "fallback") != p.flags.end());
    const auto& m = fx.measure("P4");
    CHECK(m.details["judged_by_stage_limit"] == 25);
    CHECK(m.details["judged_by_fallback"] == 10);
}

TEST_CASE("P4 below 30 open deals is indicative; without dates and activities no data", "[measures][P4]")
{
    MeasureFixture fx;
    const auto s1 = fx.stage("Qualify", 1), won = fx.stage("Won", 9, "won");
    stageNorm(fx, s1, won);
    openIn(fx, s1, "2025-05-01", 10);
    const auto& p = fx.part("P4");
    CHECK(p.reason == Reason::InsufficientSample);
    CHECK(p.indicative);
    CHECK(fx.value("P4", "stalled_share") == 1.0);

    MeasureFixture empty;
    empty.deal("2025-01-01");
    CHECK(empty.part("P4").reason == Reason::NoData);
}

TEST_CASE("P3 complete share: mandatory stages passed by closed deals", "[measures][P3]")
{
    MeasureFixture fx;
    const auto a = fx.stage("A", 1, "none", true), b = fx.stage("B", 2, "none", true), won = fx.stage("Won", 3, "won");
    for (int i = 0; i < 30; ++i) {
        const auto d = fx.deal("2025-01-01", "won", "2025-03-01");
        fx.insert("stage_history", { { "deal_id", d }, { "stage_id", a }, { "entered_at", fx.t("2025-01-01") } });
        if (i >= 3)
            fx.insert("stage_history", { { "deal_id", d }, { "stage_id", b }, { "entered_at", fx.t("2025-02-01") } });
        fx.insert("stage_history", { { "deal_id", d }, { "stage_id", won }, { "entered_at", fx.t("2025-03-01") } });
    }
    CHECK(fx.value("P3", "complete_share") == Approx(0.9));
    CHECK(fx.part("P3").n == 30);
}

TEST_CASE("P3 without stage history is not assessed", "[measures][P3]")
{
    MeasureFixture fx;
    fx.stage("A", 1, "none", true);
    fx.deal("2025-01-01", "won", "2025-03-01");
    CHECK(fx.part("P3").reason == Reason::NoData);
    CHECK(fx.part("P3").fieldAbsent);
}

TEST_CASE("P5 cycle ratio against refs.norm_cycle_days, at the 1.10 boundary", "[measures][P5]")
{
    MeasureFixture fx;
    fx.params.set("norm_cycle_days", 30);
    for (int i = 0; i < 20; ++i)
        fx.deal("2025-03-01", "won", "2025-04-03"); // 33 days
    CHECK(fx.value("P5", "cycle_ratio") == Approx(1.10));
    CHECK(fx.part("P5").reason == Reason::None);
    CHECK(fx.part("P5").n == 20);
}

TEST_CASE("P5 below 20 won deals is indicative; without a norm not assessed", "[measures][P5]")
{
    MeasureFixture fx;
    for (int i = 0; i < 5; ++i)
        fx.deal("2025-03-01", "won", "2025-04-03");
    CHECK(fx.part("P5").reason == Reason::NoData); // no norm: the top quartile has < 30 won deals
    fx.params.set("norm_cycle_days", 33);
    CHECK(fx.part("P5").reason == Reason::InsufficientSample);
    CHECK(fx.part("P5").indicative);
    CHECK(fx.value("P5", "cycle_ratio") == Approx(1.0));
}

TEST_CASE("P6 reason share: generic reasons do not count, 90 % boundary", "[measures][P6]")
{
    MeasureFixture fx;
    for (int i = 0; i < 20; ++i) {
        const auto d = fx.deal("2025-01-01", "lost", "2025-02-01");
        fx.sql("UPDATE deals SET loss_reason = '" + std::string(i < 18 ? "Дорого" : "другое")
            + "' WHERE id = " + std::to_string(d));
    }
    CHECK(fx.value("P6", "reason_share") == Approx(0.9));
    CHECK(fx.part("P6").n == 20);
    CHECK(fx.part("P6").reason == Reason::None);
}

TEST_CASE("P6 field absent from the export, and too few lost deals", "[measures][P6]")
{
    MeasureFixture fx;
    for (int i = 0; i < 25; ++i)
        fx.deal("2025-01-01", "lost", "2025-02-01");
    CHECK(fx.part("P6").reason == Reason::NoData);
    CHECK(fx.part("P6").fieldAbsent);
    // mapped but empty: measured, low fill = low value
    fx.sql("UPDATE deals SET loss_reason = '' WHERE id <= 10");
    fx.sql("UPDATE deals SET loss_reason = 'Цена' WHERE id = 1");
    CHECK(fx.value("P6", "reason_share") == Approx(1.0 / 25));
    fx.sql("DELETE FROM deals WHERE id > 10");
    CHECK(fx.part("P6").reason == Reason::InsufficientSample);
    CHECK(fx.part("P6").indicative);
}

TEST_CASE("P9 complete share with a next step, and partial without planned activities", "[measures][P9]")
{
    MeasureFixture fx;
    const auto m = fx.manager("Анна");
    for (int i = 0; i < 30; ++i) {
        const auto d = fx.deal("2025-06-01", "open", "", 500, m);
        if (i >= 3)
            fx.sql("UPDATE deals SET expected_close_date = " + std::to_string(fx.t("2025-08-01"))
                + " WHERE id = " + std::to_string(d));
        fx.insert("activities",
            { { "manager_id", m }, { "type", std::string("task") }, { "deal_id", d },
                { "status", std::string("planned") }, { "due_at", fx.t("2025-07-05") } });
    }
    CHECK(fx.value("P9", "complete_share") == Approx(0.9));
    CHECK_FALSE(fx.part("P9").partial);
    fx.sql("DELETE FROM activities");
    CHECK(fx.value("P9", "complete_share") == Approx(0.9));
    CHECK(fx.part("P9").partial);
}
