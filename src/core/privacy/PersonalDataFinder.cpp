#include "PersonalDataFinder.h"

#include <algorithm>
#include <cstdint>

namespace sa::privacy {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAsciiAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The code point starting at s[i] (U+FFFD for a broken sequence) and its length in bytes.
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t& len)
{
    const auto b = static_cast<unsigned char>(s[i]);
    len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + len > s.size() || len == 1)
        return len == 1 && b < 0x80 ? b : (len = 1, U'\uFFFD');
    char32_t cp = b & (0x3F >> (len - 1));
    for (std::size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

// Letters and digits of any script count as word characters; Latin-1 punctuation (NBSP, « »)
// and the General Punctuation block (dashes, quotes) do not.
bool isWordCodePoint(char32_t cp)
{
    if (cp < 0x80)
        return isAsciiAlnum(static_cast<char>(cp));
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD)
        return false;
    return !(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x3000 && cp <= 0x303F);
}

std::size_t prevStart(std::string_view s, std::size_t i)
{
    do
        --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
    return i;
}

bool wordBefore(std::string_view s, std::size_t i)
{
    if (i == 0)
        return false;
    std::size_t len = 0;
    return isWordCodePoint(decodeAt(s, prevStart(s, i), len));
}

bool wordAt(std::string_view s, std::size_t i)
{
    std::size_t len = 0;
    return i < s.size() && isWordCodePoint(decodeAt(s, i, len));
}

bool isLocalSymbol(char c)
{
    return std::string_view("._%+-!#$&'*/=?^`{|}~").find(c) != std::string_view::npos;
}

// The e-mail whose '@' is at `at`, not reaching before `floor`; end == 0 when there is none.
PiiMatch emailAround(std::string_view s, std::size_t at, std::size_t floor)
{
    std::size_t b = at;
    while (b > floor && (isLocalSymbol(s[b - 1]) || wordBefore(s, b)))
        b = (static_cast<unsigned char>(s[b - 1]) < 0x80) ? b - 1 : prevStart(s, b);
    while (b < at && s[b] == '.')
        ++b;
    std::size_t e = at + 1;
    std::size_t len = 0;
    while (e < s.size() && (s[e] == '-' || s[e] == '.' || wordAt(s, e))) {
        if (s[e] == '.' && (e == at + 1 || s[e - 1] == '.'))
            break;
        decodeAt(s, e, len);
        e += len;
    }
    while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-'))
        --e;
    const std::size_t lastDot = s.substr(0, e).rfind('.');
    const bool tldOk = lastDot != std::string_view::npos && lastDot > at + 1 && e - lastDot >= 3
        && !std::all_of(
            s.begin() + static_cast<std::ptrdiff_t>(lastDot) + 1, s.begin() + static_cast<std::ptrdiff_t>(e), isDigit);
    if (b == at || !tldOk)
        return {};
    return { b, e, PiiKind::Email };
}

struct DigitRun {
    std::size_t end = 0;
    int digits = 0;
    bool plus = false, paren = false, tooLong = false;
    std::vector<int> groups;
    std::string separators;
};

DigitRun scanDigits(std::string_view s, std::size_t i)
{
    DigitRun r;
    r.plus = s[i] == '+';
    std::size_t j = i + (r.plus ? 1 : 0);
    int group = 0, sepRun = 0;
    for (; j < s.size(); ++j) {
        const char c = s[j];
        if (isDigit(c)) {
            ++group;
            sepRun = 0;
            if (++r.digits > 15)
                r.tooLong = true;
        } else if ((c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') && sepRun < 2) {
            if (group > 0)
                r.groups.push_back(group);
            group = 0;
            ++sepRun;
            r.paren = r.paren || c == '(';
            r.separators += c;
        } else {
            break;
        }
    }
    if (group > 0)
        r.groups.push_back(group);
    while (j > i && !isDigit(s[j - 1]) && s[j - 1] != ')')
        --j;
    if (j > i && s[j - 1] == ')' && !r.paren)
        --j;
    r.end = j;
    return r;
}

bool looksLikeMoney(const DigitRun& r)
{
    if (r.plus || r.separators.find_first_not_of(' ') != std::string::npos || r.groups.size() < 2)
        return false;
    return std::all_of(r.groups.begin() + 1, r.groups.end(), [](int g) { return g == 3; });
}

bool isPhone(const DigitRun& r, char first)
{
    if (r.tooLong || r.digits < 7)
        return false;
    if (r.plus)
        return r.digits >= 10;
    if (looksLikeMoney(r))
        return false;
    if (r.digits == 11 && (first == '7' || first == '8'))
        return true;
    if (r.digits == 10 && r.paren)
        return true;
    return r.digits == 7 && r.groups == std::vector<int> { 3, 2, 2 } && r.separators == "--";
}

void findPhones(std::string_view s, std::size_t from, std::size_t to, std::vector<PiiMatch>& out)
{
    for (std::size_t i = from; i < to;) {
        const char c = s[i];
        const bool canStart = isDigit(c) || ((c == '+' || c == '(') && i + 1 < to && isDigit(s[i + 1]));
        if (!canStart || wordBefore(s, i) || (i > 0 && (s[i - 1] == '+' || s[i - 1] == '-'))) {
            ++i;
            continue;
        }
        const DigitRun r = scanDigits(s.substr(0, to), i);
        const std::size_t firstDigit = s.find_first_of("0123456789", i);
        if (isPhone(r, s[firstDigit]) && !wordAt(s, r.end))
            out.push_back({ i, r.end, PiiKind::Phone });
        i = std::max(r.end, i + 1);
    }
}

} // namespace

std::vector<PiiMatch> findPersonalData(std::string_view text)
{
    std::vector<PiiMatch> emails;
    std::size_t floor = 0;
    for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        if (at < floor)
            continue;
        const PiiMatch m = emailAround(text, at, floor);
        if (m.end != 0) {
            emails.push_back(m);
            floor = m.end;
        }
    }
    std::vector<PiiMatch> all;
    std::size_t from = 0;
    for (const PiiMatch& e : emails) {
        findPhones(text, from, e.begin, all);
        all.push_back(e);
        from = e.end;
    }
    findPhones(text, from, text.size(), all);
    return all;
}

bool isWholeWord(std::string_view text, std::size_t begin, std::size_t end)
{
    return !wordBefore(text, begin) && !wordAt(text, end);
}

WordSpan nextWord(std::string_view text, std::size_t from)
{
    std::size_t b = from;
    while (b < text.size() && !wordAt(text, b))
        ++b; // a continuation byte is never a word start: decodeAt reads it as U+FFFD
    std::size_t e = b;
    for (std::size_t len = 0; e < text.size() && isWordCodePoint(decodeAt(text, e, len));)
        e += len;
    return { b, e };
}

bool containsPersonalData(std::string_view text)
{
    if (text.size() < 7)
        return false;
    return !findPersonalData(text).empty();
}

std::string canonicalForm(std::string_view value, PiiKind kind)
{
    std::string out;
    if (kind == PiiKind::Email) {
        for (char c : value)
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return out;
    }
    for (char c : value)
        if (isDigit(c))
            out += c;
    if (out.size() == 11 && out[0] == '8' && value.find('+') == std::string_view::npos)
        out[0] = '7';
    return "+" + out;
}

} // namespace sa::privacy
