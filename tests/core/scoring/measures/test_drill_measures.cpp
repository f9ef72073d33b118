// Drill-down: the exact records behind a measured value (Measurement::rows and details["rows"]),
// on hand-computable data.
#include "MeasureFixture.h"

#include <catch2/catch.hpp>

using namespace sa;
using test::MeasureFixture;
using Ids = std::vector<std::int64_t>;

namespace {

/// The ids of the row set titled `label`; FAILs when the measurement has no such set.
Ids idsOf(const scoring::Measurement& m, const std::string& label, const std::string& table)
{
    for (const auto& set : m.rows)
        if (set.label == label) {
            CHECK(set.table == table);
            return *set.ids;
        }
    FAIL(m.criterionId << " has no row set '" << label << "'");
    return {};
}

} // namespace

TEST_CASE("P4 names exactly the stalled deals and the open deals judged", "[measures][drill][P4]")
{
    MeasureFixture fx;
    const auto s1 = fx.stage("Qualify", 1), won = fx.stage("Won", 9, "won");
    for (int i = 0; i < 10; ++i) { // med_stage(Qualify) = 10 days
        const auto d = fx.deal("2024-12-20", "won", "2025-01-11");
        fx.insert("stage_history",
            { { "deal_id", d }, { "stage_id", s1 }, { "entered_at", fx.t("2025-01-01") },
                { "exited_at", fx.t("2025-01-11") } });
        fx.insert("stage_history", { { "deal_id", d }, { "stage_id", won }, { "entered_at", fx.t("2025-01-11") } });
    }
    Ids stalled, judged;
    for (int i = 0; i < 32; ++i) {
        const auto d = fx.deal("2025-01-01");
        const bool stale = i % 8 == 3; // 4 deals 60 days in the stage
        fx.insert("stage_history",
            { { "deal_id", d }, { "stage_id", s1 }, { "entered_at", fx.t(stale ? "2025-05-01" : "2025-06-20") } });
        judged.push_back(d);
        if (stale)
            stalled.push_back(d);
    }
    const auto& m = fx.measure("P4");
    CHECK(idsOf(m, "Stalled deals", "deals") == stalled);
    CHECK(idsOf(m, "Open deals judged", "deals") == judged);
    REQUIRE(m.details["rows"].is_array());
    CHECK(m.details["rows"][0]["label"] == "Stalled deals");
    CHECK(m.details["rows"][0]["ids"].get<Ids>() == stalled);
    CHECK(m.details["rows"][0]["total"] == 4);
}

TEST_CASE("C1 names the detractors and promoters of the latest answers only", "[measures][drill][C1]")
{
    MeasureFixture fx;
    Ids detractors, promoters, counted;
    for (int i = 0; i < 30; ++i) {
        const auto c = fx.client("C" + std::to_string(i));
        if (i == 0) // an earlier answer of the same client is replaced by the latest one
            fx.insert("nps_responses",
                { { "client_id", c }, { "responded_at", fx.t("2025-01-01") }, { "score", std::int64_t { 0 } } });
        const std::int64_t score = i < 15 ? 9 : i < 24 ? 7 : 3;
        const auto r = fx.insert(
            "nps_responses", { { "client_id", c }, { "responded_at", fx.t("2025-03-01") }, { "score", score } });
        counted.push_back(r);
        if (score >= 9)
            promoters.push_back(r);
        else if (score <= 6)
            detractors.push_back(r);
    }
    const auto& m = fx.measure("C1");
    CHECK(idsOf(m, "Detractors (0-6)", "nps_responses") == detractors);
    CHECK(idsOf(m, "Promoters (9-10)", "nps_responses") == promoters);
    CHECK(idsOf(m, "NPS responses counted", "nps_responses") == counted);
    CHECK(detractors.size() == 6);
    CHECK(promoters.size() == 15);
    CHECK(counted.size() == 30);
}

TEST_CASE("P6 names the lost deals without a specific reason", "[measures][drill][P6]")
{
    MeasureFixture fx;
    Ids noReason, lost;
    for (int i = 0; i < 20; ++i) {
        const auto d = fx.deal("2025-01-01", "lost", "2025-02-01");
        lost.push_back(d);
        if (i < 5)
            noReason.push_back(d);
        else
            fx.sql("UPDATE deals SET loss_reason = 'Цена выше, чем у конкурента' WHERE id = " + std::to_string(d));
    }
    fx.deal("2025-01-01", "lost", "2024-01-01"); // closed before W: not counted
    const auto& m = fx.measure("P6");
    CHECK(idsOf(m, "Lost deals without a specific reason", "deals") == noReason);
    CHECK(idsOf(m, "Lost deals", "deals") == lost);
}

TEST_CASE("C3 names the lost and the retained clients; S8 the managers who left", "[measures][drill][C3][S8]")
{
    MeasureFixture fx;
    Ids kept, gone;
    for (int i = 0; i < 20; ++i) {
        const auto c = fx.client("K" + std::to_string(i));
        fx.order(c, "2023-07-10", 50);
        fx.order(c, "2024-01-10", 50);
        if (i % 5 != 0)
            fx.order(c, "2025-01-10", 100), kept.push_back(c);
        else
            gone.push_back(c);
    }
    Ids left;
    for (int i = 0; i < 6; ++i) {
        const auto mg = fx.manager("M" + std::to_string(i));
        fx.sql("UPDATE managers SET hired_at = " + std::to_string(fx.t("2020-01-01"))
            + " WHERE id = " + std::to_string(mg));
        if (i == 2 || i == 4) {
            fx.sql("UPDATE managers SET terminated_at = " + std::to_string(fx.t("2025-03-15"))
                + " WHERE id = " + std::to_string(mg));
            left.push_back(mg);
        }
    }
    const auto& c3 = fx.measure("C3");
    CHECK(idsOf(c3, "Clients lost (active before, not now)", "clients") == gone);
    CHECK(idsOf(c3, "Clients retained", "clients") == kept);
    CHECK(idsOf(fx.measure("S8"), "Sales managers who left", "managers") == left);
}

TEST_CASE("L5 names the non-target leads among those handed to sales", "[measures][drill][L5]")
{
    MeasureFixture fx;
    Ids handed, nonTarget;
    for (int i = 0; i < 30; ++i) {
        const bool spam = i % 10 == 0;
        const auto l = fx.insert("leads",
            { { "created_at", fx.t("2025-02-01") }, { "mql_at", fx.t("2025-02-02") },
                { "disqualify_reason", spam ? test::Cell { std::string("спам") } : test::Cell { nullptr } },
                { "disqualified_at", spam ? test::Cell { fx.t("2025-02-03") } : test::Cell { nullptr } } });
        handed.push_back(l);
        if (spam)
            nonTarget.push_back(l);
    }
    fx.insert("leads", { { "created_at", fx.t("2025-02-01") } }); // neither MQL nor a sales owner
    const auto& m = fx.measure("L5");
    CHECK(idsOf(m, "Non-target leads", "leads") == nonTarget);
    CHECK(idsOf(m, "Leads handed to sales", "leads") == handed);
}

TEST_CASE("details[rows] is the capped JSON of the complete row sets", "[measures][drill]")
{
    std::vector<scoring::RowSet> sets { { "Big", "deals", std::make_shared<const Ids>(Ids(1500, 7)) },
        { "Small", "clients", std::make_shared<const Ids>(Ids { 1, 2, 3 }) } };
    for (std::size_t i = 0; i < 1500; ++i)
        const_cast<Ids&>(*sets[0].ids)[i] = static_cast<std::int64_t>(i + 1);
    const auto capped = scoring::rowSetsJson(sets, 1000);
    CHECK(capped[0]["ids"].size() == 1000);
    CHECK(capped[0]["total"] == 1500);
    CHECK(capped[0]["ids"].back() == 1000);
    CHECK(capped[1]["ids"].get<Ids>() == Ids { 1, 2, 3 });
    CHECK(scoring::rowSetsJson(sets)[0]["ids"].size() == 1500);
}

TEST_CASE("L2 names the leads of paid channels, those below 2:1 and the won ones", "[measures][drill][L2]")
{
    MeasureFixture fx;
    auto channel = [&](const std::string& name) {
        return fx.insert("channels", { { "name", name }, { "name_key", name }, { "type", std::string("paid") } });
    };
    const auto a = channel("a"), b = channel("b"), free = channel("c");
    for (auto ch : { a, b })
        fx.insert("channel_costs",
            { { "month", fx.t("2025-02-01") }, { "channel_id", ch }, { "cost", MeasureFixture::money(1000) } });
    Ids paid, below, won;
    auto lead = [&](std::int64_t ch) {
        return fx.insert("leads", { { "created_at", fx.t("2025-02-01") }, { "channel_id", ch } });
    };
    for (int i = 0; i < 20; ++i) {
        const auto l = lead(a);
        paid.push_back(l);
        if (i < 2) { // 2 × 1500 won on 1000 spent: 3:1
            const auto d = fx.deal("2025-02-01", "won", "2025-03-03", 1500);
            fx.sql("UPDATE deals SET lead_id = " + std::to_string(l) + ", channel_id = " + std::to_string(a)
                + " WHERE id = " + std::to_string(d));
            won.push_back(l);
        }
    }
    for (int i = 0; i < 10; ++i) {
        const auto l = lead(b);
        paid.push_back(l), below.push_back(l);
    }
    for (int i = 0; i < 5; ++i)
        lead(free); // no spend: in no set
    REQUIRE(fx.part("L2").reason == scoring::Reason::None);
    const auto& m = fx.measure("L2"); // measure() runs again: after part(), not before
    CHECK(idsOf(m, "Leads of paid channels below 2:1", "leads") == below);
    CHECK(idsOf(m, "Leads of paid channels", "leads") == paid);
    CHECK(idsOf(m, "Won leads of paid channels", "leads") == won);
}

TEST_CASE("P9 names the open deals failing each field", "[measures][drill][P9]")
{
    MeasureFixture fx;
    const auto mg = fx.manager("Анна");
    Ids noAmount, pastClose, bad, open;
    for (int i = 0; i < 30; ++i) {
        const auto d = fx.deal("2025-03-01", "open", "", 1000, mg);
        open.push_back(d);
        const bool amountless = i % 10 == 1, late = i % 10 == 2 || i == 11;
        fx.sql("UPDATE deals SET expected_close_date = " + std::to_string(fx.t(late ? "2025-05-01" : "2025-09-01"))
            + (amountless ? ", amount = NULL" : "") + " WHERE id = " + std::to_string(d));
        if (amountless)
            noAmount.push_back(d);
        if (late)
            pastClose.push_back(d);
        if (amountless || late)
            bad.push_back(d);
    }
    fx.deal("2025-01-01", "won", "2025-02-01", 1000, mg); // closed: not judged
    REQUIRE(fx.part("P9").reason == scoring::Reason::None);
    const auto& m = fx.measure("P9");
    CHECK(idsOf(m, "Open deals with incomplete fields", "deals") == bad);
    CHECK(idsOf(m, "Open deals without an amount", "deals") == noAmount);
    CHECK(idsOf(m, "Open deals with a past or missing close date", "deals") == pastClose);
    CHECK(idsOf(m, "Open deals without a current owner", "deals").empty());
    CHECK(idsOf(m, "Open deals", "deals") == open);
    CHECK(m.details["failing_by_field"]["amount"] == noAmount.size());
    for (const auto& set : m.rows)
        CHECK(set.label != "Open deals without a future next step"); // no planned tasks imported: field unused
}
