// Every metric threshold of the catalogue at its boundaries: a boundary value belongs to the
// better status (spec §5.2, catalogue schema). Driven from the catalogue data, so it covers all.
#include "EngineFixtures.h"
#include "scoring/CriterionScorer.h"

#include <cmath>
#include <set>

namespace sa::scoring {

namespace {

/// A measurement of `c` where every indicator sits at its green boundary, except `key` = `value`.
Measurement allGreenExcept(const Criterion& c, const std::string& key, double value)
{
    Measurement m;
    m.criterionId = c.id;
    for (const auto& part : c.metric->parts) {
        PartMeasurement p;
        p.id = part.id;
        p.n = 1000;
        for (const auto& ind : part.indicators)
            p.indicators.push_back({ ind.key, ind.key == key ? value : ind.green });
        m.parts.push_back(p);
    }
    return m;
}

/// A step just beyond `v` in the worse direction of `ind`.
double worseThan(const Indicator& ind, double v)
{
    const double step = std::max(1e-9, std::abs(v) * 1e-9);
    return ind.direction == Direction::LowerIsBetter ? v + step : v - step;
}

} // namespace

TEST_CASE("every metric indicator at its threshold boundaries", "[engine][thresholds]")
{
    int indicators = 0;
    std::set<std::string> criteria;
    for (const auto& c : test::shippedCatalogue().criteria) {
        if (!c.metric)
            continue;
        criteria.insert(c.id);
        for (const auto& part : c.metric->parts)
            for (const auto& ind : part.indicators) {
                ++indicators;
                INFO(c.id << " " << ind.key << " green " << ind.green << " yellow " << ind.yellow);
                const Indicator& i = ind;
                CHECK(evaluate(i, i.green) == Status::Green);
                CHECK(evaluate(i, i.yellow) == (i.green == i.yellow ? Status::Green : Status::Yellow));
                CHECK(evaluate(i, worseThan(i, i.yellow)) == Status::Red);
                if (i.green != i.yellow)
                    CHECK(evaluate(i, worseThan(i, i.green)) == Status::Yellow);
                // Through the whole criterion: the boundary value colours the criterion.
                const auto v = store::Variant::Premium;
                auto atGreen = allGreenExcept(c, i.key, i.green);
                auto atYellow = allGreenExcept(c, i.key, i.yellow);
                auto pastYellow = allGreenExcept(c, i.key, worseThan(i, i.yellow));
                const auto greenResult = scoreCriterion(c, test::shippedParams(), v, &atGreen, nullptr);
                const auto yellowResult = scoreCriterion(c, test::shippedParams(), v, &atYellow, nullptr);
                const auto redResult = scoreCriterion(c, test::shippedParams(), v, &pastYellow, nullptr);
                const auto metricPart = [](const CriterionResult& r, const std::string& id) {
                    for (const auto& p : r.parts)
                        if (p.id == id)
                            return p.status;
                    return Status::NotAssessed;
                };
                CHECK(metricPart(greenResult, part.id) == Status::Green);
                if (i.green != i.yellow)
                    CHECK(metricPart(yellowResult, part.id) == Status::Yellow);
                CHECK(metricPart(redResult, part.id) == Status::Red);
                if (c.metric->parts.size() == 1 && !c.hasChecklist()) {
                    CHECK(greenResult.status == Status::Green);
                    CHECK(redResult.status == Status::Red);
                    REQUIRE(redResult.thresholds);
                    CHECK(redResult.thresholds->key == i.key);
                }
            }
    }
    CHECK(criteria.size() == 30);
    CHECK(indicators >= 32);
}

} // namespace sa::scoring
