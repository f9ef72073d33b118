#pragma once
// Decides a column's decimal separator from ALL its values, so that "1,234" means the same in
// every row. Observe every value (cheap: no allocation), then resolve() once.
#include "common/Result.h"
#include "import/normalise/NumberParser.h"

#include <string>
#include <string_view>

namespace sa::import::normalise {

class NumberColumnProfile {
public:
    /// Looks at one raw value (empty values are ignored).
    void observe(std::string_view text);

    /// The column's decimal separator:
    /// - a value with both '.' and ',' → the last one is decimal ("1.234,56" → ',');
    /// - one separator repeated ("1,234,567") → it groups thousands, the other is decimal;
    /// - a lone separator not followed by exactly three digits ("12,5", "0.75") → decimal;
    /// - a lone separator followed by exactly three digits ("1,234") is ambiguous: no evidence.
    /// Evidence for both → InputRejected "the column mixes ..." with one example of each.
    /// No evidence at all → Unknown (parseMoney/parseNumber then read a lone separator as decimal)
    /// and note() says so.
    [[nodiscard]] Result<DecimalSeparator> resolve() const;

    /// Why the decision was made (for the import summary), valid after resolve().
    [[nodiscard]] std::string note() const;

    [[nodiscard]] long long observed() const noexcept { return m_observed; }

private:
    long long m_observed = 0;
    long long m_dotVotes = 0;
    long long m_commaVotes = 0;
    std::string m_dotExample;
    std::string m_commaExample;
};

} // namespace sa::import::normalise
