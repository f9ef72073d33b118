#pragma once
// Built-in presets: JSON files in this folder compiled into the library (Presets.cmake). A preset
// gives, per entity, the header spellings a CRM really exports, its stage list and value rules;
// every preset falls back to the `generic` preset's shared stage and value rules.
#include "common/Result.h"
#include "import/mapping/Mapping.h"

#include <string>
#include <vector>

namespace sa::import {

struct PresetInfo {
    std::string name; ///< "amocrm"
    std::string title; ///< "amoCRM / Kommo"
    std::string sourceSystem; ///< for import_batches.source_system
    std::vector<Entity> entities;
};

/// All presets, `generic` last.
[[nodiscard]] const std::vector<PresetInfo>& presets();
/// "amocrm, bitrix24, ..." for messages.
[[nodiscard]] std::string presetNames();
/// The preset's mapping for `entity`, merged with the generic fallbacks. A Usage error names the
/// entities the preset supports when it has none for `entity`.
Result<EntityMapping> presetMapping(const std::string& preset, Entity entity);
/// The preset's info, or nullptr.
[[nodiscard]] const PresetInfo* findPreset(const std::string& name);

} // namespace sa::import
