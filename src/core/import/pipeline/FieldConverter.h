#pragma once
// Turns one source text into one typed value of a canonical field, using the column's format
// decided in the first pass. Failures are row-level issues (the caller keeps the row).
#include "common/Text.h"
#include "import/mapping/Mapping.h"
#include "import/pipeline/ColumnBinding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace sa::import {

/// text::trim with a fast exit for the common case (no space-like byte at either end): the last
/// bytes of U+00A0, U+202F and U+2009 are 0xA0, 0xAF and 0x89.
inline std::string_view trimField(std::string_view s)
{
    if (s.empty())
        return s;
    const auto f = static_cast<unsigned char>(s.front());
    const auto l = static_cast<unsigned char>(s.back());
    if (f > 0x20 && f != 0xC2 && f != 0xE2 && l > 0x20 && l != 0xA0 && l != 0xAF && l != 0x89)
        return s;
    return text::trim(s);
}

/// A typed value bound into an INSERT.
struct Cell {
    enum class Type { Null, Int, Real, Text };
    Type type = Type::Null;
    std::int64_t i = 0;
    double d = 0;
    std::string s;

    void setNull() { type = Type::Null; }
    void setInt(std::int64_t v)
    {
        type = Type::Int;
        i = v;
    }
    void setReal(double v)
    {
        type = Type::Real;
        d = v;
    }
    void setText(std::string_view v)
    {
        type = Type::Text;
        s.assign(v.data(), v.size());
    }
    [[nodiscard]] bool isNull() const { return type == Type::Null; }
};

/// Why a value was not taken: a stable reason code (data_issues.reason) and a message.
struct ValueIssue {
    std::string reason; ///< bad_date, bad_number, bad_money, negative_amount, unknown_value, ...
    std::string message;
};

/// A Russian taxpayer number (ИНН) as digits: spaces and dashes dropped; 10 digits (a company)
/// or 12 (a person or sole trader), else nullopt.
[[nodiscard]] std::optional<std::string> normaliseInn(std::string_view text);

class FieldConverter {
public:
    FieldConverter(const EntityMapping& mapping, int currencyExponent);
    /// Empty, or one of the texts that mean "no value" ("NA", "N/A", "NULL", "#N/A" for typed
    /// fields; the mapping's null_values for every field).
    [[nodiscard]] bool isNull(const FieldDef& def, std::string_view trimmed) const;
    /// Converts `trimmed` (not null). Names and references stay text: the session resolves them.
    bool convert(const BoundField& field, std::string_view trimmed, Cell& out, ValueIssue& issue) const;

private:
    bool convertMoney(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const;
    bool convertNumber(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const;
    bool convertDate(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const;
    bool convertEnum(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const;
    bool convertEnumUncached(const BoundField& f, std::string_view t, Cell& out, ValueIssue& issue) const;
    /// Whether the mapping recodes the values of this text field.
    bool recodes(const BoundField& f) const;

    const EntityMapping& m_mapping;
    int m_exponent;
    std::unordered_set<std::string> m_nullKeys; ///< mapping null_values (match keys)
    std::unordered_set<std::string> m_typedNullKeys; ///< built-in tokens for typed fields
    /// Per enum field: source text → (accepted, canonical) for texts seen before.
    mutable std::unordered_map<const FieldDef*, std::unordered_map<std::string, std::pair<bool, std::string>>>
        m_enumCache;
    mutable std::vector<signed char> m_recodes; ///< per field index: recodes() (-1 = not looked up yet)
};

} // namespace sa::import
