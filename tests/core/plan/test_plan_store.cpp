#include "TestSupport.h"
#include "plan/PlanStore.h"

#include <catch2/catch.hpp>

using namespace sa;
using namespace sa::plan;

namespace {
ActionRecord action(const std::string& criterion, const std::string& text, Horizon h)
{
    ActionRecord a;
    a.criteria = { criterion };
    a.catalogueAction = criterion + ".1";
    a.text = text;
    a.horizon = h;
    a.ownerRole = "ROP";
    return a;
}
} // namespace

TEST_CASE("regenerating replaces proposed actions and keeps the consultant's work", "[plan][store]")
{
    test::TempDir dir;
    auto p = test::makeProject(dir.file("a.sqlite"));
    REQUIRE(replaceGenerated(p.db(),
        { action("P4", "Triage stalled deals", Horizon::QuickWin),
            action("P6", "Loss reasons list", Horizon::ThreeMonths) },
        test::testClock())
                .ok());
    auto plan = *loadPlan(p.db());
    REQUIRE(plan.size() == 2);
    plan[1].status = ActionStatus::InProgress;
    plan[1].ownerName = "Ольга";
    REQUIRE(updateAction(p.db(), plan[1], test::testClock()).ok());
    ActionRecord own = action("S7", "Weekly call reviews", Horizon::OneYear);
    own.catalogueAction.clear();
    REQUIRE(addAction(p.db(), own, test::testClock()).ok());

    REQUIRE(
        replaceGenerated(p.db(), { action("C6", "Key account plans", Horizon::ThreeMonths) }, test::testClock()).ok());
    plan = *loadPlan(p.db());
    REQUIRE(plan.size() == 3);
    CHECK(plan[0].text == "Key account plans");
    CHECK(plan[0].priority == 1);
    CHECK(plan[1].text == "Loss reasons list"); // edited: kept
    CHECK(plan[1].ownerName == "Ольга");
    CHECK(plan[2].text == "Weekly call reviews"); // the consultant's own: kept
    CHECK(plan[2].userOrigin);
}

TEST_CASE("merging unites criteria, joins texts, takes the earliest horizon", "[plan][store]")
{
    test::TempDir dir;
    auto p = test::makeProject(dir.file("a.sqlite"));
    ActionRecord a = action("P4", "Triage stalled deals", Horizon::ThreeMonths);
    a.expectedEffect = 1000;
    a.effectKind = "calc";
    ActionRecord b = action("P9", "Mandatory CRM fields", Horizon::QuickWin);
    b.expectedEffect = 3000;
    b.effectKind = "expert";
    REQUIRE(replaceGenerated(p.db(), { a, b }, test::testClock()).ok());
    const auto plan = *loadPlan(p.db());
    auto merged = mergeActions(p.db(), { plan[0].id, plan[1].id }, test::testClock());
    REQUIRE(merged.ok());
    CHECK(merged->criteria == std::vector<std::string> { "P4", "P9" });
    CHECK(merged->text == "Triage stalled deals; Mandatory CRM fields");
    CHECK(merged->horizon == Horizon::QuickWin);
    CHECK(merged->expectedEffect == Approx(3000));
    CHECK(merged->catalogueAction.empty());
    CHECK(loadPlan(p.db())->size() == 1);
}

TEST_CASE("invalid edits are refused and change nothing", "[plan][store]")
{
    test::TempDir dir;
    auto p = test::makeProject(dir.file("a.sqlite"));
    REQUIRE(replaceGenerated(p.db(), { action("P4", "Triage", Horizon::QuickWin) }, test::testClock()).ok());
    const std::string before = test::logicalDump(p.db());
    ActionRecord blank = *loadPlan(p.db())->begin();
    blank.text = "  ";
    CHECK_FALSE(updateAction(p.db(), blank, test::testClock()).ok());
    ActionRecord bad = action("X1", "Something", Horizon::QuickWin);
    CHECK_FALSE(addAction(p.db(), bad, test::testClock()).ok());
    ActionRecord missing = action("P4", "Ghost", Horizon::QuickWin);
    missing.id = 999;
    CHECK_FALSE(updateAction(p.db(), missing, test::testClock()).ok());
    CHECK_FALSE(deleteAction(p.db(), 999).ok());
    CHECK_FALSE(mergeActions(p.db(), { 1 }, test::testClock()).ok());
    CHECK_FALSE(mergeActions(p.db(), { 1, 999 }, test::testClock()).ok());
    CHECK(test::logicalDump(p.db()) == before);
}
