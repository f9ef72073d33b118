#pragma once
// Keyed pseudonyms: HMAC-SHA-256 under the user's key (PseudonymKey), written as short
// Crockford base-32 tokens. Equal inputs give equal pseudonyms under one key — across imports,
// tables and project files — so joins and counts survive; without the key a pseudonym cannot be
// linked back to a name by hashing guesses.
#include "NameMatcher.h"
#include "PersonalDataFinder.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sa::privacy {

class Pseudonymiser {
public:
    explicit Pseudonymiser(std::string key)
        : m_key(std::move(key))
    {
    }

    /// `chars` base-32 characters (5 bits each) of HMAC(key, domain NUL value).
    [[nodiscard]] std::string token(std::string_view domain, std::string_view value, std::size_t chars) const;
    /// A person: "<label> <8 chars>"; one token per person whatever the label or spelling
    /// (the name's text::matchKey), so "Manager K3…" and "Respondent K3…" are the same person.
    [[nodiscard]] std::string person(std::string_view label, std::string_view name) const;
    /// A client (name, key or reference): "Client <12 chars>" of the value's match key.
    [[nodiscard]] std::string client(std::string_view value) const;
    /// A deal name: "Deal <12 chars>".
    [[nodiscard]] std::string deal(std::string_view name) const;
    /// The INN of a person (12 digits): "INN <12 chars>"; other values are returned unchanged.
    [[nodiscard]] std::string personInn(std::string_view inn) const;

    /// A name to replace by its pseudonym wherever it is mentioned in free text: a person's by any
    /// part and in Russian case forms, a client's whole (NameMatcher says how).
    void addKnownName(std::string_view name, std::string pseudonym, NameMatcher::Kind kind = NameMatcher::Kind::Person);
    /// The text with every e-mail ("[e-mail TOKEN]"), phone ("[phone TOKEN]") and known name
    /// replaced; the tokens come from canonicalForm(), so spellings of one number agree.
    [[nodiscard]] std::string scrub(std::string_view text) const;
    /// True when scrub() would change `text`.
    [[nodiscard]] bool needsScrub(std::string_view text) const;

private:
    struct Hit {
        std::size_t begin, end;
        std::string replacement;
    };
    void findKnownNames(std::string_view text, std::vector<Hit>& hits) const;

    std::string m_key;
    NameMatcher m_names;
};

} // namespace sa::privacy
