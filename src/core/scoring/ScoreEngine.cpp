#include "ScoreEngine.h"

#include "Bottlenecks.h"
#include "CriterionScorer.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring {

const char* toString(Source s) noexcept
{
    switch (s) {
    case Source::Auto:
        return "auto";
    case Source::Checklist:
        return "checklist";
    case Source::Rating:
        return "rating";
    case Source::Override:
        return "override";
    }
    return "auto";
}

std::optional<double> statusValue(Status s) noexcept
{
    switch (s) {
    case Status::Green:
        return 1.0;
    case Status::Yellow:
        return 0.5;
    case Status::Red:
        return 0.0;
    case Status::NotAssessed:
        return std::nullopt;
    }
    return std::nullopt;
}

Status worse(Status a, Status b) noexcept
{
    const auto va = statusValue(a), vb = statusValue(b);
    if (!va)
        return b;
    if (!vb)
        return a;
    return *vb < *va ? b : a;
}

std::optional<Status> parseStatus(std::string_view s) noexcept
{
    for (auto st : { Status::Green, Status::Yellow, Status::Red, Status::NotAssessed })
        if (s == toString(st))
            return st;
    return std::nullopt;
}

std::optional<double> ImpactBase::grossProfit() const
{
    if (!revenue)
        return std::nullopt;
    return gm ? *revenue * *gm : *revenue;
}

const CriterionResult* ScoreResult::find(const std::string& id) const
{
    for (const auto& c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

namespace {

std::string colourOf(double score, const Params& params)
{
    return score >= params.number("component_green", 80) ? "green"
        : score >= params.number("component_yellow", 50) ? "yellow"
                                                         : "red";
}

} // namespace

ComponentResult scoreComponent(
    const std::string& componentId, const std::vector<CriterionResult>& criteria, const Params& params)
{
    ComponentResult k;
    k.id = componentId;
    double weighted = 0.0;
    bool criticalRed = false;
    for (const auto& c : criteria) {
        if (c.component != componentId)
            continue;
        k.scopeWeight += c.weight;
        if (auto v = statusValue(c.status)) {
            k.assessedWeight += c.weight;
            weighted += c.weight * *v;
        }
        criticalRed = criticalRed || (c.weight == 3 && c.status == Status::Red);
    }
    if (k.assessedWeight > 0)
        k.score = 100.0 * weighted / k.assessedWeight;
    k.coverage = k.scopeWeight > 0 ? 100.0 * k.assessedWeight / k.scopeWeight : 0.0;
    if (!k.score || k.coverage < params.number("component_min_coverage", 60)) {
        k.status = "insufficient_coverage";
        return k;
    }
    k.status = colourOf(*k.score, params);
    if (criticalRed && k.status == "green") {
        k.status = "yellow";
        k.capped = true;
    }
    return k;
}

OverallResult scoreOverall(const std::vector<ComponentResult>& components, const Params& params, store::Variant variant)
{
    OverallResult o;
    o.indicative = variant == store::Variant::Express;
    double sum = 0.0, coverage = 0.0;
    bool anyRed = false;
    for (const auto& k : components) {
        coverage += k.coverage;
        if (k.status == "insufficient_coverage")
            continue;
        ++o.colouredComponents;
        sum += *k.score;
        anyRed = anyRed || k.status == "red";
    }
    o.meanCoverage = components.empty() ? 0.0 : coverage / components.size();
    if (o.colouredComponents < 4) {
        o.status = "insufficient_components";
        return o;
    }
    o.score = sum / o.colouredComponents;
    o.status = colourOf(*o.score, params);
    if (anyRed && o.status == "green")
        o.status = "yellow";
    return o;
}

ScoreResult score(const Catalogue& catalogue, const Params& params, store::Variant variant,
    const std::vector<Measurement>& measurements, const evidence::Assessments& assessments, const ImpactBase& base)
{
    ScoreResult out;
    out.variant = variant;
    out.base = base;
    out.refOverrides = assessments.refOverrides;
    for (const auto& c : catalogue.criteria) {
        if (!c.inVariant(variant))
            continue; // out_of_scope: hidden, in no denominator
        const Measurement* m = nullptr;
        for (const auto& candidate : measurements)
            if (candidate.criterionId == c.id)
                m = &candidate;
        auto r = scoreCriterion(c, params, variant, m, assessments.find(c.id));
        if (m)
            r.rows = m->rows;
        applyOverride(r, assessments.activeOverride(c.id));
        std::sort(r.evidenceIds.begin(), r.evidenceIds.end());
        r.evidenceIds.erase(std::unique(r.evidenceIds.begin(), r.evidenceIds.end()), r.evidenceIds.end());
        out.criteria.push_back(std::move(r));
    }
    for (const auto& k : catalogue.components)
        out.components.push_back(scoreComponent(k.id, out.criteria, params));
    out.overall = scoreOverall(out.components, params, variant);
    rankBottlenecks(catalogue, params, measurements, assessments, out);
    return out;
}

namespace {

/// The indicator a threshold change names ("KEY.green" / "KEY.yellow" of a metric criterion).
Result<std::pair<Indicator*, bool>> thresholdTarget(Catalogue& catalogue, const evidence::RefOverride& o)
{
    const auto where = o.criterionId + " " + o.param;
    Criterion* c = catalogue.find(o.criterionId);
    if (!c || !c->metric)
        return Error::rejected("unknown threshold " + where + " (" + o.criterionId + " has no metric thresholds)");
    const auto dot = o.param.rfind('.');
    const auto key = dot == std::string::npos ? o.param : o.param.substr(0, dot);
    const auto which = dot == std::string::npos ? std::string() : o.param.substr(dot + 1);
    auto* ind = const_cast<Indicator*>(c->indicator(key));
    if (!ind || (which != "green" && which != "yellow")) {
        std::string keys;
        for (const auto& part : c->metric->parts)
            for (const auto& i : part.indicators)
                keys += (keys.empty() ? "" : ", ") + i.key;
        return Error::rejected("unknown threshold " + where
            + " (expected INDICATOR.green or INDICATOR.yellow; indicators of " + o.criterionId + ": " + keys + ")");
    }
    if (!o.value.is_number() || !std::isfinite(o.value.get<double>()))
        return Error::rejected("threshold " + where + " must be a number");
    return std::pair<Indicator*, bool>(ind, which == "green");
}

} // namespace

sa::Status applyThresholdOverrides(Catalogue& catalogue, const std::vector<evidence::RefOverride>& overrides)
{
    std::vector<std::pair<const evidence::RefOverride*, Indicator*>> touched;
    for (const auto& o : overrides) {
        if (o.criterionId.empty())
            continue;
        auto target = thresholdTarget(catalogue, o);
        if (!target)
            return target.error();
        (target->second ? target->first->green : target->first->yellow) = o.value.get<double>();
        touched.emplace_back(&o, target->first);
    }
    // Order is checked after every change is in, so green and yellow may move together.
    for (const auto& [o, ind] : touched) {
        const bool lower = ind->direction == Direction::LowerIsBetter;
        if (lower ? ind->green > ind->yellow : ind->green < ind->yellow)
            return Error::rejected("threshold " + o->criterionId + " " + o->param + " breaks the order green "
                + (lower ? "<=" : ">=") + " yellow of " + ind->key);
    }
    return {};
}

sa::Status applyParamOverrides(Params& params, const std::vector<evidence::RefOverride>& overrides)
{
    for (const auto& o : overrides) {
        if (!o.criterionId.empty())
            continue;
        if (!params.all().contains(o.param))
            return Error::rejected("unknown reference parameter \"" + o.param + "\" (see criteria/refs.json)");
        if (o.value.is_discarded() || o.value.is_null())
            return Error::rejected("reference parameter \"" + o.param + "\" has no value");
        params.set(o.param, o.value);
    }
    return {};
}

} // namespace sa::scoring
