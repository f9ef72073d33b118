// S8 S9 on hand-computable data.
#include "MeasureFixture.h"

#include <catch2/catch.hpp>

using namespace sa;
using scoring::Reason;
using test::MeasureFixture;

TEST_CASE("S8 turnover over the mean month-end headcount", "[measures][S8]")
{
    MeasureFixture fx;
    for (int i = 0; i < 10; ++i) {
        const auto m = fx.manager("M" + std::to_string(i));
        fx.sql("UPDATE managers SET hired_at = " + std::to_string(fx.t("2020-01-01"))
            + " WHERE id = " + std::to_string(m));
        if (i == 0)
            fx.sql("UPDATE managers SET terminated_at = " + std::to_string(fx.t("2025-03-15"))
                + " WHERE id = " + std::to_string(m));
    }
    fx.deal("2025-01-01");
    // month ends Jul..Feb: 10 heads, Mar..Jun: 9 → mean 116 / 12
    CHECK(fx.value("S8", "turnover") == Approx(1.0 / (116.0 / 12.0)));
}

TEST_CASE("S8 without HR dates is not assessed", "[measures][S8]")
{
    MeasureFixture fx;
    fx.manager("A");
    fx.deal("2025-01-01");
    CHECK(fx.part("S8").reason == Reason::NoData);
}

TEST_CASE("S9 part B untouched active clients; part A needs 3 managers per role", "[measures][S9]")
{
    MeasureFixture fx;
    const auto m = fx.manager("Анна");
    for (int i = 0; i < 30; ++i) {
        const auto c = fx.insert("clients", { { "name", "C" + std::to_string(i) }, { "owner_id", m } });
        fx.order(c, "2025-02-01", 10);
        if (i >= 3)
            fx.insert("activities",
                { { "manager_id", m }, { "type", std::string("call") }, { "client_id", c },
                    { "status", std::string("done") }, { "done_at", fx.t("2025-06-10 10:00") } });
    }
    CHECK(fx.value("S9", "untouched_share", "B") == Approx(0.1));
    CHECK(fx.part("S9", "A").reason == Reason::InsufficientSample);
    CHECK(fx.part("S9", "B").partial);
}
