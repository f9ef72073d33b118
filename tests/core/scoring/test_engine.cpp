// The pure engine on hand-built measurements and answers (spec §5, §6).
#include "EngineFixtures.h"
#include "scoring/CriterionScorer.h"
#include "scoring/ScoreJson.h"

namespace sa::scoring {

using evidence::Answer;
using test::measured;
using test::shippedCatalogue;
using test::shippedParams;

namespace {

ScoreResult run(
    store::Variant v, const std::vector<Measurement>& ms, const evidence::Assessments& a = {}, ImpactBase base = {})
{
    return score(shippedCatalogue(), shippedParams(), v, ms, a, base);
}

const CriterionResult& crit(const ScoreResult& r, const std::string& id)
{
    const auto* c = r.find(id);
    REQUIRE(c);
    return *c;
}

const ComponentResult& comp(const ScoreResult& r, const std::string& id)
{
    for (const auto& k : r.components)
        if (k.id == id)
            return k;
    FAIL("no component " << id);
    return r.components.front();
}

CriterionResult fixed(const std::string& id, const std::string& component, int weight, Status s)
{
    CriterionResult c;
    c.id = id;
    c.component = component;
    c.weight = weight;
    c.status = s;
    return c;
}

} // namespace

TEST_CASE("spec §5.7 worked example: express P = 50, coverage 80, yellow", "[engine]")
{
    // P1 green (w3), P4 red (w3), P6 not_assessed (w2), P9 yellow (w2).
    evidence::Assessments a;
    test::answerAll(a, "P1", Answer::Yes, false); // declared in the express session
    const std::vector<Measurement> ms = { measured("P4", "stalled_share", 0.5), measured("P9", "complete_share", 0.8) };
    const auto r = run(store::Variant::Express, ms, a);
    CHECK(crit(r, "P1").status == Status::Green);
    CHECK(crit(r, "P1").declared);
    CHECK(crit(r, "P4").status == Status::Red);
    CHECK(crit(r, "P6").status == Status::NotAssessed);
    CHECK(crit(r, "P9").status == Status::Yellow);
    const auto& p = comp(r, "P");
    REQUIRE(p.score);
    CHECK(*p.score == Approx(50.0));
    CHECK(p.coverage == Approx(80.0));
    CHECK(p.status == "yellow");
    // The same by scoreComponent directly.
    const auto k = scoreComponent("P",
        { fixed("P1", "P", 3, Status::Green), fixed("P4", "P", 3, Status::Red),
            fixed("P6", "P", 2, Status::NotAssessed), fixed("P9", "P", 2, Status::Yellow) },
        shippedParams());
    CHECK(*k.score == Approx(50.0));
    CHECK(k.coverage == Approx(80.0));
    CHECK(k.status == "yellow");
}

TEST_CASE("component colour: weight-3 cap, coverage below 60 is grey", "[engine]")
{
    std::vector<CriterionResult> cs;
    for (int i = 1; i <= 8; ++i)
        cs.push_back(fixed("M" + std::to_string(i), "M", 2, Status::Green));
    cs.push_back(fixed("M9", "M", 3, Status::Red)); // 16/19 = 84 % but a weight-3 red
    auto k = scoreComponent("M", cs, shippedParams());
    CHECK(*k.score == Approx(100.0 * 16 / 19));
    CHECK(k.status == "yellow");
    CHECK(k.capped);
    cs.back().status = Status::Green;
    CHECK(scoreComponent("M", cs, shippedParams()).status == "green");
    for (int i = 0; i < 5; ++i)
        cs[i].status = Status::NotAssessed; // 10 of 19 weight unassessed → 47 % coverage
    k = scoreComponent("M", cs, shippedParams());
    CHECK(k.coverage == Approx(100.0 * 9 / 19));
    CHECK(k.status == "insufficient_coverage");
    REQUIRE(k.score); // still computed, shown in brackets
}

TEST_CASE("overall index needs four coloured components; a red component caps it", "[engine]")
{
    auto comp3 = [](const std::string& id, double score, const std::string& status) {
        ComponentResult k;
        k.id = id;
        k.score = score;
        k.coverage = 100;
        k.status = status;
        return k;
    };
    std::vector<ComponentResult> ks = { comp3("P", 90, "green"), comp3("M", 90, "green"), comp3("C", 90, "green"),
        comp3("L", 30, "insufficient_coverage"), comp3("S", 90, "green") };
    auto o = scoreOverall(ks, shippedParams(), store::Variant::Standard);
    REQUIRE(o.score);
    CHECK(*o.score == Approx(90));
    CHECK(o.colouredComponents == 4);
    CHECK(o.status == "green");
    ks[0] = comp3("P", 40, "red");
    o = scoreOverall(ks, shippedParams(), store::Variant::Express);
    CHECK(*o.score == Approx(77.5));
    CHECK(o.status == "yellow");
    CHECK(o.indicative);
    ks[1].status = "insufficient_coverage";
    o = scoreOverall(ks, shippedParams(), store::Variant::Standard);
    CHECK_FALSE(o.score);
    CHECK(o.status == "insufficient_components");
}

TEST_CASE("checklist rules of §5.3", "[engine][checklist]")
{
    const auto& cat = shippedCatalogue();
    const auto& p2 = *cat.find("P2"); // 5 items, standard/premium
    auto status = [&](std::map<std::string, Answer> answers, store::Variant v = store::Variant::Standard,
                      bool evidence = true) {
        evidence::CriterionAssessment a;
        for (const auto& [item, ans] : answers)
            a.answers[item]
                = { item, ans, !evidence, evidence ? std::vector<std::int64_t> { 7 } : std::vector<std::int64_t> {} };
        return scoreCriterion(p2, shippedParams(), v, nullptr, &a);
    };
    using A = Answer;
    CHECK(status({ { "a", A::Yes }, { "b", A::Yes }, { "c", A::Yes }, { "d", A::Yes }, { "e", A::Yes } }).status
        == Status::Green);
    // 4.5 / 5 = 0.9 ≥ 0.85: green with one partly
    CHECK(status({ { "a", A::Yes }, { "b", A::Yes }, { "c", A::Yes }, { "d", A::Yes }, { "e", A::Partly } }).status
        == Status::Green);
    // with 4 answered items one "no" forbids green even though n.a. removed an item (3/4 = 0.75 → yellow anyway)
    CHECK(status({ { "a", A::Yes }, { "b", A::Yes }, { "c", A::Yes }, { "d", A::No }, { "e", A::Na } }).status
        == Status::Yellow);
    // mean exactly 0.5 → yellow; below → red
    auto r = status({ { "a", A::Yes }, { "b", A::No }, { "c", A::Partly }, { "d", A::Partly }, { "e", A::No } });
    CHECK(r.checklist->score == Approx(0.4));
    CHECK(r.status == Status::Red);
    r = status({ { "a", A::Yes }, { "b", A::No }, { "c", A::Partly }, { "d", A::Partly } });
    CHECK(r.checklist->score == Approx(0.5));
    CHECK(r.status == Status::Yellow);
    // 2 of 5 answered (< 60 %) → pending; 3 of 5 = 60 % → assessed
    r = status({ { "a", A::Yes }, { "b", A::Yes } });
    CHECK(r.status == Status::NotAssessed);
    CHECK(r.reason == Reason::Pending);
    CHECK(status({ { "a", A::Yes }, { "b", A::Yes }, { "c", A::Yes } }).status == Status::Green);
    // standard audit: answers without evidence do not count → no_evidence
    r = status({ { "a", A::Yes }, { "b", A::Yes }, { "c", A::Yes }, { "d", A::Yes } }, store::Variant::Standard, false);
    CHECK(r.status == Status::NotAssessed);
    CHECK(r.reason == Reason::NoEvidence);
    CHECK(r.checklist->withoutEvidence == 4);
    // every item n.a. → not applicable
    r = status({ { "a", A::Na }, { "b", A::Na }, { "c", A::Na }, { "d", A::Na }, { "e", A::Na } });
    CHECK(r.reason == Reason::NotApplicable);
}

TEST_CASE("checklist items restricted to variants are n.a. outside them", "[engine][checklist]")
{
    // P1 item e applies to standard/premium only: in express, a-d all yes is green and e is ignored.
    const auto& p1 = *shippedCatalogue().find("P1");
    evidence::CriterionAssessment a;
    for (const char* item : { "a", "b", "c", "d" })
        a.answers[item] = { item, Answer::Yes, true, {} };
    auto r = scoreCriterion(p1, shippedParams(), store::Variant::Express, nullptr, &a);
    CHECK(r.status == Status::Green);
    CHECK(r.checklist->applicable == 4);
    CHECK(r.declared);
    // In standard e counts (unanswered); without evidence nothing counts.
    r = scoreCriterion(p1, shippedParams(), store::Variant::Standard, nullptr, &a);
    CHECK(r.checklist->applicable == 5);
    CHECK(r.reason == Reason::NoEvidence);
}

TEST_CASE("rating criteria need a basis", "[engine]")
{
    const auto& s3 = *shippedCatalogue().find("S3");
    evidence::CriterionAssessment a;
    CHECK(scoreCriterion(s3, shippedParams(), store::Variant::Standard, nullptr, &a).reason == Reason::Pending);
    a.rating = 1;
    CHECK(scoreCriterion(s3, shippedParams(), store::Variant::Standard, nullptr, &a).status == Status::NotAssessed);
    a.ratingBasis = "22 calls of 6 managers";
    auto r = scoreCriterion(s3, shippedParams(), store::Variant::Standard, nullptr, &a);
    CHECK(r.status == Status::Yellow);
    CHECK(r.source == Source::Rating);
    a.rating = 2;
    CHECK(scoreCriterion(s3, shippedParams(), store::Variant::Standard, nullptr, &a).status == Status::Green);
    a.rating = 0;
    CHECK(scoreCriterion(s3, shippedParams(), store::Variant::Standard, nullptr, &a).status == Status::Red);
}

TEST_CASE("composite criteria combine part statuses (§5.5)", "[engine][composite]")
{
    const auto& cat = shippedCatalogue();
    const auto& p6 = *cat.find("P6"); // metric + 4-item checklist
    evidence::CriterionAssessment yes, no;
    for (const char* item : { "a", "b", "c", "d" }) {
        yes.answers[item] = { item, Answer::Yes, false, { 3 } };
        no.answers[item] = { item, Answer::No, false, { 3 } };
    }
    const auto green = measured("P6", "reason_share", 0.95), red = measured("P6", "reason_share", 0.1);
    const auto v = store::Variant::Standard;
    CHECK(scoreCriterion(p6, shippedParams(), v, &green, &yes).status == Status::Green);
    CHECK(scoreCriterion(p6, shippedParams(), v, &green, &no).status == Status::Yellow); // green + red
    CHECK(scoreCriterion(p6, shippedParams(), v, &red, &no).status == Status::Red);
    auto partial = scoreCriterion(p6, shippedParams(), v, nullptr, &no); // metric missing
    CHECK(partial.status == Status::Red);
    CHECK(partial.partial);
    auto none = scoreCriterion(p6, shippedParams(), v, nullptr, nullptr);
    CHECK(none.status == Status::NotAssessed);
    CHECK(none.reason == Reason::NoData);
    // yellow + red = red (mean 0.25)
    const auto yellow = measured("P6", "reason_share", 0.7);
    CHECK(scoreCriterion(p6, shippedParams(), v, &yellow, &no).status == Status::Red);
    // Multi-part metric S9: A green, B red → yellow; the value shown is the worst indicator.
    Measurement s9;
    s9.criterionId = "S9";
    s9.parts.resize(2);
    s9.parts[0].id = "A";
    s9.parts[0].indicators = { { "load_cv", 0.1 } };
    s9.parts[0].n = 40;
    s9.parts[1].id = "B";
    s9.parts[1].indicators = { { "untouched_share", 0.5 } };
    s9.parts[1].n = 40;
    auto r = scoreCriterion(*cat.find("S9"), shippedParams(), v, &s9, nullptr);
    CHECK(r.status == Status::Yellow);
    REQUIRE(r.thresholds);
    CHECK(r.thresholds->key == "load_cv");
}

TEST_CASE("metric parts: worst indicator, indicative, forced, cap, reasons", "[engine][metric]")
{
    const auto& cat = shippedCatalogue();
    const auto& c6 = *cat.find("C6"); // top1 and top10, combined worst
    Measurement m = measured("C6", "top1", 0.05);
    m.parts[0].indicators.push_back({ "top10", 0.5 });
    auto r = scoreCriterion(c6, shippedParams(), store::Variant::Standard, &m, nullptr);
    CHECK(r.status == Status::Yellow);
    CHECK(r.thresholds->key == "top10");
    m.parts[0].indicators.pop_back(); // top10 skipped (< 20 clients): top1 alone decides
    CHECK(scoreCriterion(c6, shippedParams(), store::Variant::Standard, &m, nullptr).status == Status::Green);
    m.parts[0].cap = Status::Yellow;
    CHECK(scoreCriterion(c6, shippedParams(), store::Variant::Standard, &m, nullptr).status == Status::Yellow);
    m.parts[0].cap.reset();
    m.parts[0].forced = Status::Red;
    CHECK(scoreCriterion(c6, shippedParams(), store::Variant::Standard, &m, nullptr).status == Status::Red);
    m.parts[0].forced.reset();
    m.parts[0].indicative = true;
    m.parts[0].n = 12;
    r = scoreCriterion(c6, shippedParams(), store::Variant::Standard, &m, nullptr);
    CHECK(r.status == Status::NotAssessed); // never coloured below the minimum sample
    CHECK(r.reason == Reason::InsufficientSample);
    CHECK(r.indicative);
    REQUIRE(r.value);
    CHECK(*r.value == Approx(0.05));
    const auto none = test::unmeasured("C6", Reason::NoData);
    CHECK(scoreCriterion(c6, shippedParams(), store::Variant::Standard, &none, nullptr).reason == Reason::NoData);
    Measurement empty;
    empty.criterionId = "C6";
    empty.parts.push_back({});
    CHECK(scoreCriterion(c6, shippedParams(), store::Variant::Standard, &empty, nullptr).status == Status::NotAssessed);
}

TEST_CASE("confirmed_absent turns a type D metric red, not an L metric", "[engine][metric]")
{
    const auto& cat = shippedCatalogue();
    evidence::CriterionAssessment a;
    a.confirmedAbsent = true;
    a.confirmedAbsentRationale = "The company keeps no lead source anywhere.";
    auto absent = test::unmeasured("L1", Reason::NoData);
    absent.parts[0].fieldAbsent = true;
    auto r = scoreCriterion(*cat.find("L1"), shippedParams(), store::Variant::Standard, &absent, &a);
    CHECK(r.status == Status::Red);
    CHECK(r.confirmedAbsent);
    auto p4 = test::unmeasured("P4", Reason::NoData);
    r = scoreCriterion(*cat.find("P4"), shippedParams(), store::Variant::Standard, &p4, &a);
    CHECK(r.status == Status::NotAssessed);
    CHECK(r.flags == std::vector<std::string> { "confirmed_absent_not_allowed" });
}

TEST_CASE("overrides keep the automatic result and need evidence to colour not_assessed", "[engine][override]")
{
    evidence::Assessments a;
    a.overrides.push_back(test::overrideOf("P4", "green"));
    a.overrides.push_back(test::overrideOf("P9", "red")); // P9 not measured: no evidence → refused
    a.overrides.push_back(test::overrideOf("L1", "yellow", { 5 }));
    const auto r = run(store::Variant::Express, { measured("P4", "stalled_share", 0.5) }, a);
    const auto& p4 = crit(r, "P4");
    CHECK(p4.status == Status::Green);
    CHECK(p4.autoStatus == Status::Red);
    CHECK(p4.source == Source::Override);
    const auto& p9 = crit(r, "P9");
    CHECK(p9.status == Status::NotAssessed);
    CHECK(p9.flags == std::vector<std::string> { "override_needs_evidence" });
    const auto& l1 = crit(r, "L1");
    CHECK(l1.status == Status::Yellow);
    CHECK(l1.evidenceIds == std::vector<std::int64_t> { 5 });
    // Green by override leaves the ranking; L1 (yellow by override, expert) ranks.
    for (const auto& b : r.bottlenecks)
        CHECK(b.id != "P4");
    REQUIRE(r.bottlenecks.size() == 1);
    CHECK(r.bottlenecks[0].id == "L1");
    CHECK(r.bottlenecks[0].impactKind == "expert");
}

TEST_CASE(
    "bottleneck ranking: calc and expert impacts, ties, outliers, M1 excluded, blind spots", "[engine][bottlenecks]")
{
    ImpactBase base;
    base.revenue = 1'000'000;
    base.gm = 0.4; // GP(W) = 400 000
    evidence::Assessments a;
    a.criteria["S1"].impactClass = 'H';
    test::answerAll(a, "S1", Answer::No, false); // red, expert H = 20 000, w2 → 40 000
    test::answerAll(a, "M2", Answer::No, false); // red, default M = 8 000, w3 → 24 000
    test::answerAll(a, "M9", Answer::No, false); // red, default M = 8 000, w2 → 16 000
    test::answerAll(a, "S6", Answer::Partly, false); // yellow, default L = 2 000, w3 → 6 000
    auto p4 = measured("P4", "stalled_share", 0.5);
    p4.impact = 350'000; // > 30 % of revenue: an outlier
    auto c3 = measured("C3", "retention", 0.7); // yellow, calc 5 000 × w3 = 15 000
    c3.impact = 5'000;
    auto m1 = measured("M1", "attainment", 0.5); // red, outcome: never ranked
    const auto r = run(store::Variant::Express, { p4, c3, m1 }, a, base);
    std::vector<std::string> order;
    for (const auto& b : r.bottlenecks)
        order.push_back(b.id);
    CHECK(order == std::vector<std::string> { "S1", "M2", "M9", "C3", "S6" });
    CHECK(r.bottlenecks[0].impact == Approx(20'000));
    CHECK(r.bottlenecks[0].priority == Approx(40'000));
    CHECK(r.bottlenecks[1].impactClassDefault);
    CHECK(r.bottlenecks[3].impactKind == "calc");
    REQUIRE(r.unranked.size() == 1);
    CHECK(r.unranked[0].id == "P4");
    CHECK(r.unranked[0].outlier);
    // Blind spots: weight-3 criteria of the variant that are not assessed.
    CHECK(r.blindSpots == std::vector<std::string> { "P1", "M4", "L2", "L4" });
    // Once confirmed, the outlier ranks first.
    a.criteria["P4"].outlierConfirmed = true;
    const auto confirmed = run(store::Variant::Express, { p4, c3, m1 }, a, base);
    CHECK(confirmed.bottlenecks.front().id == "P4");
    CHECK(confirmed.unranked.empty());
    // Ties: same priority → red before yellow, then higher weight, then catalogue order.
    evidence::Assessments t;
    test::answerAll(t, "M9", Answer::No, false); // red w2 M: 8 000 × 2 = 16 000
    test::answerAll(t, "S1", Answer::No, false); // red w2 M: 16 000
    const auto tie = run(store::Variant::Express, {}, t, base);
    REQUIRE(tie.bottlenecks.size() == 2);
    CHECK(tie.bottlenecks[0].id == "M9");
    CHECK(tie.bottlenecks[1].id == "S1");
}

TEST_CASE("out-of-scope criteria are hidden; the JSON is deterministic and has no total", "[engine][json]")
{
    const auto express = run(store::Variant::Express, {});
    CHECK(express.criteria.size() == 19);
    CHECK_FALSE(express.find("P2"));
    CHECK(run(store::Variant::Standard, {}).criteria.size() == 44);
    CHECK(run(store::Variant::Premium, {}).criteria.size() == 45);
    for (const auto& c : express.criteria)
        CHECK(c.status == Status::NotAssessed); // nothing measured or answered: never silently green
    evidence::Assessments a;
    test::answerAll(a, "S1", Answer::No, false);
    ImpactBase base;
    base.revenue = 123456.789;
    const auto r1 = run(store::Variant::Express, { measured("C3", "retention", 0.7) }, a, base);
    const auto r2 = run(store::Variant::Express, { measured("C3", "retention", 0.7) }, a, base);
    const auto text = toJsonText(r1);
    CHECK(text == toJsonText(r2));
    CHECK(text.find("total") == std::string::npos);
    const auto j = nlohmann::json::parse(text);
    for (const char* key : { "criteria", "components", "overall", "bottlenecks", "blind_spots" })
        CHECK(j.contains(key));
    for (const char* key :
        { "id", "component", "status", "reason", "value", "unit", "n", "thresholds", "source", "evidence_ids" })
        CHECK(j["criteria"][0].contains(key));
    CHECK(j["bottlenecks"][0]["impact_kind"] == "expert");
    CHECK(j["impact_base"]["basis"] == "revenue");
}

} // namespace sa::scoring
