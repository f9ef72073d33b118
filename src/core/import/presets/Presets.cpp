#include "Presets.h"

#include "PresetData.h"
#include "common/Text.h"
#include "import/mapping/MappingJson.h"

#include <map>
#include <nlohmann/json.hpp>

namespace sa::import {

using nlohmann::json;

namespace {

struct LoadedPreset {
    PresetInfo info;
    std::map<Entity, EntityMapping> entities;
    EntityMapping shared; ///< stage and value rules every entity falls back to
};

// A preset's columns: field → [header, ...].
Status readPresetColumns(const json& cols, EntityMapping& m, const std::string& where)
{
    const EntityDef& def = entityDef(m.entity);
    for (const auto& [field, headers] : cols.items()) {
        auto rule = readColumnSpec(json(field), def, where);
        if (!rule)
            return rule.error();
        rule->optional = true;
        for (const auto& h : headers)
            if (h.is_string())
                rule->headers.push_back(h.get<std::string>());
        m.columns.push_back(std::move(*rule));
    }
    return {};
}

// Built-in data is part of the program: a malformed preset is a bug, reported as Internal.
Result<LoadedPreset> loadPreset(const char* name, const char* text)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.contains("entities"))
        return Error::internal(std::string("built-in preset ") + name + " is not valid JSON");
    LoadedPreset p;
    p.info.name = name;
    p.info.title = j.value("title", std::string(name));
    p.info.sourceSystem = j.value("source_system", std::string());
    if (j.contains("shared"))
        if (auto s = readMappingExtras(j["shared"], p.shared, name); !s)
            return Error::internal(s.error().message);
    for (const auto& [entityName, body] : j["entities"].items()) {
        const auto entity = parseEntity(entityName);
        if (!entity)
            return Error::internal(std::string(name) + ": unknown entity " + entityName);
        EntityMapping m;
        m.entity = *entity;
        const std::string where = std::string(name) + ".json: " + entityName;
        if (auto s = readPresetColumns(body.value("columns", json::object()), m, where); !s)
            return Error::internal(s.error().message);
        if (auto s = readMappingExtras(body, m, where); !s)
            return Error::internal(s.error().message);
        p.info.entities.push_back(*entity);
        p.entities.emplace(*entity, std::move(m));
    }
    return p;
}

const std::vector<LoadedPreset>& loaded()
{
    static const std::vector<LoadedPreset> all = [] {
        std::vector<LoadedPreset> v;
        for (const auto& [name, text] : presetSources()) {
            auto p = loadPreset(name, text);
            if (p)
                v.push_back(std::move(*p));
        }
        return v;
    }();
    return all;
}

const LoadedPreset* find(const std::string& name)
{
    const std::string key = text::matchKey(name) == "kommo" ? "amocrm" : text::matchKey(name);
    for (const auto& p : loaded())
        if (p.info.name == key)
            return &p;
    return nullptr;
}

} // namespace

const std::vector<PresetInfo>& presets()
{
    static const std::vector<PresetInfo> infos = [] {
        std::vector<PresetInfo> v;
        for (const auto& p : loaded())
            v.push_back(p.info);
        return v;
    }();
    return infos;
}

std::string presetNames()
{
    std::vector<std::string> names;
    for (const auto& p : presets())
        names.push_back(p.name);
    return text::join(names, ", ");
}

const PresetInfo* findPreset(const std::string& name)
{
    const LoadedPreset* p = find(name);
    return p ? &p->info : nullptr;
}

Result<EntityMapping> presetMapping(const std::string& preset, Entity entity)
{
    const LoadedPreset* p = find(preset);
    if (!p)
        return Error::usage("unknown preset \"" + preset + "\" (one of " + presetNames() + ")");
    const LoadedPreset* generic = find("generic");
    EntityMapping m;
    m.entity = entity;
    if (auto it = p->entities.find(entity); it != p->entities.end()) {
        m = it->second;
    } else if (p->info.name != "generic") {
        std::vector<std::string> names;
        for (Entity e : p->info.entities)
            names.emplace_back(toString(e));
        return Error::usage("preset " + p->info.name + " has no " + toString(entity) + " export (it knows "
            + text::join(names, ", ") + "); use --preset generic with --mapping FILE");
    }
    if (generic) {
        m.mergeFallback(generic->shared);
        // Non-generic presets do not take generic's header synonyms: a file must look like the CRM.
        if (p == generic)
            return m;
    }
    return m;
}

} // namespace sa::import
