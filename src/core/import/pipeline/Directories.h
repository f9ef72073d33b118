#pragma once
// The dictionaries an import resolves names against, held in memory for one import: stages,
// channels and ext_id → id maps of the referenced tables (loaded once, never queried per row).
#include "common/Result.h"
#include "import/mapping/Mapping.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sa::import {

struct StageRef {
    std::int64_t id = 0;
    std::string terminal; ///< "won", "lost", "none"
    bool created = false; ///< the row was created by this import
    bool unlisted = false; ///< neither the preset nor the mapping knows it, and nobody confirmed it
};

/// Stages share one list per project (pipeline_name ''), so a stage history without a pipeline
/// column resolves to the same rows as the deals. Order: the preset's/mapping's `order`, else
/// first appearance after the highest open stage; won/lost stages sort last (1000+).
class StageDirectory {
public:
    Status load(store::Connection& db, const EntityMapping& mapping);
    /// Resolves (creating when new) a stage name; `unlisted` tells the caller to report it.
    Result<StageRef> resolve(const std::string& name);
    [[nodiscard]] long long created() const { return m_created; }

private:
    store::Connection* m_db = nullptr;
    const EntityMapping* m_mapping = nullptr;
    std::unordered_map<std::string, StageRef> m_byKey;
    int m_maxOpenOrd = 0;
    int m_maxTerminalOrd = 999;
    long long m_created = 0;
};

/// Lead sources by name_key; the type comes from the "channel_type" value rules.
class ChannelDirectory {
public:
    Status load(store::Connection& db, const EntityMapping& mapping);
    Result<std::int64_t> resolve(const std::string& name);
    [[nodiscard]] long long created() const { return m_created; }

private:
    store::Connection* m_db = nullptr;
    const EntityMapping* m_mapping = nullptr;
    std::unordered_map<std::string, std::int64_t> m_byKey;
    long long m_created = 0;
};

/// ext_id → id of one table (deals, clients or leads); clients also by name_key and ИНН. When every
/// ext_id is a plain decimal integer (CRM ids usually are) the map is a sorted array of integer
/// pairs: 16 bytes per row instead of a string hash node, and no string hashing per lookup.
class RefIndex {
public:
    Status load(store::Connection& db, const std::string& table, bool byName);
    /// 0 when unknown.
    [[nodiscard]] std::int64_t find(const std::string& ref) const;
    [[nodiscard]] bool empty() const { return m_byInt.empty() && m_byExt.empty() && m_byName.empty(); }
    /// Clients: the client with this normalised ИНН, or 0.
    [[nodiscard]] std::int64_t findInn(const std::string& inn) const;
    /// Clients: a client written by this import (ИНН normalised, may be empty).
    void addInn(const std::string& inn, std::int64_t id);
    [[nodiscard]] bool loaded() const { return m_loaded; }

private:
    void add(std::string_view ext, std::int64_t id);
    std::vector<std::pair<std::int64_t, std::int64_t>> m_byInt; ///< (ext_id, id), sorted once loaded
    std::unordered_map<std::string, std::int64_t> m_byExt; ///< used once any ext_id is not an integer
    std::unordered_map<std::string, std::int64_t> m_byName;
    std::unordered_map<std::string, std::int64_t> m_byInn; ///< clients: normalised ИНН
    bool m_integers = true;
    bool m_loaded = false;
};

/// The value of a canonical decimal integer ("0", "-12", "28400001": no sign '+', no leading
/// zero, at most 18 digits), else nullopt: such texts and integers map one to one.
[[nodiscard]] std::optional<std::int64_t> canonicalInteger(std::string_view s);

} // namespace sa::import
