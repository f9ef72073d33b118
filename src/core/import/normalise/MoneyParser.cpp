#include "import/normalise/MoneyParser.h"

#include "common/Text.h"

#include <array>
#include <cstdint>
#include <limits>
#include <utility>

namespace sa::import::normalise {

namespace {

// Symbols and codes seen in Russian and international CRM exports, folded to lower case and
// without a trailing dot. "¥" is read as the yuan (CNY): the more common one in RU/CIS B2B trade.
constexpr std::array<std::pair<std::string_view, std::string_view>, 38> kCurrencies { {
    { "₽", "RUB" },
    { "руб", "RUB" },
    { "р", "RUB" },
    { "rub", "RUB" },
    { "rur", "RUB" },
    { "рублей", "RUB" },
    { "руб.", "RUB" },
    { "$", "USD" },
    { "us$", "USD" },
    { "usd", "USD" },
    { "€", "EUR" },
    { "eur", "EUR" },
    { "£", "GBP" },
    { "gbp", "GBP" },
    { "¥", "CNY" },
    { "cny", "CNY" },
    { "юань", "CNY" },
    { "jpy", "JPY" },
    { "₸", "KZT" },
    { "kzt", "KZT" },
    { "тг", "KZT" },
    { "тенге", "KZT" },
    { "₴", "UAH" },
    { "uah", "UAH" },
    { "грн", "UAH" },
    { "byn", "BYN" },
    { "chf", "CHF" },
    { "amd", "AMD" },
    { "֏", "AMD" },
    { "gel", "GEL" },
    { "₾", "GEL" },
    { "uzs", "UZS" },
    { "сум", "UZS" },
    { "kgs", "KGS" },
    { "azn", "AZN" },
    { "₼", "AZN" },
    { "try", "TRY" },
    { "₺", "TRY" },
} };

constexpr Minor kMax = std::numeric_limits<Minor>::max();

// digits * 10^shift with shift >= 0, or nullopt on overflow.
std::optional<Minor> scaleUp(std::string_view digits, int shift)
{
    Minor v = 0;
    for (int i = 0; i < static_cast<int>(digits.size()) + shift; ++i) {
        const int d = i < static_cast<int>(digits.size()) ? digits[static_cast<std::size_t>(i)] - '0' : 0;
        if (v > (kMax - d) / 10)
            return std::nullopt;
        v = v * 10 + d;
    }
    return v;
}

} // namespace

std::string currencyCodeFor(std::string_view unit)
{
    std::string key = text::foldCase(text::trim(unit));
    for (const auto& [name, code] : kCurrencies)
        if (key == name)
            return std::string(code);
    if (!key.empty() && key.back() == '.') {
        key.pop_back();
        for (const auto& [name, code] : kCurrencies)
            if (key == name)
                return std::string(code);
    }
    return {};
}

Result<ParsedMoney> parseMoney(std::string_view text, int exponent, DecimalSeparator hint)
{
    auto scanned = scanNumber(text, hint);
    if (!scanned)
        return scanned.error();
    ParsedMoney out;
    if (!scanned->unit.empty()) {
        out.currency = currencyCodeFor(scanned->unit);
        if (out.currency.empty())
            return Error::rejected("text in a number: '" + scanned->unit + "'");
    }
    const int shift = scanned->exponent10 + exponent;
    const std::string& digits = scanned->digits;
    std::optional<Minor> v;
    if (shift >= 0) {
        v = scaleUp(digits, shift);
    } else {
        // Drop -shift digits, rounding half away from zero on the decimal digits themselves.
        const std::size_t drop = static_cast<std::size_t>(-shift);
        const std::size_t keep = digits.size() > drop ? digits.size() - drop : 0;
        v = keep ? scaleUp(std::string_view(digits).substr(0, keep), 0) : Minor { 0 };
        const std::string_view dropped = std::string_view(digits).substr(keep);
        out.rounded = dropped.find_first_not_of('0') != std::string_view::npos;
        const bool roundUp = drop <= digits.size() && !dropped.empty() && dropped[0] >= '5';
        if (v && roundUp)
            v = *v == kMax ? std::nullopt : std::optional<Minor>(*v + 1);
    }
    if (!v)
        return Error::rejected("number too large");
    out.minor = scanned->negative ? -*v : *v;
    return out;
}

} // namespace sa::import::normalise
