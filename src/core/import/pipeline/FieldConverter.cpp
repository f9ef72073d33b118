#include "FieldConverter.h"

#include "common/Text.h"
#include "import/normalise/MoneyParser.h"
#include "import/normalise/NumberParser.h"

#include <cmath>

namespace sa::import {

namespace nz = normalise;

namespace {

// Money fields where a negative value is a data error (profits may be negative).
bool mustBeNonNegative(const std::string& field)
{
    return field == "amount" || field == "cost" || field == "potential_amount" || field == "revenue_plan"
        || field == "new_business_plan" || field == "forecast_amount";
}

std::string quoted(std::string_view t)
{
    std::string s(t.substr(0, 80));
    return "'" + s + (t.size() > 80 ? "...'" : "'");
}

} // namespace

std::optional<std::string> normaliseInn(std::string_view text)
{
    std::string digits;
    for (char c : text::trim(text)) {
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c != ' ' && c != '-')
            return std::nullopt;
    }
    if (digits.size() != 10 && digits.size() != 12)
        return std::nullopt;
    return digits;
}

FieldConverter::FieldConverter(const EntityMapping& mapping, int currencyExponent)
    : m_mapping(mapping)
    , m_exponent(currencyExponent)
{
    for (const auto& v : mapping.nullValues)
        m_nullKeys.insert(text::matchKey(v));
    for (const char* v : { "na", "n/a", "null", "#n/a", "none", "nan" })
        m_typedNullKeys.insert(v);
}

bool FieldConverter::isNull(const FieldDef& def, std::string_view trimmed) const
{
    if (trimmed.empty())
        return true;
    if (trimmed.size() > 8)
        return false;
    // Cheap exit for the common case: the built-in tokens start with n/N/#.
    const char c0 = trimmed[0];
    if (m_nullKeys.empty() && c0 != 'n' && c0 != 'N' && c0 != '#')
        return false;
    const std::string key = text::matchKey(trimmed);
    if (m_nullKeys.count(key))
        return true;
    const bool typed = def.kind != FieldKind::Text && def.kind != FieldKind::ExtId;
    return typed && m_typedNullKeys.count(key) > 0;
}

bool FieldConverter::convert(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const
{
    switch (f.def->kind) {
    case FieldKind::Money:
        return convertMoney(f, t, out, issue);
    case FieldKind::Integer:
    case FieldKind::Real:
        return convertNumber(f, t, out, issue);
    case FieldKind::Date:
    case FieldKind::Month:
        return convertDate(f, t, out, issue);
    case FieldKind::Enum:
    case FieldKind::Bool:
        return convertEnum(f, t, out, issue);
    case FieldKind::Text:
        if (std::string_view(f.def->name) == "inn") {
            if (auto inn = normaliseInn(t)) {
                out.setText(*inn);
                return true;
            }
            issue = { "bad_inn", "not an ИНН (10 or 12 digits): " + quoted(t) };
            return false;
        }
        // A mapping may recode free-text fields too ("Yes" → "churned"; "" = no value).
        if (recodes(f)) {
            if (const std::string* mapped = m_mapping.mapValue(f.def->name, text::matchKey(t))) {
                mapped->empty() ? out.setNull() : out.setText(*mapped);
                return true;
            }
        }
        out.setText(t);
        return true;
    default:
        out.setText(t);
        return true;
    }
}

bool FieldConverter::recodes(const BoundField& f) const
{
    const auto k = static_cast<std::size_t>(f.fieldIndex);
    if (k >= m_recodes.size())
        m_recodes.resize(k + 1, -1);
    if (m_recodes[k] < 0) // looked up once per field: a string-keyed map search per value was a hot spot
        m_recodes[k] = m_mapping.values.count(f.def->name) ? 1 : 0;
    return m_recodes[k] == 1;
}

bool FieldConverter::convertMoney(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const
{
    auto m = nz::parseMoney(t, m_exponent, f.decimal);
    if (!m) {
        issue = { "bad_money", "not an amount: " + m.error().message + " (" + quoted(t) + ")" };
        return false;
    }
    if (m->minor < 0 && mustBeNonNegative(f.def->name)) {
        issue = { "negative_amount", "negative amount " + quoted(t) };
        return false;
    }
    out.setInt(m->minor);
    return true;
}

bool FieldConverter::convertNumber(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const
{
    auto n = nz::parseNumber(t, f.decimal);
    if (!n) {
        issue = { "bad_number", "not a number: " + n.error().message + " (" + quoted(t) + ")" };
        return false;
    }
    if (f.def->kind == FieldKind::Real) {
        out.setReal(n->value);
        return true;
    }
    const double r = std::round(n->value);
    if (std::fabs(n->value - r) > 1e-9 || std::fabs(r) > 9e15) {
        issue = { "bad_number", "not a whole number " + quoted(t) };
        return false;
    }
    if (std::string_view(f.def->name) == "score" && (r < 0 || r > 10)) {
        issue = { "score_out_of_range", "an NPS score must be 0..10, got " + quoted(t) };
        return false;
    }
    out.setInt(static_cast<std::int64_t>(r));
    return true;
}

bool FieldConverter::convertDate(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const
{
    auto d = nz::parseDate(t, f.dateFormat);
    if (!d) {
        issue = { "bad_date", d.error().message + " (" + quoted(t) + ")" };
        return false;
    }
    out.setInt(f.def->kind == FieldKind::Month ? startOfMonth(d->value) : d->value);
    return true;
}

bool FieldConverter::convertEnum(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const
{
    // Enumerations repeat a handful of texts: remember each text's outcome per field.
    auto& cache = m_enumCache[f.def];
    std::string rawKey(t);
    if (const auto it = cache.find(rawKey); it != cache.end()) {
        if (it->second.first) {
            out.type
                = it->second.second.size() == 1 && f.def->kind == FieldKind::Bool ? Cell::Type::Int : Cell::Type::Text;
            if (out.type == Cell::Type::Int)
                out.i = it->second.second == "1";
            else
                out.s = it->second.second;
            return true;
        }
    }
    const bool ok = convertEnumUncached(f, t, out, issue);
    if (cache.size() < 1000)
        cache.emplace(std::move(rawKey),
            std::make_pair(ok, ok ? (out.type == Cell::Type::Int ? std::to_string(out.i) : out.s) : std::string()));
    return ok;
}

bool FieldConverter::convertEnumUncached(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const
{
    const std::string key = text::matchKey(t);
    const std::string* mapped = m_mapping.mapValue(f.def->name, key);
    // A pipeline name nobody mapped is an acquisition pipeline (spec §1.1 deals.pipeline default).
    const std::string value = mapped ? *mapped : std::string_view(f.def->name) == "pipeline" ? "acquisition" : key;
    if (f.def->kind == FieldKind::Bool) {
        static const std::unordered_set<std::string> yes { "1", "yes", "true", "да", "y", "д" };
        static const std::unordered_set<std::string> no { "0", "no", "false", "нет", "n", "н" };
        if (yes.count(value) || no.count(value)) {
            out.setInt(yes.count(value) ? 1 : 0);
            return true;
        }
    } else {
        for (const auto& a : f.def->allowed)
            if (a == value) {
                out.setText(value);
                return true;
            }
    }
    std::string allowed = f.def->kind == FieldKind::Bool ? "yes/no" : text::join(f.def->allowed, ", ");
    issue = { "unknown_value",
        "unmapped value " + quoted(t) + " for " + f.def->name + " (expected " + allowed
            + "; add it to \"values\" in a mapping file)" };
    return false;
}

} // namespace sa::import
