#pragma once
// Money amounts parsed straight to integer minor units — no double on the way, so "0.29"
// is exactly 29 kopecks. Accepts every form NumberParser.h accepts, plus leading/trailing
// currency symbols or codes (₽ руб. руб р. RUB $ USD € EUR £ GBP ¥ CNY ₸ KZT ...), which are
// stripped and reported as an ISO 4217 code.
#include "common/Money.h"
#include "common/Result.h"
#include "import/normalise/NumberParser.h"

#include <string>
#include <string_view>

namespace sa::import::normalise {

struct ParsedMoney {
    Minor minor = 0; ///< amount in minor units of the requested exponent
    std::string currency; ///< ISO code of the symbol/code found ("RUB", "USD"), empty if none
    bool rounded = false; ///< more fractional digits than the exponent: rounded half away from zero
};

/// Parses an amount into minor units with `exponent` fractional digits (2 for kopecks/cents).
/// Failure reasons: "empty", "text in a number", "unknown currency 'xyz'", "number too large", ...
[[nodiscard]] Result<ParsedMoney> parseMoney(
    std::string_view text, int exponent = 2, DecimalSeparator decimalSeparatorHint = DecimalSeparator::Unknown);

/// The ISO code for a currency symbol or code as found in exports ("₽", "руб.", "usd"), or "".
[[nodiscard]] std::string currencyCodeFor(std::string_view unit);

} // namespace sa::import::normalise
