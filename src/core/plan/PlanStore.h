#pragma once
// The action plan in the project file (table `actions`). Every function is one transaction.
#include "Action.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/Project.h"

#include <vector>

namespace sa::plan {

/// All actions in plan order (priority, then id).
Result<std::vector<ActionRecord>> loadPlan(const store::Connection& db);
/// Replaces the generated, still-proposed actions by `generated`; the consultant's own actions
/// and every action already edited past "proposed" are kept, after the new ones.
Status replaceGenerated(store::Connection& db, const std::vector<ActionRecord>& generated, const Clock& clock);
/// Adds one action (the consultant's own); returns its id.
Result<std::int64_t> addAction(store::Connection& db, ActionRecord action, const Clock& clock);
/// Writes every editable field of an existing action (by id).
Status updateAction(store::Connection& db, const ActionRecord& action, const Clock& clock);
Status deleteAction(store::Connection& db, std::int64_t id);
/// Merges actions into the first of `ids`: criteria united, texts joined, earliest horizon and
/// due date, highest priority; the others are deleted. Returns the merged action.
Result<ActionRecord> mergeActions(store::Connection& db, const std::vector<std::int64_t>& ids, const Clock& clock);

/// Checks what a user may type: non-empty text, known horizon/status, criterion ids well-formed.
Status validateAction(const ActionRecord& action);

} // namespace sa::plan
