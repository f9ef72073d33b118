// L1 L9 on hand-computable data.
#include "MeasureFixture.h"

#include <catch2/catch.hpp>

using namespace sa;
using scoring::Reason;
using test::MeasureFixture;

TEST_CASE("L1 attributed share of leads", "[measures][L1]")
{
    MeasureFixture fx;
    const auto ch = fx.insert("channels",
        { { "name", std::string("Яндекс") }, { "name_key", std::string("яндекс") }, { "type", std::string("paid") } });
    for (int i = 0; i < 30; ++i)
        fx.insert("leads",
            { { "created_at", fx.t("2025-02-01") },
                { "channel_id", i < 27 ? test::Cell { ch } : test::Cell { nullptr } } });
    CHECK(fx.value("L1", "attributed_share") == Approx(0.9));
    CHECK(fx.part("L1").n == 30);
}

TEST_CASE("L1 without any channel field is not assessed; few leads indicative", "[measures][L1]")
{
    MeasureFixture fx;
    for (int i = 0; i < 10; ++i)
        fx.insert("leads", { { "created_at", fx.t("2025-02-01") } });
    CHECK(fx.part("L1").reason == Reason::NoData);
    CHECK(fx.part("L1").fieldAbsent);
    const auto ch = fx.insert("channels",
        { { "name", std::string("Сайт") }, { "name_key", std::string("сайт") }, { "type", std::string("organic") } });
    fx.sql("UPDATE leads SET channel_id = " + std::to_string(ch));
    CHECK(fx.part("L1").reason == Reason::InsufficientSample);
    CHECK(fx.value("L1", "attributed_share") == Approx(1.0));
}

TEST_CASE("L9 CAC growth year on year at the +10 % boundary", "[measures][L9]")
{
    MeasureFixture fx;
    const auto ch = fx.insert("channels",
        { { "name", std::string("Ads") }, { "name_key", std::string("ads") }, { "type", std::string("paid") } });
    for (int k = 0; k < 24; ++k)
        fx.insert("channel_costs",
            { { "month", addMonths(fx.t("2023-07-01"), k) }, { "channel_id", ch },
                { "cost", MeasureFixture::money(k < 12 ? 100 : 110) } });
    for (int i = 0; i < 12; ++i)
        fx.order(fx.client(), "2024-01-10", 10);
    for (int i = 0; i < 12; ++i)
        fx.order(fx.client(), "2025-01-10", 10);
    CHECK(fx.value("L9", "cac_growth") == Approx(0.10));
    REQUIRE(fx.measure("L9").impact.has_value());
    CHECK(*fx.measure("L9").impact == Approx(0.0).margin(1e-6));
}

TEST_CASE("L9 without costs is not assessed", "[measures][L9]")
{
    MeasureFixture fx;
    fx.order(fx.client(), "2025-01-10", 10);
    CHECK(fx.part("L9").reason == Reason::NoData);
}
