#include "Assess.h"

#include "ScoreEngine.h"
#include "common/Text.h"
#include "evidence/EvidenceStore.h"

#include <algorithm>

namespace sa::scoring {

namespace {

const char* kSentence = "at least one full sentence (20+ characters ending with . ! or ?)";

/// The criterion, known and in the audit's variant.
Result<const Criterion*> inScope(const ScoringSetup& setup, const std::string& id)
{
    const Criterion* c = setup.catalogue.find(id);
    if (!c)
        return Error::rejected("unknown criterion \"" + id + "\" (ids are P1..P9, M1..M9, C1..C9, L1..L9, S1..S9)");
    if (!c->inVariant(setup.variant))
        return Error::rejected(
            id + " is out of scope in the " + std::string(store::toString(setup.variant)) + " variant of this audit");
    return c;
}

sa::Status evidenceExists(const store::Project& project, const std::vector<std::int64_t>& ids)
{
    auto missing = evidence::missingNotes(project.db(), ids);
    if (!missing)
        return missing.error();
    if (!missing->empty())
        return Error::rejected("unknown evidence id " + std::to_string(missing->front())
            + " (list notes with `salesaudit-cli note PROJECT --search ...`)");
    return {};
}

} // namespace

sa::Status assessChecklist(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    const std::vector<std::pair<std::string, evidence::Answer>>& answers, const std::vector<std::int64_t>& evidenceIds,
    const Clock& clock)
{
    auto c = inScope(setup, criterionId);
    if (!c)
        return c.error();
    if (!(*c)->hasChecklist())
        return Error::rejected(criterionId + " has no checklist (evidence: " + toString((*c)->evidence) + ")");
    if (answers.empty())
        return Error::usage("no checklist answers given");
    const bool express = setup.variant == store::Variant::Express;
    if (evidenceIds.empty() && !express)
        return Error::rejected("checklist answers need --evidence in a " + std::string(store::toString(setup.variant))
            + " audit (spec §5.3); only express audits accept declared answers");
    if (sa::Status s = evidenceExists(project, evidenceIds); !s)
        return s;
    std::vector<evidence::ChecklistAnswer> rows;
    for (const auto& [item, answer] : answers) {
        const auto& items = (*c)->checklist;
        const std::string& wanted = item; // clang 14 cannot capture structured bindings
        auto it = std::find_if(items.begin(), items.end(), [&](const ChecklistItem& i) { return i.id == wanted; });
        if (it == items.end())
            return Error::rejected(criterionId + " has no checklist item \"" + item + "\"");
        if (!it->appliesTo(setup.variant) && answer != evidence::Answer::Na)
            return Error::rejected(criterionId + " item " + item + " does not apply in the "
                + store::toString(setup.variant) + " variant (it is n.a.)");
        rows.push_back({ item, answer, evidenceIds.empty(), evidenceIds });
    }
    return evidence::writeChecklistAnswers(project.db(), criterionId, rows, clock);
}

sa::Status assessRating(store::Project& project, const ScoringSetup& setup, const std::string& criterionId, int rating,
    const std::string& basis, const std::vector<std::int64_t>& evidenceIds, const Clock& clock)
{
    auto c = inScope(setup, criterionId);
    if (!c)
        return c.error();
    if (!(*c)->rating)
        return Error::rejected(criterionId + " is not a rating criterion");
    if (sa::Status s = evidenceExists(project, evidenceIds); !s)
        return s;
    return evidence::writeRating(project.db(), criterionId, rating, basis, evidenceIds, clock);
}

sa::Status assessConfirmedAbsent(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    const std::optional<std::string>& rationale, const Clock& clock)
{
    auto c = inScope(setup, criterionId);
    if (!c)
        return c.error();
    if (rationale && !((*c)->metric && (*c)->metric->confirmedAbsentAllowed))
        return Error::rejected(
            criterionId + " does not allow confirmed_absent (spec §5.2.3: type D metrics and M1, M4, M7, L2)");
    return evidence::writeConfirmedAbsent(project.db(), criterionId, rationale, clock);
}

sa::Status assessNotApplicable(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    const std::optional<std::string>& rationale, const Clock& clock)
{
    auto c = inScope(setup, criterionId);
    if (!c)
        return c.error();
    return evidence::writeNotApplicable(project.db(), criterionId, rationale, clock);
}

sa::Status assessImpactClass(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    std::optional<char> cls, const Clock& clock)
{
    auto c = inScope(setup, criterionId);
    if (!c)
        return c.error();
    return evidence::writeImpactClass(project.db(), criterionId, cls, clock);
}

sa::Status assessOutlierConfirmed(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    bool confirmed, const Clock& clock)
{
    auto c = inScope(setup, criterionId);
    if (!c)
        return c.error();
    if ((*c)->impactKind != ImpactKind::Calc)
        return Error::rejected(criterionId + " has no calculated impact to confirm");
    return evidence::writeOutlierConfirmed(project.db(), criterionId, confirmed, clock);
}

Result<std::int64_t> assessOverride(store::Project& project, const ScoringSetup& setup, const ScoreResult& current,
    evidence::Override o, const Clock& clock)
{
    auto c = inScope(setup, o.criterionId);
    if (!c)
        return c.error();
    if (!parseStatus(o.newStatus))
        return Error::usage("--status must be green, yellow, red or not_assessed");
    static const std::vector<std::string> categories
        = { "data_quality", "business_context", "new_evidence", "threshold_not_applicable" };
    if (std::find(categories.begin(), categories.end(), o.reasonCategory) == categories.end())
        return Error::usage(
            "--reason-category must be data_quality, business_context, new_evidence or threshold_not_applicable");
    if (!evidence::isFullSentence(o.rationale))
        return Error::rejected(std::string("the rationale must be ") + kSentence);
    const CriterionResult* r = current.find(o.criterionId);
    if (!r)
        return Error::internal("no current result for " + o.criterionId);
    o.autoStatus = toString(r->autoStatus);
    o.autoValue = r->value;
    if (r->autoStatus == Status::NotAssessed && o.newStatus != "not_assessed" && o.evidenceIds.empty())
        return Error::rejected(
            o.criterionId + " is not assessed automatically: colouring it needs --evidence (spec §5.6)");
    if (sa::Status s = evidenceExists(project, o.evidenceIds); !s)
        return s.error();
    return evidence::writeOverride(project.db(), o, clock);
}

sa::Status changeThresholds(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    const std::vector<std::pair<std::string, double>>& changes, const std::string& rationale, const std::string& author,
    const Clock& clock)
{
    auto c = inScope(setup, criterionId);
    if (!c)
        return c.error();
    if (changes.empty())
        return Error::usage("no threshold change given");
    std::vector<evidence::RefOverride> rows;
    for (const auto& [param, value] : changes)
        rows.push_back({ criterionId, param, value, rationale, author, 0 });
    Catalogue probe = setup.catalogue; // the changes must apply cleanly on top of the stored ones
    if (sa::Status s = applyThresholdOverrides(probe, rows); !s)
        return s;
    return evidence::writeRefOverrides(project.db(), rows, clock);
}

sa::Status changeParam(store::Project& project, const ScoringSetup& setup, const std::string& param,
    const std::string& valueJson, const std::string& rationale, const std::string& author, const Clock& clock)
{
    const auto value = nlohmann::json::parse(valueJson, nullptr, false);
    if (value.is_discarded())
        return Error::usage("the value of " + param + " must be JSON (a number, \"text\", [list] or {object}), got '"
            + valueJson + "'");
    evidence::RefOverride r { "", param, value, rationale, author, 0 };
    Params probe = setup.params;
    if (sa::Status s = applyParamOverrides(probe, { r }); !s)
        return s;
    return evidence::writeRefOverrides(project.db(), { r }, clock);
}

} // namespace sa::scoring
