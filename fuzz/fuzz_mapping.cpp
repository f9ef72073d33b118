// Mapping files (user JSON): parsing with its field and hint checks, then the parsed rules laid
// over a preset and asked for values, as an import would.
#include "import/mapping/Mapping.h"
#include "import/presets/Presets.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sa::import;
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto file = parseMappingFile(text, "fuzz.json");
    if (!file) {
        (void)file.error().describe();
        return 0;
    }
    auto preset = presetMapping("amocrm", file->mapping.entity);
    if (!preset)
        return 0;
    preset->overlay(file->mapping);
    for (const auto& [field, rules] : preset->values)
        for (const auto& rule : rules)
            (void)preset->mapValue(field, rule.pattern + "x");
    for (const auto& stage : file->mapping.stages)
        (void)preset->stageRule(stage.name);
    return 0;
}
