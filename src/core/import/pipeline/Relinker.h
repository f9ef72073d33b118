#pragma once
// Set-based steps after the row pass: one statement per table, never per row.
#include "common/Result.h"
#include "import/pipeline/EntitySchema.h"
#include "store/Sqlite.h"

#include <cstdint>

namespace sa::import {

/// Registers sa_match_key(text) (= text::matchKey) on the connection for name matching in SQL.
Status registerImportFunctions(store::Connection& db);
/// Resolves *_id columns still NULL whose *_ref names a row of the just-imported entity
/// (deals → stage_history/activities/orders/leads; clients → deals (by ext_id or company name),
/// leads, activities, orders, nps; leads → deals, activities). Returns the rows resolved.
Result<long long> relinkAfter(store::Connection& db, Entity imported);
/// exited_at = the next entered_at of the same deal (by deal_ref), for rows without one.
Status fillStageExits(store::Connection& db);

} // namespace sa::import
