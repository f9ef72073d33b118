#pragma once
// The consultant's side of scoring, as stored in the project: checklist answers, ratings,
// confirmed-absent and not-applicable marks, impact classes, overrides and per-audit parameter
// changes (tables assessments, checklist_answers, assessment_evidence, overrides, ref_overrides).
// Each write function is one transaction; validation against the catalogue is the caller's
// (scoring/Assess.h), the checks here are the ones that need no catalogue.
#include "common/Clock.h"
#include "common/Result.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sa::evidence {

enum class Answer { Yes, Partly, No, Na };
[[nodiscard]] const char* toString(Answer a) noexcept;
[[nodiscard]] std::optional<Answer> parseAnswer(std::string_view s) noexcept;

struct ChecklistAnswer {
    std::string item;
    Answer answer = Answer::Na;
    bool declared = false; ///< given in the express group session without evidence (spec §5.3)
    std::vector<std::int64_t> evidenceIds;
};

/// Everything recorded for one criterion (absent keys = nothing recorded).
struct CriterionAssessment {
    std::optional<int> rating; ///< 0..2
    std::string ratingBasis;
    std::vector<std::int64_t> ratingEvidenceIds;
    bool confirmedAbsent = false;
    std::string confirmedAbsentRationale;
    bool notApplicable = false;
    std::string notApplicableRationale;
    std::optional<char> impactClass; ///< 'H', 'M', 'L'
    bool outlierConfirmed = false;
    std::map<std::string, ChecklistAnswer> answers; ///< by item id
};

/// A consultant override (spec §5.6). Only active overrides take effect; inactive ones are history.
struct Override {
    std::int64_t id = 0;
    std::string criterionId;
    std::string autoStatus;
    std::optional<double> autoValue;
    std::string newStatus; ///< green, yellow, red, not_assessed
    std::string reasonCategory; ///< data_quality, business_context, new_evidence, threshold_not_applicable
    std::string rationale;
    std::vector<std::int64_t> evidenceIds;
    std::string author;
    LocalSeconds createdAt = 0;
    bool active = true;
};

/// A per-audit change of a threshold ("P4" + "stalled_share.green") or a refs.json parameter
/// ("" + "gm"), with its rationale; listed in the report appendix.
struct RefOverride {
    std::string criterionId;
    std::string param;
    nlohmann::json value;
    std::string rationale;
    std::string author;
    LocalSeconds changedAt = 0;
};

struct Assessments {
    std::map<std::string, CriterionAssessment> criteria;
    std::vector<Override> overrides; ///< active ones, by criterion
    std::vector<RefOverride> refOverrides; ///< by criterion id, then param
    [[nodiscard]] const CriterionAssessment* find(const std::string& criterionId) const;
    [[nodiscard]] const Override* activeOverride(const std::string& criterionId) const;
};

/// Reads every assessment table (active overrides only).
Result<Assessments> loadAssessments(const store::Connection& db);
/// Every override ever recorded, active or reverted, oldest first (report appendix).
Result<std::vector<Override>> overrideHistory(const store::Connection& db);

/// "At least one full sentence": ≥ 20 characters after trimming, ending with '.', '!' or '?'.
[[nodiscard]] bool isFullSentence(const std::string& text);

/// Replaces the given items' answers (others of the criterion stay) and their evidence links.
Status writeChecklistAnswers(store::Connection& db, const std::string& criterionId,
    const std::vector<ChecklistAnswer>& answers, const Clock& clock);
Status writeRating(store::Connection& db, const std::string& criterionId, int rating, const std::string& basis,
    const std::vector<std::int64_t>& evidenceIds, const Clock& clock);
/// Sets (rationale non-empty) or clears (rationale nullopt) confirmed_absent.
Status writeConfirmedAbsent(store::Connection& db, const std::string& criterionId,
    const std::optional<std::string>& rationale, const Clock& clock);
Status writeNotApplicable(store::Connection& db, const std::string& criterionId,
    const std::optional<std::string>& rationale, const Clock& clock);
/// 'H', 'M', 'L' or nullopt (back to the default class).
Status writeImpactClass(
    store::Connection& db, const std::string& criterionId, std::optional<char> cls, const Clock& clock);
Status writeOutlierConfirmed(store::Connection& db, const std::string& criterionId, bool confirmed, const Clock& clock);
/// Deactivates any active override of the criterion and inserts this one; returns its id.
Result<std::int64_t> writeOverride(store::Connection& db, const Override& o, const Clock& clock);
/// Deactivates the active override (the row is kept as history). Rejected when there is none.
Status clearOverride(store::Connection& db, const std::string& criterionId);
/// Inserts or replaces parameter changes in one transaction; each value must be non-null JSON and
/// each rationale a full sentence.
Status writeRefOverrides(store::Connection& db, const std::vector<RefOverride>& changes, const Clock& clock);
/// Removes one parameter change (back to the catalogue default). Rejected when there is none.
Status clearRefOverride(store::Connection& db, const std::string& criterionId, const std::string& param);

} // namespace sa::evidence
