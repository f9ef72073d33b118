// measureAll on an empty project: every measured criterion present, not assessed, with a reason.
#include "MeasureFixture.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <set>

using namespace sa;

TEST_CASE("measureAll on an empty project: all 30 criteria not assessed with a reason, no NaN", "[measures]")
{
    test::MeasureFixture fx;
    fx.sql("UPDATE audit SET as_of = NULL");
    auto all = scoring::measureAll(test::makeProject(test::TempDir().file("x.sqlite")), fx.params);
    REQUIRE(all.ok());
    std::set<std::string> ids;
    for (const auto& m : *all) {
        ids.insert(m.criterionId);
        CHECK_FALSE(m.impact.has_value());
        for (const auto& p : m.parts) {
            INFO(m.criterionId << "/" << p.id);
            CHECK(p.reason != scoring::Reason::None);
            CHECK_FALSE(p.note.empty());
            for (const auto& i : p.indicators)
                CHECK(std::isfinite(i.value));
        }
    }
    CHECK(ids.size() == 30);
    CHECK(ids.count("M8") == 1);
    CHECK(ids.count("S9") == 1);
}

TEST_CASE("measureAll with an as_of but no rows: every part not assessed", "[measures]")
{
    test::MeasureFixture fx;
    for (const char* id : { "P3", "P4", "P5", "P6", "P9", "M1", "M3", "M4", "M5", "M6", "M7", "C1", "C2", "C3", "C4",
             "C5", "C6", "C7", "C9", "L1", "L2", "L4", "L5", "L6", "L9", "S2", "S5", "S8" }) {
        INFO(id);
        const auto& p = fx.part(id);
        CHECK(p.reason != scoring::Reason::None);
        CHECK_FALSE(p.note.empty());
    }
    CHECK(fx.part("M8", "A").reason != scoring::Reason::None);
    CHECK(fx.part("M8", "B").reason != scoring::Reason::None);
    CHECK(fx.part("S9", "A").reason != scoring::Reason::None);
    CHECK(fx.part("S9", "B").reason != scoring::Reason::None);
}
