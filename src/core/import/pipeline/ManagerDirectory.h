#pragma once
// One managers row per person. A name in any spelling resolves through manager_aliases
// (alias_key = text::matchKey of the spelling). Merging rules, tried in order (docs/IMPORT.md):
//  1. the same match key (case, ё/е, extra spaces, a trailing dot);
//  2. the words swapped ("Иванов Алексей" = "Алексей Иванов");
//  3. an initial for one word ("Смирнова О.", "А. Васильев") when exactly one known person fits;
//  4. a common Russian short first name ("Катя Попова" = "Екатерина Попова") when exactly one fits.
// Anything else is a new person. prime() sees every spelling first, full names before partial
// ones, so the order of rows does not decide who exists.
#include "common/Result.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace sa::import {

/// Spelling → rows, looked up by string_view without building a string per row.
using SpellingCounts = std::map<std::string, long long, std::less<>>;

class ManagerDirectory {
public:
    /// Loads the managers and aliases already in the project.
    Status load(store::Connection& db);
    /// Registers every distinct spelling of a file (with its row count) before the import pass.
    Status prime(const SpellingCounts& spellings);
    /// The person's id for a spelling (creating the person when no rule matches).
    Result<std::int64_t> resolve(const std::string& spelling);
    /// Without touching the database: the id a spelling resolves to now, or 0.
    [[nodiscard]] std::int64_t find(const std::string& spelling) const;
    [[nodiscard]] long long created() const { return m_created; }
    /// The batch new managers are attributed to (0 = none).
    void setBatch(std::int64_t batch) { m_batch = batch; }
    /// A copy that decides like this one but writes nothing: people it creates get ids -1, -2, ...
    [[nodiscard]] ManagerDirectory dryCopy() const;
    /// The name of a person created by this directory ("" for people loaded from the project).
    [[nodiscard]] std::string createdName(std::int64_t id) const;

private:
    struct Person {
        std::int64_t id;
        std::vector<std::string> words; ///< of the canonical name's match key
    };
    std::int64_t matchByRules(const std::vector<std::string>& words) const;
    Status addAlias(const std::string& key, const std::string& spelling, std::int64_t id);
    Result<std::int64_t> create(const std::string& spelling, const std::string& key);

    store::Connection* m_db = nullptr;
    std::unordered_map<std::string, std::int64_t> m_byKey;
    std::vector<Person> m_people;
    long long m_created = 0;
    std::int64_t m_batch = 0;
    std::unordered_map<std::int64_t, std::string> m_createdNames;
};

/// Words of a match key with inner dots removed ("о." → "о").
[[nodiscard]] std::vector<std::string> nameWords(const std::string& key);

} // namespace sa::import
