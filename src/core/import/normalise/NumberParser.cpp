#include "import/normalise/NumberParser.h"

#include "common/Text.h"

#include <charconv>
#include <string>

namespace sa::import::normalise {

namespace {

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

// Length of a grouping space (ASCII, U+00A0, U+202F, U+2009) or apostrophe at s[i], else 0.
std::size_t groupSpaceAt(std::string_view s, std::size_t i) noexcept
{
    if (s[i] == ' ' || s[i] == '\'')
        return 1;
    const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    if (b(0) == 0xC2 && b(1) == 0xA0)
        return 2;
    if (b(0) == 0xE2 && b(1) == 0x80 && (b(2) == 0xAF || b(2) == 0x89))
        return 3;
    return 0;
}

Error fail(std::string reason)
{
    return Error::rejected(std::move(reason));
}

// Takes sign characters and accounting parentheses out of a prefix/suffix; returns what is left.
std::string stripSigns(std::string_view part, bool& negative, int& signs)
{
    std::string rest;
    for (std::size_t i = 0; i < part.size(); ++i) {
        const char c = part[i];
        if (c == '-' || c == '+') {
            negative = negative || c == '-';
            ++signs;
        } else if (part.substr(i, 3) == "\xE2\x88\x92") { // U+2212 minus
            negative = true;
            ++signs;
            i += 2;
        } else {
            rest += c;
        }
    }
    return std::string(text::trim(rest));
}

struct Separators {
    int dots = 0, commas = 0;
    std::size_t lastDot = std::string_view::npos, lastComma = std::string_view::npos;
};

Separators countSeparators(std::string_view body) noexcept
{
    Separators s;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '.') {
            ++s.dots;
            s.lastDot = i;
        }
        if (body[i] == ',') {
            ++s.commas;
            s.lastComma = i;
        }
    }
    return s;
}

// Decides which of '.' / ',' is the decimal point of this value (0 = none).
Result<char> decimalOf(std::string_view body, DecimalSeparator hint)
{
    const Separators s = countSeparators(body);
    const char hinted = hint == DecimalSeparator::Dot ? '.' : hint == DecimalSeparator::Comma ? ',' : 0;
    char dec = 0;
    if (s.dots > 0 && s.commas > 0)
        dec = s.lastDot > s.lastComma ? '.' : ',';
    else if (s.dots + s.commas == 1)
        dec = (hinted && hinted != (s.dots ? '.' : ',')) ? 0 : (s.dots ? '.' : ',');
    else if (s.dots + s.commas > 1)
        dec = 0; // one kind repeated: grouping
    if (dec && ((dec == '.' ? s.dots : s.commas) > 1))
        return fail("several decimal separators");
    if (dec && hinted && dec != hinted)
        return fail(std::string("decimal separator '") + dec + "' contradicts the column's '" + hinted + "'");
    return dec;
}

// Collects digits of the integer part, validating thousands groups (first 1-3 digits, then 3 each).
Status integerDigits(std::string_view part, char dec, std::string& digits)
{
    int groupLen = 0, groups = 0;
    bool grouped = false;
    for (std::size_t i = 0; i < part.size();) {
        if (isDigit(part[i])) {
            digits += part[i++];
            ++groupLen;
            continue;
        }
        std::size_t n = groupSpaceAt(part, i);
        if (n == 0 && (part[i] == '.' || part[i] == ',') && part[i] != dec)
            n = 1;
        if (n == 0)
            return fail("text in a number");
        if (groupLen == 0 || (groups == 0 && groupLen > 3) || (groups > 0 && groupLen != 3))
            return fail("misplaced thousands separator");
        grouped = true;
        ++groups;
        groupLen = 0;
        i += n;
    }
    if (grouped && groupLen != 3)
        return fail("misplaced thousands separator");
    return {};
}

} // namespace

const char* toString(DecimalSeparator s) noexcept
{
    return s == DecimalSeparator::Dot ? "." : s == DecimalSeparator::Comma ? "," : "unknown";
}

Result<NumberText> scanNumber(std::string_view raw, DecimalSeparator hint)
{
    std::string_view t = text::trim(raw);
    if (t.empty())
        return fail("empty");
    NumberText out;
    int signs = 0;
    if (t.size() >= 2 && t.front() == '(' && t.back() == ')') {
        out.negative = true;
        ++signs;
        t = text::trim(t.substr(1, t.size() - 2));
    }
    std::size_t first = 0, last = t.size();
    while (first < t.size() && !isDigit(t[first]))
        ++first;
    if (first == t.size())
        return fail("text in a number");
    while (last > first && !isDigit(t[last - 1]))
        --last;
    if (first > 0 && (t[first - 1] == '.' || t[first - 1] == ','))
        --first; // ".5"
    const std::string prefix = stripSigns(t.substr(0, first), out.negative, signs);
    const std::string suffix = stripSigns(t.substr(last), out.negative, signs);
    if (signs > 1)
        return fail("more than one sign");
    if (!prefix.empty() && !suffix.empty())
        return fail("text in a number");
    out.unit = prefix.empty() ? suffix : prefix;

    std::string_view body = t.substr(first, last - first);
    const std::size_t e = body.find_first_of("eE");
    if (e != std::string_view::npos) {
        int exp = 0;
        std::string_view es = body.substr(e + 1);
        if (!es.empty() && es[0] == '+')
            es.remove_prefix(1);
        const auto r = std::from_chars(es.data(), es.data() + es.size(), exp);
        if (r.ec != std::errc() || r.ptr != es.data() + es.size() || exp > 300 || exp < -300)
            return fail("text in a number");
        out.exponent10 = exp;
        body = body.substr(0, e);
    }
    const auto dec = decimalOf(body, e != std::string_view::npos ? DecimalSeparator::Unknown : hint);
    if (!dec)
        return dec.error();
    const std::size_t point = *dec ? body.rfind(*dec) : std::string_view::npos;
    if (auto st = integerDigits(body.substr(0, point), *dec, out.digits); !st)
        return st.error();
    if (point != std::string_view::npos) {
        const std::string_view frac = body.substr(point + 1);
        for (char c : frac)
            if (!isDigit(c))
                return fail("misplaced thousands separator");
        out.digits += frac;
        out.exponent10 -= static_cast<int>(frac.size());
    }
    const std::size_t nz = out.digits.find_first_not_of('0');
    out.digits.erase(0, nz == std::string::npos ? out.digits.size() - 1 : nz);
    if (out.digits.empty())
        out.digits = "0";
    return out;
}

Result<ParsedNumber> parseNumber(std::string_view text, DecimalSeparator hint)
{
    auto scanned = scanNumber(text, hint);
    if (!scanned)
        return scanned.error();
    ParsedNumber out;
    if (scanned->unit == "%")
        out.percent = true;
    else if (!scanned->unit.empty())
        return fail("text in a number: '" + scanned->unit + "'");
    const std::string s = scanned->digits + "e" + std::to_string(scanned->exponent10);
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out.value);
    if (r.ec != std::errc())
        return fail("number out of range");
    if (scanned->negative)
        out.value = -out.value;
    return out;
}

} // namespace sa::import::normalise
