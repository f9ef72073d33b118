#pragma once
// Binds a file's header to canonical fields through an EntityMapping and rejects files that do
// not carry what the preset or mapping requires (a structural error: nothing is imported).
#include "common/Result.h"
#include "import/mapping/Mapping.h"
#include "import/normalise/DateColumnProfile.h"
#include "import/normalise/NumberColumnProfile.h"

#include <string>
#include <vector>

namespace sa::import {

/// One canonical field of the target entity and where its value comes from.
struct BoundField {
    const FieldDef* def = nullptr;
    int fieldIndex = 0; ///< index in EntityDef::fields
    int column = -1; ///< source column; -1 = constant
    std::string header; ///< source header as written
    std::string constant; ///< the value for every row when column == -1
    std::string dateHint; ///< "dmy", "mdy", "ymd", "serial" or empty
    std::string decimalHint; ///< "." / "," or empty
    bool needed = false; ///< the row cannot land without a value (required, no default)
    // Decided per column from all its values (first pass).
    normalise::DateColumnProfile dateProfile;
    normalise::NumberColumnProfile numberProfile;
    normalise::DateFormat dateFormat;
    normalise::DecimalSeparator decimal = normalise::DecimalSeparator::Unknown;
};

struct ColumnBinding {
    std::vector<BoundField> fields;
    std::vector<std::string> ignored; ///< headers no field uses
    /// The bound field for a canonical field name, or nullptr.
    [[nodiscard]] const BoundField* field(const std::string& name) const;
};

/// What the binder says about the file in a structural rejection.
struct BindContext {
    std::string fileName; ///< base name, for messages
    std::string sourceName; ///< "an amoCRM deals export", "the mapping file m.json"
};

/// Matches header spellings by text::matchKey. A required field (the preset's list, the
/// mapping's non-optional columns, and every NOT NULL field without a constant or default)
/// with no column is an InputRejected error listing what is missing and what was found.
Result<ColumnBinding> bindColumns(
    const std::vector<std::string>& header, const EntityMapping& mapping, const BindContext& ctx);

} // namespace sa::import
