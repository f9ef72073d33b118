#pragma once
// Turning user text into a safe FTS5 query, and the text normalisation shared by the index and
// the query.
//
// What the evidence_fts tokenizer (unicode61 remove_diacritics 2) does and does not do, checked
// against SQLite 3.40: it folds case for Cyrillic and Latin ("ЁЛКА" = "ёлка"), removes Latin
// diacritics ("Éclair" = "eclair"), but keeps ё distinct from е and has no stemming ("звонок" does
// not match "Звонки"). So we add two steps of our own:
//  - ё/Ё are written to the index and to queries as е/Е (normaliseForIndex), so "ЁЛКА" finds "елка";
//  - a word of 5+ letters also matches by its stem prefix (the word minus its last two letters), so
//    "звонок" finds "Звонки" and "клиентами" finds "клиент". A crude ending-insensitive match, not a
//    stemmer: it may over-match short stems; an explicit "prefix*" is never expanded further.
#include <string>

namespace sa::evidence {

/// ё → е, Ё → Е; everything else unchanged.
[[nodiscard]] std::string normaliseForIndex(const std::string& text);

/// Every whitespace-separated user word becomes a quoted FTS5 string (quotes doubled), so
/// operators, parentheses, colons and quotes in user input are plain text. A trailing '*' keeps a
/// prefix query. Words are ANDed. Returns "" when the text holds no word.
[[nodiscard]] std::string toFtsQuery(const std::string& userText);

} // namespace sa::evidence
