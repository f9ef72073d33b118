#pragma once
// Plain numbers (probability, duration, quantity, score) as CRM exports write them:
// "1 234,5", "1.234,5", "1,234.5", "−12", "(12)", "1.5E-3", "50 %". Thousands separators may be
// a space, U+00A0, U+202F, U+2009 or an apostrophe; U+2212 is a minus; "(x)" is an accounting negative.
#include "common/Result.h"

#include <string_view>

namespace sa::import::normalise {

/// Which character separates the integer and fractional parts. Unknown = decide per value:
/// both '.' and ',' present → the last one is decimal; one kind repeated ("1,234,567") → grouping;
/// a lone separator ("1,234", "1.5") → decimal.
enum class DecimalSeparator { Unknown, Dot, Comma };

/// "." / "," / "unknown"
[[nodiscard]] const char* toString(DecimalSeparator s) noexcept;

/// A number taken apart without any floating point: sign, digits and decimal exponent.
/// value = (negative ? -1 : 1) * digits * 10^exponent10. Leading/trailing currency text is
/// split off into `unit` (e.g. "₽", "руб.", "USD", "%") for the caller to judge.
struct NumberText {
    bool negative = false;
    std::string digits; ///< integer and fractional digits, no separators, at least one digit
    int exponent10 = 0; ///< power of ten applied to digits (-2 for "12,34")
    std::string unit; ///< stripped prefix/suffix text, trimmed; empty if none
};

/// Splits `text` into sign, digits and unit. Failure reasons are short English phrases for a
/// data-quality issue: "empty", "text in a number", "misplaced thousands separator",
/// "decimal separator ',' contradicts the column's '.'", ...
[[nodiscard]] Result<NumberText> scanNumber(std::string_view text, DecimalSeparator hint = DecimalSeparator::Unknown);

/// A plain number as a double.
struct ParsedNumber {
    double value = 0;
    bool percent = false; ///< the text ended with '%' (value is NOT divided by 100)
};

/// Parses a plain number; any unit other than '%' is a failure ("unexpected text 'kg' in a number").
[[nodiscard]] Result<ParsedNumber> parseNumber(
    std::string_view text, DecimalSeparator hint = DecimalSeparator::Unknown);

} // namespace sa::import::normalise
