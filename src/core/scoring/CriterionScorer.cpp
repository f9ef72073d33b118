#include "CriterionScorer.h"

#include <algorithm>

namespace sa::scoring {

using evidence::Answer;

Status evaluate(const Indicator& ind, double v) noexcept
{
    if (ind.direction == Direction::LowerIsBetter)
        return v <= ind.green ? Status::Green : v <= ind.yellow ? Status::Yellow : Status::Red;
    return v >= ind.green ? Status::Green : v >= ind.yellow ? Status::Yellow : Status::Red;
}

Status combineParts(const std::vector<PartResult>& parts) noexcept
{
    double sum = 0.0;
    int assessed = 0;
    for (const auto& p : parts)
        if (auto v = statusValue(p.status)) {
            sum += *v;
            ++assessed;
        }
    if (assessed == 0)
        return Status::NotAssessed;
    const double mean = sum / assessed;
    return mean >= 1.0 ? Status::Green : mean >= 0.5 ? Status::Yellow : Status::Red;
}

namespace {

/// The better-bounded status: a status better than `cap` becomes `cap`.
Status applyCap(Status s, Status cap)
{
    const auto v = statusValue(s), c = statusValue(cap);
    return v && c && *v > *c ? cap : s;
}

PartResult scoreMetricPart(const MetricPart& spec, const std::string& unit, const PartMeasurement* m)
{
    PartResult p;
    p.id = spec.id;
    if (!m) {
        p.note = "not measured";
        return p;
    }
    p.n = m->n;
    p.indicative = m->indicative;
    p.partial = m->partial;
    p.flags = m->flags;
    p.note = m->note;
    Status worst = Status::Green;
    for (const auto& ind : spec.indicators) {
        auto it
            = std::find_if(m->indicators.begin(), m->indicators.end(), [&](const auto& v) { return v.key == ind.key; });
        if (it == m->indicators.end())
            continue;
        const Status s = evaluate(ind, it->value);
        p.indicators.push_back({ spec.id, ind.key, it->value, s, ind.direction, ind.green, ind.yellow,
            ind.unit.empty() ? unit : ind.unit });
        worst = worse(worst, s);
    }
    if (m->reason != Reason::None) {
        p.reason = m->reason;
        return p;
    }
    if (m->forced) {
        p.status = *m->forced;
        p.reason = *m->forced == Status::NotAssessed ? Reason::NoData : Reason::None;
        return p;
    }
    if (p.indicators.empty())
        return p; // nothing computed: never silently green
    if (m->indicative) {
        p.reason = Reason::InsufficientSample; // shown greyed, never coloured
        return p;
    }
    p.status = m->cap ? applyCap(worst, *m->cap) : worst;
    p.reason = Reason::None;
    return p;
}

/// §5.3: mean of answered applicable items, with the 60 % answered rule and evidence rule.
PartResult scoreChecklist(const Criterion& c, const Params& params, store::Variant variant,
    const evidence::CriterionAssessment* a, ChecklistResult& out)
{
    PartResult p;
    p.id = "checklist";
    double sum = 0.0;
    for (const auto& item : c.checklist) {
        if (!item.appliesTo(variant))
            continue;
        const evidence::ChecklistAnswer* ans = nullptr;
        if (a)
            if (auto it = a->answers.find(item.id); it != a->answers.end())
                ans = &it->second;
        if (ans && ans->answer == Answer::Na) {
            ++out.na;
            continue;
        }
        ++out.applicable;
        if (!ans)
            continue;
        const bool declared = ans->evidenceIds.empty();
        if (declared && variant != store::Variant::Express) {
            ++out.withoutEvidence;
            continue;
        }
        out.declared = out.declared || declared || ans->declared;
        ++out.answered;
        if (ans->answer == Answer::Yes)
            ++out.yes;
        else if (ans->answer == Answer::Partly)
            ++out.partly;
        else
            ++out.no;
        sum += ans->answer == Answer::Yes ? 1.0 : ans->answer == Answer::Partly ? 0.5 : 0.0;
    }
    p.n = out.answered;
    if (out.applicable == 0) {
        p.reason = Reason::NotApplicable;
        p.note = "every checklist item is n.a.";
        return p;
    }
    if (out.answered > 0)
        out.score = sum / out.answered;
    if (out.answered < params.number("checklist_min_answered", 0.6) * out.applicable) {
        p.reason = out.withoutEvidence > 0 ? Reason::NoEvidence : Reason::Pending;
        p.note = std::to_string(out.answered) + " of " + std::to_string(out.applicable) + " applicable items answered";
        return p;
    }
    const double green = params.number("checklist_green", 0.85), yellow = params.number("checklist_yellow", 0.5);
    const bool fewItems = out.answered >= 4 && out.answered <= 5;
    const bool greenAllowed = !fewItems || (out.partly <= 1 && out.no == 0);
    p.status = *out.score >= green && greenAllowed ? Status::Green
        : *out.score >= yellow                     ? Status::Yellow
                                                   : Status::Red;
    p.reason = Reason::None;
    return p;
}

PartResult scoreRating(const evidence::CriterionAssessment* a)
{
    PartResult p;
    p.id = "rating";
    p.reason = Reason::Pending;
    if (!a || !a->rating || a->ratingBasis.empty())
        return p;
    p.status = *a->rating >= 2 ? Status::Green : *a->rating == 1 ? Status::Yellow : Status::Red;
    p.reason = Reason::None;
    return p;
}

/// confirmed_absent (§5.2.3): metric parts not assessed become red where the block allows it.
void applyConfirmedAbsent(const Criterion& c, const evidence::CriterionAssessment* a, CriterionResult& r)
{
    if (!a || !a->confirmedAbsent || !c.metric)
        return;
    if (!c.metric->confirmedAbsentAllowed) {
        r.flags.push_back("confirmed_absent_not_allowed");
        return;
    }
    r.confirmedAbsent = true;
    for (auto& p : r.parts)
        if (p.id != "checklist" && p.status == Status::NotAssessed) {
            p.status = Status::Red;
            p.reason = Reason::None;
            p.confirmedAbsent = true;
            p.note = "confirmed absent: " + a->confirmedAbsentRationale;
        }
}

/// value / unit / n / thresholds of the criterion: the worst indicator of the first assessed part.
void pickHeadline(const Criterion& c, CriterionResult& r)
{
    for (const auto& p : r.parts) {
        if (p.indicators.empty())
            continue;
        const IndicatorResult* best = &p.indicators.front();
        for (const auto& ind : p.indicators)
            if (worse(ind.status, best->status) != best->status)
                best = &ind;
        r.thresholds = *best;
        r.value = best->value;
        r.unit = best->unit;
        r.n = p.n;
        return;
    }
    if (r.checklist && r.checklist->score) {
        r.value = r.checklist->score;
        r.unit = "checklist_score";
        r.n = r.checklist->answered;
    } else if (r.rating) {
        r.value = *r.rating;
        r.unit = "rating";
        r.n = 1;
    } else if (c.metric) {
        r.unit = c.metric->unit;
    }
}

void collectEvidence(const evidence::CriterionAssessment* a, CriterionResult& r)
{
    if (!a)
        return;
    r.evidenceIds = a->ratingEvidenceIds;
    for (const auto& [item, ans] : a->answers)
        r.evidenceIds.insert(r.evidenceIds.end(), ans.evidenceIds.begin(), ans.evidenceIds.end());
}

void finishStatus(const Criterion& c, const evidence::CriterionAssessment* a, CriterionResult& r)
{
    if (r.parts.size() == 1) {
        r.status = r.parts.front().status;
        r.reason = r.parts.front().reason;
    } else {
        r.status = combineParts(r.parts);
        const bool anyMissing = std::any_of(
            r.parts.begin(), r.parts.end(), [](const PartResult& p) { return p.status == Status::NotAssessed; });
        r.partial = r.status != Status::NotAssessed && anyMissing;
        r.reason = r.status == Status::NotAssessed ? r.parts.front().reason : Reason::None;
    }
    for (const auto& p : r.parts)
        r.partial = r.partial || (p.partial && p.status != Status::NotAssessed);
    r.indicative = std::any_of(r.parts.begin(), r.parts.end(), [](const PartResult& p) { return p.indicative; });
    if (a && a->notApplicable) {
        r.status = Status::NotAssessed;
        r.reason = Reason::NotApplicable;
        r.note = "not applicable: " + a->notApplicableRationale;
    }
    r.source = c.evidence == EvidenceKind::Checklist ? Source::Checklist
        : c.evidence == EvidenceKind::Rating         ? Source::Rating
                                                     : Source::Auto;
    r.autoStatus = r.status;
    r.autoReason = r.reason;
}

} // namespace

CriterionResult scoreCriterion(const Criterion& c, const Params& params, store::Variant variant, const Measurement* m,
    const evidence::CriterionAssessment* a)
{
    CriterionResult r;
    r.id = c.id;
    r.component = c.component;
    r.weight = c.weight;
    r.evidence = c.evidence;
    if (c.metric)
        for (const auto& spec : c.metric->parts) {
            const PartMeasurement* pm = nullptr;
            if (m)
                for (const auto& candidate : m->parts)
                    if (candidate.id == spec.id)
                        pm = &candidate;
            r.parts.push_back(scoreMetricPart(spec, c.metric->unit, pm));
        }
    applyConfirmedAbsent(c, a, r);
    if (c.hasChecklist()) {
        ChecklistResult cl;
        r.parts.push_back(scoreChecklist(c, params, variant, a, cl));
        r.declared = cl.declared;
        r.checklist = cl;
    }
    if (c.rating) {
        r.parts.push_back(scoreRating(a));
        if (a && a->rating) {
            r.rating = a->rating;
            r.ratingBasis = a->ratingBasis;
        }
    }
    if (r.parts.size() == 1)
        r.note = r.parts.front().note;
    finishStatus(c, a, r);
    pickHeadline(c, r);
    collectEvidence(a, r);
    return r;
}

void applyOverride(CriterionResult& r, const evidence::Override* o)
{
    if (!o)
        return;
    const auto target = parseStatus(o->newStatus);
    if (!target)
        return;
    r.override = *o;
    if (*target != Status::NotAssessed && r.autoStatus == Status::NotAssessed && o->evidenceIds.empty()) {
        r.flags.push_back("override_needs_evidence");
        return;
    }
    r.status = *target;
    r.source = Source::Override;
    if (*target != Status::NotAssessed)
        r.reason = Reason::None;
    else
        r.reason = o->reasonCategory == "data_quality" ? Reason::NoData
            : o->reasonCategory == "new_evidence"      ? Reason::NoEvidence
                                                       : Reason::NotApplicable;
    r.evidenceIds.insert(r.evidenceIds.end(), o->evidenceIds.begin(), o->evidenceIds.end());
}

} // namespace sa::scoring
