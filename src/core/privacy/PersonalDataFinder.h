#pragma once
// Recognises e-mail addresses and phone numbers inside any text (a CRM cell, a note, a comment).
// The rules (docs/RELIABILITY.md, "Personal data"):
// - e-mail: local@domain with a dot in the domain and a final label of 2+ letters; UTF-8 letters
//   are allowed on both sides (почта@пример.рф);
// - phone: digits with single separators (space, -, ., parentheses) and no letter or digit
//   touching either end, that are "+" and 10–15 digits (E.164), or 11 digits starting with 7 or
//   8 (Russian domestic), or 10 digits with an area code in parentheses, or exactly NNN-NN-NN.
//   Money written in groups of three ("80 000 000 000") is not a phone.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sa::privacy {

enum class PiiKind { Email, Phone };

struct PiiMatch {
    std::size_t begin = 0; ///< byte offsets into the text
    std::size_t end = 0;
    PiiKind kind = PiiKind::Email;
};

/// Every e-mail address and phone number in `text`, in order, not overlapping.
[[nodiscard]] std::vector<PiiMatch> findPersonalData(std::string_view text);
/// True when `text` holds at least one e-mail address or phone number.
[[nodiscard]] bool containsPersonalData(std::string_view text);
/// True when [begin, end) of `text` touches no letter or digit (of any script) on either side.
[[nodiscard]] bool isWholeWord(std::string_view text, std::size_t begin, std::size_t end);
/// A run of letters and digits (any script): bytes [begin, end) of a text.
struct WordSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};
/// The first word starting at or after `from`; begin == end == text.size() when there is none.
[[nodiscard]] WordSpan nextWord(std::string_view text, std::size_t from);
/// The form two spellings of one address or number share: an e-mail lower-cased (ASCII), a phone
/// as its digits with a Russian 8 prefix read as +7 ("8 (916) 123-45-67" = "+7 916 1234567").
[[nodiscard]] std::string canonicalForm(std::string_view value, PiiKind kind);

} // namespace sa::privacy
