#pragma once
// Generates the action plan from a score (spec §7): M1's actions open the plan, then the red and
// yellow criteria in bottleneck order with the catalogue's actions (all for red, the first for
// yellow), prerequisites planned before their dependants whatever the ranking.
#include "Action.h"
#include "scoring/Catalogue.h"
#include "scoring/ScoreResult.h"

#include <string>
#include <vector>

namespace sa::plan {

/// `language` is "ru" or "en": the language the texts are written in.
std::vector<ActionRecord> generatePlan(
    const scoring::ScoreResult& score, const scoring::Catalogue& catalogue, const std::string& language);

/// Stable order in which every action comes after the actions of its prerequisite criteria
/// (cycles, which the catalogue validator forbids, fall back to the given order).
void orderByPrerequisites(std::vector<ActionRecord>& actions);

} // namespace sa::plan
