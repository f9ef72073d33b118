#pragma once
// JSON → EntityMapping pieces shared by mapping files and the built-in presets.
#include "common/Result.h"
#include "import/mapping/Mapping.h"

#include <nlohmann/json.hpp>

namespace sa::import {

/// Reads "constants", "stages", "values", "null_values", "required", "derive_leads",
/// "encoding", "delimiter" of `j` into `m`; `where` prefixes messages ("amocrm.json: deals").
Status readMappingExtras(const nlohmann::json& j, EntityMapping& m, const std::string& where);
/// Reads one column spec: "field" or {"field": ..., "date_format": ..., "decimal_separator": ...,
/// "optional": ...}; `header` is the source header (mapping files) or empty (presets).
Result<ColumnRule> readColumnSpec(const nlohmann::json& spec, const EntityDef& def, const std::string& where);

} // namespace sa::import
