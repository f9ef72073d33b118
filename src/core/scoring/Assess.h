#pragma once
// The consultant's writes with their validation against the catalogue and the audit variant
// (used by `salesaudit-cli assess` and the GUI). Each call is one transaction; an invalid input is
// InputRejected (or Usage) and nothing is written.
#include "ScoreProject.h"
#include "evidence/Assessments.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sa::scoring {

/// Checklist answers of one criterion. In standard/premium every answer needs evidence ids
/// (spec §5.3); in express an answer without evidence is stored as "declared" (group session).
sa::Status assessChecklist(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    const std::vector<std::pair<std::string, evidence::Answer>>& answers, const std::vector<std::int64_t>& evidenceIds,
    const Clock& clock);

/// Rating 0..2 with its basis text (required, spec §5.4) of a rating criterion.
sa::Status assessRating(store::Project& project, const ScoringSetup& setup, const std::string& criterionId, int rating,
    const std::string& basis, const std::vector<std::int64_t>& evidenceIds, const Clock& clock);

/// confirmed_absent (spec §5.2.3) where the block allows it; nullopt rationale clears it.
sa::Status assessConfirmedAbsent(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    const std::optional<std::string>& rationale, const Clock& clock);

/// Not applicable to this company (criterion stays in scope as not_assessed / not_applicable).
sa::Status assessNotApplicable(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    const std::optional<std::string>& rationale, const Clock& clock);

/// Expert impact class H/M/L (nullopt = default) and outlier confirmation (spec §6).
sa::Status assessImpactClass(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    std::optional<char> cls, const Clock& clock);
sa::Status assessOutlierConfirmed(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    bool confirmed, const Clock& clock);

/// An override (spec §5.6) on top of `current` (the project's present score, which supplies the
/// automatic status and value kept with it). Returns the override id.
Result<std::int64_t> assessOverride(store::Project& project, const ScoringSetup& setup, const ScoreResult& current,
    evidence::Override o, const Clock& clock);

/// Per-audit threshold changes of one metric criterion, e.g. {"stalled_share.green", 0.2}: all
/// written in one transaction with the same rationale, refused if the thresholds end out of order.
sa::Status changeThresholds(store::Project& project, const ScoringSetup& setup, const std::string& criterionId,
    const std::vector<std::pair<std::string, double>>& changes, const std::string& rationale, const std::string& author,
    const Clock& clock);
/// A per-audit change of a refs.json parameter; `valueJson` is JSON text (0.35, "month", [..]).
sa::Status changeParam(store::Project& project, const ScoringSetup& setup, const std::string& param,
    const std::string& valueJson, const std::string& rationale, const std::string& author, const Clock& clock);

} // namespace sa::scoring
