#include "ManagerDirectory.h"

#include "common/Text.h"

#include <algorithm>

namespace sa::import {

namespace {

// Short forms of common Russian first names → the full form (match keys).
const std::map<std::string, std::string>& diminutives()
{
    static const std::map<std::string, std::string> m = {
        { "саша", "александр" },
        { "шура", "александр" },
        { "леша", "алексей" },
        { "алеша", "алексей" },
        { "дима", "дмитрий" },
        { "митя", "дмитрий" },
        { "катя", "екатерина" },
        { "оля", "ольга" },
        { "паша", "павел" },
        { "аня", "анна" },
        { "игорек", "игорь" },
        { "наташа", "наталья" },
        { "марина", "марина" },
        { "андрюша", "андрей" },
        { "сережа", "сергей" },
        { "маша", "мария" },
        { "лена", "елена" },
        { "таня", "татьяна" },
        { "ира", "ирина" },
        { "света", "светлана" },
        { "женя", "евгений" },
        { "коля", "николай" },
        { "вова", "владимир" },
        { "володя", "владимир" },
        { "миша", "михаил" },
        { "юля", "юлия" },
        { "настя", "анастасия" },
        { "ваня", "иван" },
        { "петя", "петр" },
        { "костя", "константин" },
        { "надя", "надежда" },
        { "вика", "виктория" },
        { "ксюша", "ксения" },
        { "галя", "галина" },
        { "люда", "людмила" },
        { "толя", "анатолий" },
    };
    return m;
}

bool isInitial(const std::string& w)
{
    // One letter: one byte (Latin) or one two-byte Cyrillic letter.
    return w.size() == 1 || (w.size() == 2 && (static_cast<unsigned char>(w[0]) & 0xE0) == 0xC0);
}

bool startsWithLetterOf(const std::string& word, const std::string& initial)
{
    return word.compare(0, initial.size(), initial) == 0;
}

// How a spelling's words fit a person's words: 0 = no, else the rule number (2, 3, 4).
int fits(const std::vector<std::string>& s, const std::vector<std::string>& p)
{
    if (s.size() != 2 || p.size() != 2)
        return 0;
    for (int flip = 0; flip < 2; ++flip) {
        const std::string& a = s[flip];
        const std::string& b = s[1 - flip];
        for (int i = 0; i < 2; ++i) {
            if (b != p[1 - i])
                continue;
            if (a == p[i])
                return 2;
            if (isInitial(a) && startsWithLetterOf(p[i], a))
                return 3;
            const auto d = diminutives().find(a);
            if (d != diminutives().end() && d->second == p[i])
                return 4;
        }
    }
    return 0;
}

} // namespace

std::vector<std::string> nameWords(const std::string& key)
{
    std::vector<std::string> words;
    for (auto w : text::split(key, ' ')) {
        std::string s;
        for (char c : w)
            if (c != '.')
                s += c;
        if (!s.empty())
            words.push_back(std::move(s));
    }
    return words;
}

Status ManagerDirectory::load(store::Connection& db)
{
    m_db = &db;
    auto people = db.prepare("SELECT id, name FROM managers");
    if (!people)
        return people.error();
    for (auto r = people->step(); r && *r; r = people->step()) {
        const std::string key = text::matchKey(people->getTextView(1));
        m_people.push_back({ people->getInt(0), nameWords(key) });
        m_byKey.emplace(key, people->getInt(0));
    }
    auto aliases = db.prepare("SELECT alias_key, manager_id FROM manager_aliases");
    if (!aliases)
        return aliases.error();
    for (auto r = aliases->step(); r && *r; r = aliases->step())
        m_byKey[aliases->getText(0)] = aliases->getInt(1);
    return {};
}

Status ManagerDirectory::prime(const SpellingCounts& spellings)
{
    // Full names (two or more words, no initials) first, most frequent spelling first: it
    // becomes the person's name; partial spellings then attach to them.
    std::vector<std::pair<std::string, long long>> order(spellings.begin(), spellings.end());
    auto rank = [](const std::string& s) {
        const auto words = nameWords(text::matchKey(s));
        const bool full = words.size() >= 2 && std::none_of(words.begin(), words.end(), isInitial);
        return full ? 0 : 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        if (rank(a.first) != rank(b.first))
            return rank(a.first) < rank(b.first);
        return a.second > b.second;
    });
    for (const auto& [spelling, count] : order)
        if (auto id = resolve(spelling); !id)
            return id.error();
    return {};
}

std::int64_t ManagerDirectory::find(const std::string& spelling) const
{
    const auto it = m_byKey.find(text::matchKey(spelling));
    return it == m_byKey.end() ? 0 : it->second;
}

std::int64_t ManagerDirectory::matchByRules(const std::vector<std::string>& words) const
{
    for (int rule = 2; rule <= 4; ++rule) {
        std::int64_t found = 0;
        int hits = 0;
        for (const auto& p : m_people)
            if (fits(words, p.words) == rule && p.id != found) {
                found = p.id;
                ++hits;
            }
        if (hits == 1)
            return found;
        if (hits > 1)
            return 0; // ambiguous: a new person rather than a wrong merge
    }
    return 0;
}

Result<std::int64_t> ManagerDirectory::resolve(const std::string& spelling)
{
    const std::string key = text::matchKey(spelling);
    if (const auto it = m_byKey.find(key); it != m_byKey.end())
        return it->second;
    if (key.empty())
        return Error::internal("empty manager name");
    const auto words = nameWords(key);
    if (const std::int64_t id = matchByRules(words); id != 0) {
        if (auto s = addAlias(key, spelling, id); !s)
            return s.error();
        return id;
    }
    return create(spelling, key);
}

ManagerDirectory ManagerDirectory::dryCopy() const
{
    ManagerDirectory copy = *this;
    copy.m_db = nullptr;
    return copy;
}

std::string ManagerDirectory::createdName(std::int64_t id) const
{
    const auto it = m_createdNames.find(id);
    return it == m_createdNames.end() ? std::string() : it->second;
}

Status ManagerDirectory::addAlias(const std::string& key, const std::string& spelling, std::int64_t id)
{
    m_byKey[key] = id;
    if (!m_db)
        return {};
    auto st = m_db->prepare("INSERT OR IGNORE INTO manager_aliases(alias_key, alias, manager_id, origin) "
                            "VALUES (?, ?, ?, 'import')");
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, std::string(text::trim(spelling))).bind(3, id);
    return st->run();
}

Result<std::int64_t> ManagerDirectory::create(const std::string& spelling, const std::string& key)
{
    // The stored name keeps the spelling's letters with whitespace tidied and a trailing dot dropped.
    const std::string trimmed(text::trim(spelling));
    std::string name;
    for (auto w : text::split(trimmed, ' '))
        if (!w.empty())
            name += (name.empty() ? "" : " ") + std::string(w);
    if (name.size() > 1 && name.back() == '.')
        name.pop_back();
    std::int64_t id = -(m_created + 1); // a dry copy (dryCopy) only records the decision
    if (m_db) {
        auto st = m_db->prepare("INSERT INTO managers(name, batch_id) VALUES (?, ?)");
        if (!st)
            return st.error();
        st->bind(1, name).bind(2, m_batch ? std::optional<std::int64_t>(m_batch) : std::nullopt);
        if (auto s = st->run(); !s)
            return s.error();
        id = m_db->lastInsertRowId();
    }
    m_people.push_back({ id, nameWords(key) });
    m_createdNames.emplace(id, name);
    ++m_created;
    if (auto s = addAlias(key, spelling, id); !s)
        return s.error();
    return id;
}

} // namespace sa::import
