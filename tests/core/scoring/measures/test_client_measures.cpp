// C1 C3 C6 C7 on hand-computable data.
#include "MeasureFixture.h"

#include <catch2/catch.hpp>

using namespace sa;
using scoring::Reason;
using test::MeasureFixture;

TEST_CASE("C1 NPS at the +30 boundary; latest answer per respondent", "[measures][C1]")
{
    MeasureFixture fx;
    for (int i = 0; i < 30; ++i) {
        const auto c = fx.client("C" + std::to_string(i));
        const std::int64_t score = i < 15 ? 9 : i < 24 ? 7 : 3; // 15 promoters, 9 passives, 6 detractors
        fx.insert("nps_responses", { { "client_id", c }, { "responded_at", fx.t("2025-03-01") }, { "score", score } });
        if (i == 0)
            fx.insert("nps_responses",
                { { "client_id", c }, { "responded_at", fx.t("2025-01-01") }, { "score", std::int64_t { 0 } } });
    }
    CHECK(fx.value("C1", "nps") == Approx(30.0));
    CHECK(fx.part("C1").n == 30);
    fx.sql("DELETE FROM nps_responses WHERE client_id > 20");
    CHECK(fx.part("C1").reason == Reason::InsufficientSample);
    CHECK(fx.part("C1").indicative);
}

namespace {
/// n clients buying `before` in W-1 (and the first order in 2023-07); the first `kept` buy `now` in W.
void base(MeasureFixture& fx, int n, int kept, double before, double now)
{
    for (int i = 0; i < n; ++i) {
        const auto c = fx.client("K" + std::to_string(i));
        fx.order(c, "2023-07-10", before / 2);
        fx.order(c, "2024-01-10", before / 2);
        if (i < kept)
            fx.order(c, "2025-01-10", now);
    }
}
} // namespace

TEST_CASE("C3 retention at the 80 % boundary, C7 growth of retained clients", "[measures][C3][C7]")
{
    MeasureFixture fx;
    base(fx, 20, 16, 100, 105);
    CHECK(fx.value("C3", "retention") == Approx(0.8));
    CHECK(fx.part("C3").n == 20);
    REQUIRE(fx.measure("C3").impact.has_value());
    CHECK(*fx.measure("C3").impact == Approx(0.0));
    CHECK(fx.value("C7", "growth") == Approx(1.05));
}

TEST_CASE("C3 needs 24 months of orders and 20 clients", "[measures][C3]")
{
    MeasureFixture fx;
    fx.order(fx.client("A"), "2024-09-01", 10);
    CHECK(fx.part("C3").reason == Reason::NoData);
    MeasureFixture small;
    base(small, 10, 5, 100, 100);
    CHECK(small.part("C3").reason == Reason::InsufficientSample);
    CHECK(small.value("C3", "retention") == Approx(0.5));
}

TEST_CASE("C6 concentration: top1 only under 20 active clients, top10 from 20", "[measures][C6]")
{
    MeasureFixture fx;
    for (int i = 0; i < 10; ++i)
        fx.order(fx.client(), "2025-02-01", 100);
    CHECK(fx.value("C6", "top1") == Approx(0.10));
    const auto& p = fx.part("C6");
    CHECK(p.indicators.size() == 1);
    for (int i = 0; i < 10; ++i)
        fx.order(fx.client(), "2025-02-01", 100);
    CHECK(fx.value("C6", "top10") == Approx(0.5));
    CHECK(fx.value("C6", "top1") == Approx(0.05));
}

TEST_CASE("C6 with fewer than 5 active clients is not assessed", "[measures][C6]")
{
    MeasureFixture fx;
    for (int i = 0; i < 4; ++i)
        fx.order(fx.client(), "2025-02-01", 100);
    CHECK(fx.part("C6").reason == Reason::InsufficientSample);
    CHECK(fx.part("C6").indicative);
}
