#include "NameMatcher.h"

#include "PersonalDataFinder.h"
#include "common/Text.h"

#include <algorithm>
#include <array>

namespace sa::privacy {

const std::string NameMatcher::kAmbiguousPerson = "[person]";

namespace {

// Russian noun and adjective case endings (folded: ё is е) that may follow a name's stem. "ов",
// "ев" and "ин" are left out on purpose: "Иван" + "ов" is another person's surname.
constexpr std::array<std::string_view, 38> kEndings = { "а", "я", "у", "ю", "е", "и", "ы", "о", "й", "ь", "ой", "ей",
    "ом", "ем", "ою", "ею", "ым", "им", "ых", "их", "ую", "юю", "ая", "яя", "ий", "ый", "ого", "его", "ому", "ему",
    "ыми", "ими", "ами", "ями", "ах", "ях", "ам", "ям" };
// Endings a name's dictionary form loses before a case ending is added.
constexpr std::array<std::string_view, 5> kLongStemEndings = { "ий", "ый", "ой", "ая", "яя" };
constexpr std::array<std::string_view, 10> kShortStemEndings = { "а", "я", "й", "ь", "о", "е", "ы", "и", "у", "ю" };
// Legal forms dropped from the ends of a client's name ("ООО «Ромашка»", "Acme Inc").
constexpr std::array<std::string_view, 20> kLegalForms = { "ооо", "оао", "зао", "пао", "ао", "ип", "нко", "ано", "гк",
    "тоо", "пк", "llc", "ltd", "inc", "gmbh", "jsc", "llp", "corp", "co", "plc" };
constexpr std::size_t kMinLetters = 3;

std::size_t letters(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool isCyrillic(std::string_view s)
{
    const auto b = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
    return b == 0xD0 || b == 0xD1 || b == 0xD2 || b == 0xD3;
}

template <std::size_t N> bool contains(const std::array<std::string_view, N>& set, std::string_view word)
{
    return std::find(set.begin(), set.end(), word) != set.end();
}

// `word` less the first of `endings` it ends with that leaves at least kMinLetters; empty if none.
template <std::size_t N> std::string_view strip(std::string_view word, const std::array<std::string_view, N>& endings)
{
    for (std::string_view e : endings)
        if (word.ends_with(e) && letters(word.substr(0, word.size() - e.size())) >= kMinLetters)
            return word.substr(0, word.size() - e.size());
    return {};
}

// The stem a Russian name's case forms share ("морозова" → "морозов", "алексей" → "алексе"), or
// empty when the name is too short or not Cyrillic to be inflected.
std::string_view stemOf(std::string_view word)
{
    if (!isCyrillic(word))
        return {};
    if (std::string_view stem = strip(word, kLongStemEndings); !stem.empty())
        return stem;
    if (std::string_view stem = strip(word, kShortStemEndings); !stem.empty())
        return stem;
    return letters(word) >= kMinLetters ? word : std::string_view();
}

std::vector<std::string> foldedWords(std::string_view text)
{
    const std::string folded = text::foldCase(text);
    std::vector<std::string> out;
    for (WordSpan w = nextWord(folded, 0); w.begin < folded.size(); w = nextWord(folded, w.end))
        out.emplace_back(folded.substr(w.begin, w.end - w.begin));
    return out;
}

// Words of one name are separated by a space, a hyphen, an apostrophe or a dot, never by a
// sentence's punctuation or a line break.
bool joins(std::string_view between)
{
    return !between.empty() && between.size() <= 4
        && between.find_first_of("\n\r,;:!?()[]{}\"") == std::string_view::npos;
}

} // namespace

void NameMatcher::index(std::string key, Ref ref)
{
    m_index[std::move(key)].push_back(ref);
}

void NameMatcher::add(std::string_view name, std::string replacement, Kind kind)
{
    std::vector<std::string> words = foldedWords(name);
    // A "person" field holding a company ("ООО «Дон-6»" as an NPS respondent) is matched as one.
    auto companyWord = [](const std::string& w) {
        return contains(kLegalForms, w) || w.find_first_of("0123456789") != std::string::npos;
    };
    if (std::any_of(words.begin(), words.end(), companyWord))
        kind = Kind::Client;
    if (kind == Kind::Client) {
        while (!words.empty() && contains(kLegalForms, words.front()))
            words.erase(words.begin());
        while (!words.empty() && contains(kLegalForms, words.back()))
            words.pop_back();
    }
    const bool longEnough
        = std::any_of(words.begin(), words.end(), [](const std::string& w) { return letters(w) >= kMinLetters; });
    if (words.empty() || !longEnough)
        return;
    const std::size_t entry = m_entries.size();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (kind == Kind::Client && i > 0)
            break; // a client is found by its first word, then compared word by word
        const std::string_view stem = kind == Kind::Person ? stemOf(words[i]) : std::string_view();
        if (!stem.empty())
            index(std::string(stem), { entry, i, true });
        else if (kind == Kind::Client || letters(words[i]) >= kMinLetters)
            index(words[i], { entry, i, false });
    }
    m_longestName = std::max(m_longestName, words.size());
    m_entries.push_back({ std::move(words), std::move(replacement), kind });
}

std::vector<NameMatcher::Ref> NameMatcher::lookup(std::string_view word) const
{
    std::vector<Ref> out;
    auto take = [&](std::string_view key, bool exact) {
        if (auto it = m_index.find(key); it != m_index.end())
            for (const Ref& r : it->second)
                if (exact || r.inflected)
                    out.push_back(r);
    };
    take(word, true);
    if (!isCyrillic(word))
        return out;
    for (std::string_view e : kEndings)
        if (word.ends_with(e) && letters(word.substr(0, word.size() - e.size())) >= kMinLetters)
            take(word.substr(0, word.size() - e.size()), false); // several endings may fit: "ой", "й"
    return out;
}

std::size_t NameMatcher::clientRun(
    const std::vector<Word>& words, std::size_t i, std::size_t reach, const std::string*& replacement) const
{
    std::size_t best = 0;
    for (const Ref& r : lookup(words[i].folded)) {
        const Entry& e = m_entries[r.entry];
        if (e.kind != Kind::Client || r.inflected || e.words.size() <= best)
            continue;
        std::size_t n = 1;
        while (n < e.words.size() && i + n < reach && words[i + n].folded == e.words[n])
            ++n;
        if (n == e.words.size()) {
            best = n;
            replacement = &e.replacement;
        }
    }
    return best;
}

std::size_t NameMatcher::personRun(
    const std::vector<Word>& words, std::size_t i, std::size_t reach, const std::string*& replacement) const
{
    auto people = [&](std::size_t w) {
        std::vector<std::size_t> ids;
        for (const Ref& r : lookup(words[w].folded))
            if (m_entries[r.entry].kind == Kind::Person)
                ids.push_back(r.entry);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    };
    std::vector<std::size_t> candidates = people(i);
    if (candidates.empty())
        return 0;
    auto longest = [&](const std::vector<std::size_t>& ids) {
        std::size_t most = 0;
        for (std::size_t id : ids)
            most = std::max(most, m_entries[id].words.size());
        return most;
    };
    std::size_t n = 1;
    for (; i + n < reach && n < longest(candidates); ++n) {
        const std::vector<std::size_t> next = people(i + n);
        std::vector<std::size_t> both;
        std::set_intersection(candidates.begin(), candidates.end(), next.begin(), next.end(), std::back_inserter(both));
        if (both.empty())
            break;
        candidates = std::move(both);
    }
    replacement = candidates.size() == 1 ? &m_entries[candidates.front()].replacement : &kAmbiguousPerson;
    return n;
}

void NameMatcher::find(std::string_view text, std::vector<Hit>& hits) const
{
    if (m_entries.empty())
        return;
    // foldCase keeps byte lengths for the scripts it folds (ASCII, Cyrillic); when it does not,
    // the text is searched as it is.
    std::string folded = text::foldCase(text);
    if (folded.size() != text.size())
        folded.assign(text);
    std::vector<Word> words;
    for (WordSpan w = nextWord(folded, 0); w.begin < folded.size(); w = nextWord(folded, w.end))
        words.push_back({ w.begin, w.end, std::string_view(folded).substr(w.begin, w.end - w.begin) });
    for (std::size_t i = 0; i < words.size();) {
        const std::string* client = nullptr;
        const std::string* person = nullptr;
        // A name continues only over joining text: no run reaches past the first other gap.
        std::size_t reach = i + 1;
        while (reach < words.size() && reach - i < m_longestName
            && joins(text.substr(words[reach - 1].end, words[reach].begin - words[reach - 1].end)))
            ++reach;
        const std::size_t c = clientRun(words, i, reach, client);
        const std::size_t p = personRun(words, i, reach, person);
        const std::size_t n = std::max(c, p);
        if (n == 0) {
            ++i;
            continue;
        }
        hits.push_back({ words[i].begin, words[i + n - 1].end, p >= c ? person : client });
        i += n;
    }
}

} // namespace sa::privacy
