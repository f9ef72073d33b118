// C2 L5 M5 S2 on hand-computable data.
#include "MeasureFixture.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sa;
using scoring::Reason;
using test::MeasureFixture;

TEST_CASE("C2 share of computed A clients marked top tier in the CRM", "[measures][C2]")
{
    MeasureFixture fx;
    fx.params.set("top_tier_values", nlohmann::json::array({ "VIP" }));
    for (int i = 0; i < 20; ++i) {
        const auto c = fx.client("K" + std::to_string(i), i < 3 ? "VIP" : "обычный");
        fx.order(c, "2024-07-15", i < 4 ? 200 : 12.5); // 4 clients hold 80 %: class A
    }
    CHECK(fx.value("C2", "top_tier_share") == Approx(0.75));
    CHECK(fx.part("C2").n == 4);
    CHECK(fx.measure("C2").details["abc_xyz"].contains("AZ"));
}

TEST_CASE("C2 without top-tier mapping or category field is not assessed", "[measures][C2]")
{
    MeasureFixture fx;
    for (int i = 0; i < 20; ++i)
        fx.order(fx.client("K" + std::to_string(i)), "2024-07-15", 10);
    CHECK(fx.part("C2").reason == Reason::NoData);
    CHECK(fx.part("C2").fieldAbsent);
}

TEST_CASE("L5 non-target share of leads handed to sales at the 15 % boundary", "[measures][L5]")
{
    MeasureFixture fx;
    for (int i = 0; i < 40; ++i) {
        const auto l = fx.insert("leads",
            { { "created_at", fx.t("2025-02-01") }, { "mql_at", fx.t("2025-02-02") },
                { "disqualify_reason", std::string(i < 6 ? "спам" : "") } });
        if (i < 6)
            fx.sql("UPDATE leads SET disqualified_at = " + std::to_string(fx.t("2025-02-03"))
                + " WHERE id = " + std::to_string(l));
    }
    CHECK(fx.value("L5", "non_target_share") == Approx(0.15));
    CHECK(fx.part("L5").n == 40);
}

TEST_CASE("L5 without the disqualification reason field is not assessed", "[measures][L5]")
{
    MeasureFixture fx;
    fx.insert("leads", { { "created_at", fx.t("2025-02-01") }, { "mql_at", fx.t("2025-02-02") } });
    CHECK(fx.part("L5").reason == Reason::NoData);
    CHECK(fx.part("L5").fieldAbsent);
}

TEST_CASE("M5 coverage of the next quarter's plan at 1.0", "[measures][M5]")
{
    MeasureFixture fx;
    for (int m = 7; m <= 9; ++m)
        fx.insert("plans",
            { { "month", fx.t("2025-0" + std::to_string(m) + "-01") }, { "scope", std::string("company") },
                { "revenue_plan", MeasureFixture::money(100) } });
    for (int i = 0; i < 20; ++i)
        fx.deal("2025-01-05", i < 10 ? "won" : "lost", "2025-02-01", 100); // win_rate_amt 0.5
    for (int i = 0; i < 6; ++i) {
        const auto d = fx.deal("2025-06-20", "open", "", 100);
        fx.sql("UPDATE deals SET expected_close_date = " + std::to_string(fx.t("2025-08-01"))
            + " WHERE id = " + std::to_string(d));
    }
    CHECK(fx.value("M5", "coverage") == Approx(1.0)); // 600 × 0.5 / 300
    CHECK(fx.part("M5").n == 20);
}

TEST_CASE("M5 without a plan is not assessed", "[measures][M5]")
{
    MeasureFixture fx;
    fx.deal("2025-06-20", "open", "", 100);
    CHECK(fx.part("M5").reason == Reason::NoData);
}

TEST_CASE("S2 CV of monthly won amount within a role, with impact", "[measures][S2]")
{
    MeasureFixture fx;
    for (int k = 1; k <= 3; ++k) {
        const auto m = fx.manager("M" + std::to_string(k));
        fx.sql("UPDATE managers SET hired_at = " + std::to_string(fx.t("2020-01-01"))
            + " WHERE id = " + std::to_string(m));
        fx.deal("2025-01-01", "won", "2025-01-15", 1200.0 * k, m); // 100, 200, 300 per month
    }
    CHECK(fx.value("S2", "cv") == Approx(std::sqrt(20000.0 / 3.0) / 200.0));
    CHECK(fx.part("S2").n == 3);
    REQUIRE(fx.measure("S2").impact.has_value());
    CHECK(*fx.measure("S2").impact == Approx(0.5 * 100 * 12)); // revenue basis: gm unknown
}

TEST_CASE("S2 with fewer than 3 managers in a role is not assessed", "[measures][S2]")
{
    MeasureFixture fx;
    const auto m = fx.manager("M1");
    fx.sql("UPDATE managers SET hired_at = " + std::to_string(fx.t("2020-01-01")));
    fx.deal("2025-01-01", "won", "2025-01-15", 1200, m);
    CHECK(fx.part("S2").reason == Reason::InsufficientSample);
}
