#pragma once
// The preset JSON texts, generated at configure time from presets/*.json (Presets.cmake).
#include <utility>
#include <vector>

namespace sa::import {

/// (name, JSON text) of every built-in preset.
const std::vector<std::pair<const char*, const char*>>& presetSources();

} // namespace sa::import
