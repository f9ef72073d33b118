#pragma once
// Finds known names inside free text as whole words, case-insensitively, in one pass over the
// text's words (hash lookups, so a project's 250 000 client names cost no more than ten).
// - A person's name matches by any of its parts, in any order, and in Russian case forms:
//   "Иванову Алексею", "у Алексея", "Морозовой" (docs/RELIABILITY.md, "Personal data", lists the
//   endings and what is knowingly missed).
// - A client's name matches as its whole sequence of words, without a legal form
//   ("ООО «Ромашка»" is found as "Ромашка"); so is a person's name with a legal form or a digit
//   in it (an NPS respondent is often a company).
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sa::privacy {

class NameMatcher {
public:
    enum class Kind { Person, Client };

    /// Registers `name`; its mentions become `replacement`. Parts shorter than three letters are
    /// never matched alone (initials, "Ян").
    void add(std::string_view name, std::string replacement, Kind kind);

    struct Hit {
        std::size_t begin = 0, end = 0; ///< byte offsets into the text
        const std::string* replacement = nullptr;
    };
    /// Every mention in `text`, in order, not overlapping; a run of words naming one person is one
    /// hit. A part shared by two known people ("Алексей") becomes kAmbiguousPerson.
    void find(std::string_view text, std::vector<Hit>& hits) const;
    [[nodiscard]] bool empty() const noexcept { return m_entries.empty(); }

    static const std::string kAmbiguousPerson; ///< "[person]"

private:
    struct Entry {
        std::vector<std::string> words; ///< folded
        std::string replacement;
        Kind kind = Kind::Person;
    };
    struct Ref {
        std::size_t entry = 0;
        std::size_t word = 0;
        bool inflected = false; ///< the key is a stem: a case ending must follow
    };
    struct Word {
        std::size_t begin = 0, end = 0;
        std::string_view folded;
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
    };
    using Index = std::unordered_map<std::string, std::vector<Ref>, StringHash, std::equal_to<>>;

    void index(std::string key, Ref ref);
    std::vector<Ref> lookup(std::string_view word) const;
    /// Words from i (before `reach`) naming one client / one person; 0 when word i names none.
    std::size_t clientRun(
        const std::vector<Word>& words, std::size_t i, std::size_t reach, const std::string*& replacement) const;
    std::size_t personRun(
        const std::vector<Word>& words, std::size_t i, std::size_t reach, const std::string*& replacement) const;

    std::vector<Entry> m_entries;
    Index m_index;
    std::size_t m_longestName = 0; ///< in words
};

} // namespace sa::privacy
