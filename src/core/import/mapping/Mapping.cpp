#include "Mapping.h"

#include "MappingJson.h"
#include "common/Text.h"

#include <fstream>
#include <sstream>

namespace sa::import {

using nlohmann::json;

namespace {

bool matchesPattern(const std::string& pattern, const std::string& key)
{
    const bool star = !pattern.empty() && pattern.back() == '*';
    const bool lead = !pattern.empty() && pattern.front() == '*';
    if (!star && !lead)
        return pattern == key;
    const std::string core = pattern.substr(lead ? 1 : 0, pattern.size() - (lead ? 1 : 0) - (star ? 1 : 0));
    if (lead && star)
        return key.find(core) != std::string::npos;
    if (star)
        return key.compare(0, core.size(), core) == 0;
    return key.size() >= core.size() && key.compare(key.size() - core.size(), core.size(), core) == 0;
}

Status badMapping(const std::string& where, const std::string& what)
{
    return Error::usage(where + ": " + what);
}

Status readValues(const json& j, EntityMapping& m, const std::string& where)
{
    if (!j.is_object())
        return badMapping(where, "\"values\" must be an object of field → {source: canonical}");
    for (const auto& [field, rules] : j.items()) {
        if (!rules.is_object())
            return badMapping(where, "\"values\"." + field + " must be an object of source → canonical");
        for (const auto& [src, canon] : rules.items()) {
            if (!canon.is_string())
                return badMapping(where, "\"values\"." + field + "." + src + " must be a string");
            m.values[field].push_back({ text::matchKey(src), canon.get<std::string>() });
        }
    }
    return {};
}

Status readStages(const json& j, EntityMapping& m, const std::string& where)
{
    if (!j.is_array())
        return badMapping(where, "\"stages\" must be an array of {name, order, terminal}");
    for (const auto& s : j) {
        StageRule r;
        if (s.is_string()) {
            r.name = s.get<std::string>();
        } else if (s.is_object() && s.contains("name") && s["name"].is_string()) {
            r.name = s["name"].get<std::string>();
            if (s.contains("order") && s["order"].is_number_integer())
                r.order = s["order"].get<int>();
            if (s.contains("terminal") && s["terminal"].is_string())
                r.terminal = s["terminal"].get<std::string>();
            if (!r.terminal.empty() && r.terminal != "won" && r.terminal != "lost" && r.terminal != "none")
                return badMapping(where, "stage \"" + r.name + "\": terminal must be won, lost or none");
        } else {
            return badMapping(where, "every stage needs a \"name\"");
        }
        m.stages.push_back(std::move(r));
    }
    return {};
}

Status readStringList(const json& j, std::vector<std::string>& out, const std::string& where, const char* key)
{
    if (!j.is_array())
        return badMapping(where, std::string("\"") + key + "\" must be an array of strings");
    for (const auto& v : j) {
        if (!v.is_string())
            return badMapping(where, std::string("\"") + key + "\" must be an array of strings");
        out.push_back(v.get<std::string>());
    }
    return {};
}

Status readConstants(const json& j, EntityMapping& m, const EntityDef& def, const std::string& where)
{
    if (!j.is_object())
        return badMapping(where, "\"constants\" must be an object of field → value");
    for (const auto& [field, v] : j.items()) {
        if (!findField(def, field))
            return badMapping(where, "constant for unknown field \"" + field + "\" of " + def.name);
        m.constants[field] = v.is_string() ? v.get<std::string>() : v.dump();
    }
    return {};
}

Status readFormatOptions(const json& j, EntityMapping& m, const std::string& where)
{
    if (j.contains("encoding") && j["encoding"].is_string())
        m.encoding = j["encoding"].get<std::string>();
    if (j.contains("delimiter")) {
        const auto& d = j["delimiter"];
        if (!d.is_string() || (d.get<std::string>().size() != 1 && d.get<std::string>() != "\\t"))
            return badMapping(where, "\"delimiter\" must be one character");
        m.delimiter = d.get<std::string>() == "\\t" ? '\t' : d.get<std::string>()[0];
    }
    if (j.contains("derive_leads") && j["derive_leads"].is_boolean())
        m.deriveLeads = j["derive_leads"].get<bool>();
    return {};
}

} // namespace

Status readMappingExtras(const json& j, EntityMapping& m, const std::string& where)
{
    const EntityDef& def = entityDef(m.entity);
    if (j.contains("constants"))
        if (auto s = readConstants(j["constants"], m, def, where); !s)
            return s;
    if (j.contains("stages"))
        if (auto s = readStages(j["stages"], m, where); !s)
            return s;
    if (j.contains("values"))
        if (auto s = readValues(j["values"], m, where); !s)
            return s;
    if (j.contains("null_values"))
        if (auto s = readStringList(j["null_values"], m.nullValues, where, "null_values"); !s)
            return s;
    if (j.contains("required")) {
        if (auto s = readStringList(j["required"], m.required, where, "required"); !s)
            return s;
        for (const auto& f : m.required)
            if (!findField(def, f))
                return badMapping(where, "required field \"" + f + "\" is not a field of " + def.name);
    }
    return readFormatOptions(j, m, where);
}

Result<ColumnRule> readColumnSpec(const json& spec, const EntityDef& def, const std::string& where)
{
    ColumnRule r;
    r.optional = false;
    if (spec.is_string()) {
        r.field = spec.get<std::string>();
    } else if (spec.is_object() && spec.contains("field") && spec["field"].is_string()) {
        r.field = spec["field"].get<std::string>();
        if (spec.contains("date_format") && spec["date_format"].is_string())
            r.dateFormat = spec["date_format"].get<std::string>();
        if (spec.contains("decimal_separator") && spec["decimal_separator"].is_string())
            r.decimalSeparator = spec["decimal_separator"].get<std::string>();
        if (spec.contains("optional") && spec["optional"].is_boolean())
            r.optional = spec["optional"].get<bool>();
    } else {
        return Error::usage(where + ": a column maps to a field name or to {\"field\": ...}");
    }
    if (!findField(def, r.field))
        return Error::usage(where + ": \"" + r.field + "\" is not a field of " + def.name + " (see docs/IMPORT.md)");
    if (!r.dateFormat.empty() && r.dateFormat != "dmy" && r.dateFormat != "mdy" && r.dateFormat != "ymd"
        && r.dateFormat != "serial")
        return Error::usage(where + ": date_format must be dmy, mdy, ymd or serial");
    if (!r.decimalSeparator.empty() && r.decimalSeparator != "." && r.decimalSeparator != ",")
        return Error::usage(where + ": decimal_separator must be \".\" or \",\"");
    return r;
}

const std::string* EntityMapping::mapValue(const std::string& field, const std::string& key) const
{
    const auto it = values.find(field);
    if (it == values.end())
        return nullptr;
    for (const auto& r : it->second)
        if (matchesPattern(r.pattern, key))
            return &r.canonical;
    return nullptr;
}

const StageRule* EntityMapping::stageRule(const std::string& key) const
{
    for (const auto& s : stages)
        if (text::matchKey(s.name) == key)
            return &s;
    return nullptr;
}

void EntityMapping::mergeFallback(const EntityMapping& other)
{
    for (const auto& c : other.columns)
        columns.push_back(c);
    for (const auto& [k, v] : other.constants)
        constants.emplace(k, v);
    stages.insert(stages.end(), other.stages.begin(), other.stages.end());
    for (const auto& [field, rules] : other.values)
        values[field].insert(values[field].end(), rules.begin(), rules.end());
    nullValues.insert(nullValues.end(), other.nullValues.begin(), other.nullValues.end());
}

void EntityMapping::overlay(const EntityMapping& over)
{
    EntityMapping merged = over;
    merged.entity = entity;
    merged.required.insert(merged.required.end(), required.begin(), required.end());
    merged.deriveLeads = over.deriveLeads || deriveLeads;
    if (!merged.encoding)
        merged.encoding = encoding;
    if (!merged.delimiter)
        merged.delimiter = delimiter;
    merged.mergeFallback(*this);
    *this = std::move(merged);
}

Result<MappingFile> parseMappingFile(const std::string& jsonText, const std::string& name)
{
    const json j = json::parse(jsonText, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return Error::usage(name + ": not a JSON object (see docs/IMPORT.md for the mapping format)");
    if (!j.contains("entity") || !j["entity"].is_string())
        return Error::usage(name + ": \"entity\" is missing (one of " + entityNames() + ")");
    const auto entity = parseEntity(j["entity"].get<std::string>());
    if (!entity)
        return Error::usage(name + ": unknown entity \"" + j["entity"].get<std::string>() + "\"");
    MappingFile f;
    f.mapping.entity = *entity;
    f.json = j.dump();
    if (j.contains("source_system") && j["source_system"].is_string())
        f.sourceSystem = j["source_system"].get<std::string>();
    if (!j.contains("columns") || !j["columns"].is_object())
        return Error::usage(name + ": \"columns\" must be an object of source column → field");
    const EntityDef& def = entityDef(*entity);
    for (const auto& [header, spec] : j["columns"].items()) {
        const std::string where = name + ": columns." + header;
        const json specs = spec.is_array() ? spec : json::array({ spec });
        for (const auto& one : specs) {
            auto rule = readColumnSpec(one, def, where);
            if (!rule)
                return rule.error();
            rule->headers = { header };
            f.mapping.columns.push_back(std::move(*rule));
        }
    }
    if (auto s = readMappingExtras(j, f.mapping, name); !s)
        return s.error();
    return f;
}

Result<MappingFile> loadMappingFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::usage("cannot read mapping file " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseMappingFile(ss.str(), path);
}

} // namespace sa::import
