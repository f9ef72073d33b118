#include "common/Params.h"
#include "plan/PlanGenerator.h"
#include "plan/Roadmap.h"
#include "scoring/Catalogue.h"

#include <catch2/catch.hpp>

using namespace sa;
using namespace sa::plan;
using St = scoring::Status;

namespace {

const scoring::Catalogue& catalogue()
{
    static const scoring::Catalogue c = [] {
        auto loaded = scoring::loadCatalogue(Params::defaultCatalogueDir());
        REQUIRE(loaded.ok());
        return *loaded;
    }();
    return c;
}

scoring::CriterionResult criterion(const std::string& id, St status)
{
    scoring::CriterionResult c;
    c.id = id;
    c.component = id.substr(0, 1);
    c.status = status;
    return c;
}

scoring::Bottleneck bottleneck(const std::string& id, St status, double impact, int rank)
{
    scoring::Bottleneck b;
    b.id = id;
    b.status = status;
    b.impact = impact;
    b.impactKind = "calc";
    b.rank = rank;
    return b;
}

std::vector<std::string> firstCriteria(const std::vector<ActionRecord>& actions)
{
    std::vector<std::string> out;
    for (const auto& a : actions)
        out.push_back(a.criteria.front());
    return out;
}

} // namespace

TEST_CASE("the plan opens with M1, follows the bottleneck order, all actions for red, one for yellow", "[plan]")
{
    scoring::ScoreResult score;
    score.criteria = { criterion("P4", St::Red), criterion("M1", St::Yellow), criterion("C6", St::Yellow),
        criterion("P1", St::Green) };
    score.bottlenecks = { bottleneck("C6", St::Yellow, 500000, 1), bottleneck("P4", St::Red, 200000, 2) };
    const auto actions = generatePlan(score, catalogue(), "en");
    const auto* p4 = catalogue().find("P4");
    const auto* c6 = catalogue().find("C6");
    REQUIRE(actions.size() == 1 + 1 + p4->actions.size());
    CHECK(firstCriteria(actions) == std::vector<std::string> { "M1", "C6", "P4", "P4" });
    CHECK(actions[0].catalogueAction == "M1.1");
    CHECK(actions[1].text == c6->actions[0].text.en);
    CHECK(actions[1].expectedEffect == Approx(500000));
    CHECK(actions[1].effectKind == "calc");
    CHECK(actions[2].targetKpi == p4->actions[0].targetKpi.en);
    for (std::size_t i = 0; i < actions.size(); ++i)
        CHECK(actions[i].priority == static_cast<int>(i) + 1);
    // Russian texts when asked.
    CHECK(generatePlan(score, catalogue(), "ru")[2].text == p4->actions[0].text.ru);
}

TEST_CASE("prerequisites are planned before their dependants whatever the ranking", "[plan]")
{
    scoring::ScoreResult score;
    score.criteria
        = { criterion("L1", St::Red), criterion("L2", St::Red), criterion("C3", St::Yellow), criterion("C5", St::Red) };
    score.bottlenecks = { bottleneck("L2", St::Red, 900000, 1), bottleneck("C5", St::Red, 800000, 2),
        bottleneck("C3", St::Yellow, 100000, 3), bottleneck("L1", St::Red, 50000, 4) };
    const auto order = firstCriteria(generatePlan(score, catalogue(), "en"));
    auto firstOf = [&](const std::string& id) { return std::find(order.begin(), order.end(), id) - order.begin(); };
    auto lastOf = [&](const std::string& id) { return order.rend() - std::find(order.rbegin(), order.rend(), id) - 1; };
    CHECK(lastOf("L1") < firstOf("L2"));
    CHECK(lastOf("C3") < firstOf("C5"));
    // The prerequisite rises to just before its first dependant; the dependant keeps its rank.
    CHECK(order.front() == "L1");
    CHECK(firstOf("L2") < firstOf("C5"));
}

TEST_CASE("a plan without red or yellow criteria is empty", "[plan]")
{
    scoring::ScoreResult score;
    score.criteria = { criterion("P1", St::Green), criterion("P4", St::NotAssessed) };
    CHECK(generatePlan(score, catalogue(), "en").empty());
}

TEST_CASE("the roadmap puts horizons in month 1, quarter 1, quarters 2-4 and years 2-3", "[plan][roadmap]")
{
    std::vector<ActionRecord> actions(9);
    const Horizon horizons[] = { Horizon::QuickWin, Horizon::ThreeMonths, Horizon::OneYear, Horizon::OneYear,
        Horizon::OneYear, Horizon::ThreeYears, Horizon::ThreeYears, Horizon::QuickWin, Horizon::OneYear };
    for (std::size_t i = 0; i < actions.size(); ++i)
        actions[i].horizon = horizons[i];
    actions[7].status = ActionStatus::Dropped;
    const Roadmap r = buildRoadmap(actions);
    REQUIRE(r.oneYear.size() == 6);
    REQUIRE(r.threeYears.size() == 8);
    auto span = [&](std::size_t action) {
        for (const auto& item : r.threeYears)
            if (item.action == action)
                return std::pair { item.startMonth, item.endMonth };
        return std::pair { 0, 0 };
    };
    CHECK(span(0) == std::pair { 1, 1 });
    CHECK(span(1) == std::pair { 1, 3 });
    CHECK(span(2) == std::pair { 4, 6 }); // four 1Y actions over Q2..Q4 by priority
    CHECK(span(3) == std::pair { 4, 6 });
    CHECK(span(4) == std::pair { 7, 9 });
    CHECK(span(8) == std::pair { 10, 12 });
    CHECK(span(5) == std::pair { 13, 24 }); // 3Y actions: year 2, then year 3
    CHECK(span(6) == std::pair { 25, 36 });
    CHECK(span(7) == std::pair { 0, 0 }); // dropped
}
