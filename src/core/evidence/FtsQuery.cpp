#include "FtsQuery.h"

#include <vector>

namespace sa::evidence {

std::string normaliseForIndex(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (c == 0xD1 && next == 0x91) { // ё U+0451 → е U+0435
            out += "\xD0\xB5";
            ++i;
        } else if (c == 0xD0 && next == 0x81) { // Ё U+0401 → Е U+0415
            out += "\xD0\x95";
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

namespace {

/// UTF-8 code points of a word (bytes of each).
std::vector<std::string> codePoints(const std::string& w)
{
    std::vector<std::string> cps;
    for (std::size_t i = 0; i < w.size();) {
        const auto c = static_cast<unsigned char>(w[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        cps.push_back(w.substr(i, len));
        i += len;
    }
    return cps;
}

bool isLetterWord(const std::vector<std::string>& cps)
{
    for (const auto& cp : cps) {
        const auto c = static_cast<unsigned char>(cp[0]);
        const bool ascii = cp.size() == 1 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        const bool cyrillic = cp.size() == 2 && (c == 0xD0 || c == 0xD1);
        if (!ascii && !cyrillic)
            return false;
    }
    return true;
}

std::string quote(const std::string& s)
{
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string wordQuery(std::string word)
{
    const bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix)
        word.pop_back();
    word = normaliseForIndex(word);
    if (prefix)
        return quote(word) + "*";
    const auto cps = codePoints(word);
    if (cps.size() < 5 || !isLetterWord(cps))
        return quote(word);
    std::string stem;
    for (std::size_t i = 0; i + 2 < cps.size(); ++i)
        stem += cps[i];
    return "(" + quote(word) + " OR " + quote(stem) + "*)";
}

/// Words of punctuation only hold no token: skipped rather than matching nothing.
bool hasWordChar(const std::string& w)
{
    for (char ch : w) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return true;
    }
    return false;
}

} // namespace

std::string toFtsQuery(const std::string& userText)
{
    std::string out, word;
    const auto flush = [&] {
        if (hasWordChar(word))
            out += (out.empty() ? "" : " AND ") + wordQuery(word);
        word.clear();
    };
    for (char c : userText) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            flush();
        else
            word += c;
    }
    flush();
    return out;
}

} // namespace sa::evidence
