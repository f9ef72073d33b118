#pragma once
// How a source file's columns become canonical fields: the one model behind presets and user
// mapping files (both are JSON; see docs/IMPORT.md and mapping/schema/mapping.schema.json).
#include "common/Result.h"
#include "import/pipeline/EntitySchema.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sa::import {

/// One canonical field and the source headers that may carry it.
struct ColumnRule {
    std::string field; ///< canonical field name (EntitySchema)
    std::vector<std::string> headers; ///< accepted header spellings, matched by text::matchKey
    std::string dateFormat; ///< hint: "dmy", "mdy", "ymd", "serial"; empty = decide per column
    std::string decimalSeparator; ///< hint: "." or ","; empty = decide per column
    bool optional = true; ///< user mapping columns are required unless marked optional
};

/// A stage the source is known to use.
struct StageRule {
    std::string name;
    std::optional<int> order;
    std::string terminal; ///< "won", "lost", "none" or empty (= decide by name)
};

/// source value → canonical value; `pattern` is a match key, "*" at its end = prefix, at both
/// ends = substring.
struct ValueRule {
    std::string pattern;
    std::string canonical;
};

struct EntityMapping {
    Entity entity = Entity::Deals;
    std::vector<ColumnRule> columns;
    std::vector<std::string> required; ///< fields whose column the header must have
    std::map<std::string, std::string> constants; ///< field → value text for every row
    std::vector<StageRule> stages;
    std::map<std::string, std::vector<ValueRule>> values; ///< field → rules, first match wins
    std::vector<std::string> nullValues; ///< extra texts that mean "empty"
    bool deriveLeads = false; ///< deals: derive leads 1:1 (no lead entity in the CRM)
    std::optional<std::string> encoding;
    std::optional<char> delimiter;

    /// The canonical value of `raw` for `field`, or nullptr when no rule matches.
    [[nodiscard]] const std::string* mapValue(const std::string& field, const std::string& key) const;
    /// The rule for a stage name (match key), or nullptr.
    [[nodiscard]] const StageRule* stageRule(const std::string& key) const;
    /// Appends `other`'s rules after this mapping's own (this one wins on conflicts).
    void mergeFallback(const EntityMapping& other);
    /// Puts `over`'s columns, constants, stages and values in front (a user file over a preset).
    void overlay(const EntityMapping& over);
};

/// A parsed user mapping file: one entity, source column → field.
struct MappingFile {
    EntityMapping mapping;
    std::string sourceSystem;
    std::string json; ///< the file's text, stored in import_batches.mapping_json
};

/// Parses a mapping file's JSON text. `name` is used in messages. Unknown fields, entities or
/// hint values are a Usage error naming the JSON path.
Result<MappingFile> parseMappingFile(const std::string& jsonText, const std::string& name);
/// Reads and parses a mapping file from disk.
Result<MappingFile> loadMappingFile(const std::string& path);

} // namespace sa::import
