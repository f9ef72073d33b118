#pragma once
// UTF-8 text helpers shared by import, store and scoring.
#include <string>
#include <string_view>
#include <vector>

namespace sa::text {

/// Strips ASCII whitespace and the Unicode spaces U+00A0, U+202F, U+2009 at both ends.
[[nodiscard]] std::string_view trim(std::string_view s) noexcept;
/// Lower-cases ASCII and Cyrillic letters (incl. Ё/ё → е), leaves everything else as is.
[[nodiscard]] std::string foldCase(std::string_view s);
/// The key used to match enumeration values and names: trimmed, inner whitespace runs collapsed
/// to one space, case folded, ё → е, a trailing dot removed ("Марина  Ёлкина." → "марина елкина").
[[nodiscard]] std::string matchKey(std::string_view s);
/// True when s is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view s) noexcept;
/// Splits on a single-byte separator, keeping empty fields.
[[nodiscard]] std::vector<std::string_view> split(std::string_view s, char sep);
[[nodiscard]] bool startsWith(std::string_view s, std::string_view prefix) noexcept;
[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view sep);

} // namespace sa::text
