#include "ColumnBinding.h"

#include "common/Text.h"

#include <set>

namespace sa::import {

namespace {

int findHeader(const std::vector<std::string>& keys, const ColumnRule& rule)
{
    for (const auto& h : rule.headers) {
        const std::string k = text::matchKey(h);
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == k)
                return static_cast<int>(i);
    }
    return -1;
}

std::string describeMissing(const ColumnRule* rule, const std::string& field)
{
    if (!rule || rule->headers.empty())
        return field;
    return rule->headers[0];
}

} // namespace

const BoundField* ColumnBinding::field(const std::string& name) const
{
    for (const auto& f : fields)
        if (name == f.def->name)
            return &f;
    return nullptr;
}

Result<ColumnBinding> bindColumns(
    const std::vector<std::string>& header, const EntityMapping& mapping, const BindContext& ctx)
{
    const EntityDef& def = entityDef(mapping.entity);
    std::vector<std::string> keys;
    for (const auto& h : header)
        keys.push_back(text::matchKey(h));
    ColumnBinding b;
    std::set<std::string> boundFields;
    std::set<int> usedColumns;
    std::vector<std::string> missing;
    std::set<std::string> missingFields;
    for (const auto& rule : mapping.columns) {
        if (boundFields.count(rule.field))
            continue;
        const int col = findHeader(keys, rule);
        if (col < 0) {
            if (!rule.optional && !missingFields.count(rule.field)) {
                missing.push_back(rule.headers.empty() ? rule.field : rule.headers[0]);
                missingFields.insert(rule.field);
            }
            continue;
        }
        BoundField f;
        f.def = findField(def, rule.field);
        f.fieldIndex = static_cast<int>(f.def - def.fields.data());
        f.column = col;
        f.header = header[static_cast<std::size_t>(col)];
        f.dateHint = rule.dateFormat;
        f.decimalHint = rule.decimalSeparator;
        b.fields.push_back(std::move(f));
        boundFields.insert(rule.field);
        usedColumns.insert(col);
    }
    for (const auto& [field, value] : mapping.constants) {
        if (boundFields.count(field))
            continue;
        BoundField f;
        f.def = findField(def, field);
        f.fieldIndex = static_cast<int>(f.def - def.fields.data());
        f.constant = value;
        b.fields.push_back(std::move(f));
        boundFields.insert(field);
    }
    auto requireField = [&](const std::string& field) {
        if (boundFields.count(field) || missingFields.count(field))
            return;
        const ColumnRule* rule = nullptr;
        for (const auto& r : mapping.columns)
            if (r.field == field && !rule)
                rule = &r;
        missing.push_back(describeMissing(rule, field));
        missingFields.insert(field);
    };
    for (const auto& field : mapping.required)
        requireField(field);
    for (const auto& f : def.fields)
        if (f.required && !fieldDefault(def.entity, f.name))
            requireField(f.name);
    if (!missing.empty()) {
        std::vector<std::string> found(header.begin(), header.end());
        if (found.size() > 20) {
            found.resize(20);
            found.emplace_back("...");
        }
        return Error::rejected(ctx.fileName + " does not look like " + ctx.sourceName + ": missing column"
                + (missing.size() > 1 ? "s " : " ") + text::join(missing, ", ") + "; found: " + text::join(found, ", "),
            ctx.fileName, 1, missing.front());
    }
    for (auto& f : b.fields)
        f.needed = f.def->required && !fieldDefault(def.entity, f.def->name);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (!usedColumns.count(static_cast<int>(i)))
            b.ignored.push_back(header[i]);
    return b;
}

} // namespace sa::import
