// M1 M3 M4 M6 M7 M8 on hand-computable data.
#include "MeasureFixture.h"

#include <catch2/catch.hpp>

using namespace sa;
using scoring::Reason;
using test::MeasureFixture;

namespace {
std::string month(int m)
{
    return "2025-0" + std::to_string(m) + "-01";
}

void companyPlan(MeasureFixture& fx, int m, const char* column, double v)
{
    fx.insert("plans",
        { { "month", fx.t(month(m)) }, { "scope", std::string("company") }, { column, MeasureFixture::money(v) } });
}
} // namespace

TEST_CASE("M1 attainment over six planned months at the 95 % boundary", "[measures][M1]")
{
    MeasureFixture fx;
    const auto c = fx.client("A");
    for (int m = 1; m <= 6; ++m) {
        companyPlan(fx, m, "revenue_plan", 100);
        fx.order(c, "2025-0" + std::to_string(m) + "-15", 95);
    }
    CHECK(fx.value("M1", "attainment") == Approx(0.95));
    CHECK(fx.part("M1").n == 6);
    CHECK(fx.measure("M1").details["plan_gap_annualised"].get<double>() == Approx(60.0));
}

TEST_CASE("M1 missing: no plans, fewer than 3 months, manager plans summed", "[measures][M1]")
{
    MeasureFixture fx;
    const auto c = fx.client("A");
    fx.order(c, "2025-06-15", 80);
    CHECK(fx.part("M1").reason == Reason::NoData);
    const auto a = fx.manager("Анна"), b = fx.manager("Игорь");
    for (auto m : { a, b })
        fx.insert("plans",
            { { "month", fx.t("2025-06-01") }, { "scope", std::string("manager") }, { "scope_id", m },
                { "revenue_plan", MeasureFixture::money(50) } });
    CHECK(fx.value("M1", "attainment") == Approx(0.8));
    CHECK(fx.part("M1").reason == Reason::InsufficientSample);
    CHECK(fx.part("M1").indicative);
    CHECK(fx.part("M1").partial);
}

TEST_CASE("M3 share of manager-workdays with activity over W3", "[measures][M3]")
{
    MeasureFixture fx;
    const auto m = fx.manager("Анна");
    fx.deal("2025-01-10", "open", "", 100, m); // employed Jan..Jun (no HR dates)
    int logged = 0;
    for (auto day = fx.t("2025-04-01"); logged < 52; day += kSecondsPerDay)
        if (weekdayOf(day) < 5) {
            fx.insert("activities",
                { { "manager_id", m }, { "type", std::string("call") }, { "status", std::string("done") },
                    { "done_at", day + 36000 } });
            ++logged;
        }
    CHECK(fx.value("M3", "active_day_share") == Approx(52.0 / 65.0)); // 65 workdays Apr-Jun 2025
    CHECK(fx.part("M3").n == 65);
}

TEST_CASE("M3 without activities is not assessed", "[measures][M3]")
{
    MeasureFixture fx;
    fx.deal("2025-01-10", "open", "", 100, fx.manager("Анна"));
    CHECK(fx.part("M3").reason == Reason::NoData);
    CHECK(fx.part("M3").fieldAbsent);
}

namespace {
/// 100 January leads: 60 MQL, 30 SQL, 6 of them won (cycle 10 days); the other 40 disqualified.
void funnel(MeasureFixture& fx, bool disqualify)
{
    for (int i = 0; i < 100; ++i) {
        std::int64_t deal = 0;
        if (i < 6)
            deal = fx.deal("2025-01-10", "won", "2025-01-20", 1000);
        const auto lead = fx.insert("leads", { { "created_at", fx.t("2025-01-05") } });
        if (i < 60)
            fx.sql("UPDATE leads SET mql_at = " + std::to_string(fx.t("2025-01-06"))
                + " WHERE id = " + std::to_string(lead));
        if (i < 30)
            fx.sql("UPDATE leads SET sql_at = " + std::to_string(fx.t("2025-01-07"))
                + " WHERE id = " + std::to_string(lead));
        if (deal)
            fx.sql("UPDATE leads SET deal_id = " + std::to_string(deal) + " WHERE id = " + std::to_string(lead));
        if (i >= 60 && disqualify)
            fx.sql("UPDATE leads SET disqualified_at = " + std::to_string(fx.t("2025-01-06"))
                + " WHERE id = " + std::to_string(lead));
    }
    fx.params.set("conv_1", 0.6);
    fx.params.set("conv_2", 0.5);
    fx.params.set("conv_3", 0.25);
}
} // namespace

TEST_CASE("M4 weakest step against refs, with impact", "[measures][M4]")
{
    MeasureFixture fx;
    funnel(fx, true);
    CHECK(fx.value("M4", "weakest_step_ratio") == Approx(0.8)); // conv3 = 6/30 = 0.2 vs 0.25
    const auto& p = fx.part("M4");
    CHECK(p.n == 100);
    CHECK_FALSE(p.cap.has_value());
    CHECK_FALSE(p.forced.has_value());
    // Δwon = 30 × (0.25 − 0.2) = 1.5 deals × avg_new 1000, revenue basis (gm unknown)
    const auto& m = fx.measure("M4");
    REQUIRE(m.impact.has_value());
    CHECK(*m.impact == Approx(1500.0));
    CHECK(m.impactOnRevenueBasis);
}

TEST_CASE("M4 tracking gate caps at yellow below 90 % tracked", "[measures][M4]")
{
    MeasureFixture fx;
    funnel(fx, false);
    const auto& p = fx.part("M4");
    REQUIRE(p.cap.has_value());
    CHECK(*p.cap == scoring::Status::Yellow); // 60 % tracked
}

TEST_CASE("M6 share of open deals with probability, category and potential", "[measures][M6]")
{
    MeasureFixture fx;
    const auto good = fx.insert("clients",
        { { "name", std::string("A") }, { "category", std::string("VIP") },
            { "potential_amount", MeasureFixture::money(1e5) } });
    const auto bare
        = fx.insert("clients", { { "name", std::string("B") }, { "potential_amount", MeasureFixture::money(1e5) } });
    for (int i = 0; i < 30; ++i) {
        const auto d = fx.deal("2025-06-01", "open", "", 100, 0, i < 24 ? good : bare);
        fx.sql(
            "UPDATE deals SET probability = " + std::to_string(10 + 20 * (i % 4)) + " WHERE id = " + std::to_string(d));
    }
    CHECK(fx.value("M6", "complete_share") == Approx(0.8));
    CHECK(fx.part("M6").n == 30);
}

TEST_CASE("M7 MAPE of forecasts made before their month", "[measures][M7]")
{
    MeasureFixture fx;
    const auto c = fx.client("A");
    for (int m = 1; m <= 3; ++m) {
        fx.insert("plans",
            { { "month", fx.t(month(m)) }, { "scope", std::string("company") },
                { "forecast_amount", MeasureFixture::money(110) }, { "forecast_made_at", fx.t(month(m)) - 86400 } });
        fx.order(c, "2025-0" + std::to_string(m) + "-10", 100);
    }
    CHECK(fx.value("M7", "mape") == Approx(0.10));
    CHECK(fx.measure("M7").details["bias"].get<double>() == Approx(0.10));
    // a forecast made inside its month does not count: 2 months left
    fx.sql("UPDATE plans SET forecast_made_at = " + std::to_string(fx.t("2025-01-15"))
        + " WHERE month = " + std::to_string(fx.t(month(1))));
    CHECK(fx.part("M7").reason == Reason::InsufficientSample);
    CHECK(fx.part("M7").indicative);
}

TEST_CASE("M8 part A new clients vs plan, part B net margin change", "[measures][M8]")
{
    MeasureFixture fx;
    for (int m = 1; m <= 4; ++m)
        fx.insert("plans",
            { { "month", fx.t(month(m)) }, { "scope", std::string("company") },
                { "new_clients_plan", std::int64_t { 5 } } });
    for (int i = 0; i < 19; ++i)
        fx.order(fx.client(), "2025-02-10", 10);
    CHECK(fx.value("M8", "new_clients_attainment", "A") == Approx(0.95));
    CHECK(fx.part("M8", "B").reason == Reason::NoData);
    CHECK(fx.part("M8", "A").partial);
    for (int k = 0; k < 24; ++k) {
        const auto mon = addMonths(fx.t("2023-07-01"), k);
        fx.insert("financials",
            { { "month", mon }, { "revenue", MeasureFixture::money(1000) },
                { "net_profit", MeasureFixture::money(k < 12 ? 100 : 80) } });
    }
    CHECK(fx.value("M8", "net_margin_change_pp", "B") == Approx(-2.0));
    CHECK_FALSE(fx.part("M8", "B").partial);
}
