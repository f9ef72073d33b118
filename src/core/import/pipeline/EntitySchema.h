#pragma once
// The canonical import targets: one Entity per table of criteria-spec §1.1 and, for each, the
// fields a preset or mapping file can fill (names used in mapping files and in docs/IMPORT.md).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sa::import {

enum class Entity {
    Deals,
    StageHistory,
    Leads,
    Activities,
    Clients,
    Orders,
    Nps,
    ChannelCosts,
    Managers,
    Plans,
    Financials
};

/// How a field's text becomes a column value.
enum class FieldKind {
    Text, ///< trimmed text, empty = NULL
    ExtId, ///< the source key (ext_id)
    Money, ///< minor units of the audit currency
    Integer,
    Real,
    Date, ///< date or datetime → local seconds
    Month, ///< any date → first day of its month
    Manager, ///< person name → managers.id through manager_aliases
    Stage, ///< stage name → stages.id (created on first sight)
    Channel, ///< source name → channels.id (+ the raw text)
    DealRef, ///< deal ext_id → *_ref + deals.id
    ClientRef, ///< client ext_id or company name → *_ref + clients.id
    LeadRef, ///< lead ext_id → *_ref + leads.id
    Enum, ///< one of `allowed` after value mapping
    Bool, ///< yes/no/true/false/1/0/да/нет
};

struct FieldDef {
    const char* name; ///< canonical field name (mapping files)
    FieldKind kind;
    const char* column; ///< target column; for refs the *_id column, for channels channel_id
    const char* rawColumn; ///< for refs/channels/pipeline: the column keeping the raw text, else nullptr
    bool required; ///< the row cannot land without it (NOT NULL in the schema)
    std::vector<std::string> allowed; ///< Enum: canonical values
};

struct EntityDef {
    Entity entity;
    const char* name; ///< CLI name: "stage-history"
    const char* table; ///< SQL table
    std::vector<FieldDef> fields;
};

[[nodiscard]] const std::vector<EntityDef>& entityDefs();
[[nodiscard]] const EntityDef& entityDef(Entity e);
[[nodiscard]] std::optional<Entity> parseEntity(std::string_view name);
[[nodiscard]] const char* toString(Entity e);
/// The field named `name` of `def`, or nullptr.
[[nodiscard]] const FieldDef* findField(const EntityDef& def, std::string_view name);
/// Position of the field `name` in def.fields, -1 when absent.
[[nodiscard]] int fieldIndex(const EntityDef& def, std::string_view name);
/// The schema default of a NOT NULL column with a default (deals.pipeline → "acquisition"), used when
/// a row leaves such a field empty; nullptr when the field has none.
[[nodiscard]] const char* fieldDefault(Entity e, std::string_view field);
/// "deals, stage-history, ..." for messages.
[[nodiscard]] std::string entityNames();

} // namespace sa::import
