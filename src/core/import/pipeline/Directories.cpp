#include "Directories.h"

#include "common/Text.h"
#include "import/pipeline/FieldConverter.h"

#include <algorithm>

namespace sa::import {

namespace {
// Won/lost by name when neither the preset nor the mapping says.
std::string terminalByName(const std::string& key)
{
    if (key == "won" || key == "closed won" || key == "closed - won" || key.find("успешно реализ") != std::string::npos)
        return "won";
    if (key == "lost" || key == "closed lost" || key == "closed - lost" || key.find("не реализ") != std::string::npos)
        return "lost";
    return "none";
}
} // namespace

Status StageDirectory::load(store::Connection& db, const EntityMapping& mapping)
{
    m_db = &db;
    m_mapping = &mapping;
    auto st = db.prepare("SELECT id, name_key, terminal, ord, confirmed FROM stages WHERE pipeline_name = ''");
    if (!st)
        return st.error();
    for (auto r = st->step(); r && *r; r = st->step()) {
        const std::string terminal = st->getText(2);
        const int ord = static_cast<int>(st->getInt(3));
        const std::string key = st->getText(1);
        m_byKey[key] = { st->getInt(0), terminal, false, st->getInt(4) == 0 && mapping.stageRule(key) == nullptr };
        if (terminal == "none")
            m_maxOpenOrd = std::max(m_maxOpenOrd, ord);
        else
            m_maxTerminalOrd = std::max(m_maxTerminalOrd, ord);
    }
    return {};
}

Result<StageRef> StageDirectory::resolve(const std::string& name)
{
    const std::string key = text::matchKey(name);
    if (const auto it = m_byKey.find(key); it != m_byKey.end())
        return it->second;
    const StageRule* rule = m_mapping->stageRule(key);
    std::string terminal = rule && !rule->terminal.empty() ? rule->terminal : terminalByName(key);
    int ord = 0;
    if (terminal != "none")
        ord = ++m_maxTerminalOrd;
    else if (rule && rule->order)
        ord = *rule->order;
    else
        ord = m_maxOpenOrd + 1;
    if (terminal == "none")
        m_maxOpenOrd = std::max(m_maxOpenOrd, ord);
    auto st = m_db->prepare("INSERT INTO stages(pipeline_name, name, name_key, ord, terminal) VALUES ('', ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, std::string(text::trim(name))).bind(2, key).bind(3, ord).bind(4, terminal);
    if (auto s = st->run(); !s)
        return s.error();
    StageRef ref { m_db->lastInsertRowId(), terminal, true, rule == nullptr };
    ++m_created;
    m_byKey[key] = { ref.id, terminal, false, ref.unlisted };
    return ref;
}

Status ChannelDirectory::load(store::Connection& db, const EntityMapping& mapping)
{
    m_db = &db;
    m_mapping = &mapping;
    auto st = db.prepare("SELECT id, name_key FROM channels");
    if (!st)
        return st.error();
    for (auto r = st->step(); r && *r; r = st->step())
        m_byKey[st->getText(1)] = st->getInt(0);
    return {};
}

Result<std::int64_t> ChannelDirectory::resolve(const std::string& name)
{
    const std::string key = text::matchKey(name);
    if (const auto it = m_byKey.find(key); it != m_byKey.end())
        return it->second;
    const std::string* type = m_mapping->mapValue("channel_type", key);
    auto st = m_db->prepare("INSERT INTO channels(name, name_key, type) VALUES (?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, std::string(text::trim(name))).bind(2, key).bind(3, type ? *type : std::string("other"));
    if (auto s = st->run(); !s)
        return s.error();
    const std::int64_t id = m_db->lastInsertRowId();
    m_byKey[key] = id;
    ++m_created;
    return id;
}

std::optional<std::int64_t> canonicalInteger(std::string_view s)
{
    const bool negative = !s.empty() && s[0] == '-';
    const std::string_view digits = s.substr(negative ? 1 : 0);
    if (digits.empty() || digits.size() > 18 || (digits[0] == '0' && (digits.size() > 1 || negative)))
        return std::nullopt;
    std::int64_t v = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

void RefIndex::add(std::string_view ext, std::int64_t id)
{
    if (m_integers) {
        if (const auto v = canonicalInteger(ext)) {
            m_byInt.emplace_back(*v, id);
            return;
        }
        m_integers = false; // move what was read so far to the text map
        for (const auto& [value, rowId] : m_byInt)
            m_byExt.emplace(std::to_string(value), rowId);
        m_byInt = {};
    }
    m_byExt.emplace(std::string(ext), id);
}

Status RefIndex::load(store::Connection& db, const std::string& table, bool byName)
{
    m_loaded = true;
    auto st
        = db.prepare("SELECT id, ext_id" + std::string(byName ? ", name_key, inn" : ", NULL, NULL") + " FROM " + table);
    if (!st)
        return st.error();
    for (auto r = st->step(); r && *r; r = st->step()) {
        if (!st->isNull(1))
            add(st->getTextView(1), st->getInt(0));
        if (!st->isNull(2))
            m_byName.emplace(st->getText(2), st->getInt(0));
        if (!st->isNull(3))
            m_byInn.emplace(st->getText(3), st->getInt(0));
    }
    // The first row of an ext_id wins, as with the text map's emplace.
    std::stable_sort(m_byInt.begin(), m_byInt.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    m_byInt.erase(
        std::unique(m_byInt.begin(), m_byInt.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
        m_byInt.end());
    m_byInt.shrink_to_fit();
    return {};
}

std::int64_t RefIndex::find(const std::string& ref) const
{
    if (m_integers) {
        if (const auto v = canonicalInteger(ref)) {
            const auto it = std::lower_bound(
                m_byInt.begin(), m_byInt.end(), *v, [](const auto& e, std::int64_t key) { return e.first < key; });
            if (it != m_byInt.end() && it->first == *v)
                return it->second;
        }
    } else if (const auto it = m_byExt.find(ref); it != m_byExt.end()) {
        return it->second;
    }
    if (m_byName.empty() && m_byInn.empty())
        return 0; // no name to match (e.g. no clients yet): spare every row its match key
    if (const auto it = m_byName.find(text::matchKey(ref)); it != m_byName.end())
        return it->second;
    if (m_byInn.empty())
        return 0;
    const auto inn = normaliseInn(ref); // "match to clients by name/ИНН if no id" (spec §1.1)
    return inn ? findInn(*inn) : 0;
}

std::int64_t RefIndex::findInn(const std::string& inn) const
{
    const auto it = m_byInn.find(inn);
    return it == m_byInn.end() ? 0 : it->second;
}

void RefIndex::addInn(const std::string& inn, std::int64_t id)
{
    if (!inn.empty())
        m_byInn.emplace(inn, id);
}

} // namespace sa::import
