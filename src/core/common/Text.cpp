#include "Text.h"

namespace sa::text {

namespace {
// Length of a Unicode space at s[i] that trim() removes, or 0.
std::size_t spaceAt(std::string_view s, std::size_t i) noexcept
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)
        return 2; // U+00A0
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto c2 = static_cast<unsigned char>(s[i + 2]);
        if (c2 == 0xAF || c2 == 0x89)
            return 3; // U+202F, U+2009
    }
    return 0;
}

std::size_t spaceEndingAt(std::string_view s, std::size_t end) noexcept
{
    if (end >= 1 && spaceAt(s, end - 1) == 1)
        return 1;
    if (end >= 2 && spaceAt(s, end - 2) == 2)
        return 2;
    if (end >= 3 && spaceAt(s, end - 3) == 3)
        return 3;
    return 0;
}
} // namespace

std::string_view trim(std::string_view s) noexcept
{
    std::size_t b = 0;
    while (b < s.size()) {
        const std::size_t n = spaceAt(s, b);
        if (n == 0)
            break;
        b += n;
    }
    std::size_t e = s.size();
    while (e > b) {
        const std::size_t n = spaceEndingAt(s, e);
        if (n == 0)
            break;
        e -= n;
    }
    return s.substr(b, e - b);
}

std::string foldCase(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c + 32);
        } else if ((c == 0xD0 || c == 0xD1) && i + 1 < s.size()) {
            const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            unsigned low = cp;
            if (cp >= 0x410 && cp <= 0x42F)
                low = cp + 0x20;
            else if (cp >= 0x400 && cp <= 0x40F)
                low = cp + 0x50;
            if (low == 0x451) // ё → е: the same letter for matching purposes
                low = 0x435;
            out += static_cast<char>(0xC0 | (low >> 6));
            out += static_cast<char>(0x80 | (low & 0x3F));
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string matchKey(std::string_view s)
{
    std::string_view t = trim(s);
    while (!t.empty() && t.back() == '.')
        t = trim(t.substr(0, t.size() - 1));
    std::string collapsed;
    collapsed.reserve(t.size());
    bool inSpace = false;
    for (std::size_t i = 0; i < t.size();) {
        const std::size_t n = spaceAt(t, i);
        if (n > 0) {
            inSpace = true;
            i += n;
            continue;
        }
        if (inSpace)
            collapsed += ' ';
        inSpace = false;
        collapsed += t[i++];
    }
    return foldCase(collapsed);
}

bool isValidUtf8(std::string_view s) noexcept
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

std::vector<std::string_view> split(std::string_view s, char sep)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

bool startsWith(std::string_view s, std::string_view prefix) noexcept
{
    return s.substr(0, prefix.size()) == prefix;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out += sep;
        out += parts[i];
    }
    return out;
}

} // namespace sa::text
