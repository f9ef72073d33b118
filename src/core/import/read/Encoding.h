#pragma once
// Text encodings of CRM exports and how the CSV/HTML readers detect them.
//
// Detection (no encoding forced):
//  1. A BOM decides: EF BB BF = UTF-8, FF FE = UTF-16LE, FE FF = UTF-16BE.
//  2. Otherwise the first 4 MiB are checked as UTF-8. Valid and holding multi-byte characters →
//     UTF-8 (validated again while reading, so a later bad byte is an error with its offset).
//     Valid but pure ASCII → the rest of the file is scanned too (fast), and is UTF-8 if valid.
//  3. Invalid: if the sample (or, when the first invalid byte lies beyond it, the 1 MiB from that
//     byte on) holds at least 4 valid multi-byte UTF-8 sequences per invalid byte, the file is broken UTF-8 and is
//     rejected at the first invalid byte (never re-read as a single-byte encoding, which would garble every other
//     character).
//  4. Else a single-byte encoding is chosen from the sample's bytes >= 0x80: Cyrillic text keeps
//     such bytes together in words, Western text has isolated accents. When fewer than half of
//     them follow another high byte → windows-1252 (a superset of Latin-1's letters). Otherwise
//     each of windows-1251, KOI8-R and CP866 decodes the sample and scores it: +3 per frequent
//     lower-case Russian letter (о е а и н т с р в л к м д п у я ы), +1 per other Cyrillic letter,
//     −1 per non-letter; the highest score wins (ties: windows-1251).
// A byte with no character in the chosen encoding (e.g. 0x98 in windows-1251, 0x90 in
// windows-1252) and any NUL are errors naming the byte offset — nothing is replaced.
#include "common/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sa::import::read {

enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1251, Koi8R, Cp866, Windows1252, Latin1 };

/// "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1251", "koi8-r", "cp866", "windows-1252", "iso-8859-1"
[[nodiscard]] const char* encodingName(Encoding e) noexcept;
/// Parses a user-given name (case-insensitive; aliases such as "cp1251", "utf8", "latin1").
[[nodiscard]] std::optional<Encoding> encodingFromName(std::string_view name);
[[nodiscard]] bool isSingleByte(Encoding e) noexcept;

/// The Unicode code point of a byte >= 0x80 in a single-byte encoding; 0 = no character.
[[nodiscard]] char32_t singleByteChar(Encoding e, unsigned char byte) noexcept;
/// Appends the UTF-8 form of a code point.
void appendUtf8(std::string& out, char32_t cp);

/// Streaming UTF-8 validator over a file fed in chunks; also flags NUL bytes.
class Utf8Validator {
public:
    /// Feeds n bytes starting at absolute offset `base`; false at the first problem (see problem()).
    bool feed(const unsigned char* p, std::size_t n, long long base) noexcept;
    /// End of input: false when a sequence was cut off.
    bool finish() noexcept;
    [[nodiscard]] long long problemOffset() const noexcept { return m_problemOffset; }
    /// "invalid UTF-8 (byte 0xE9) at byte offset 12" or "a NUL byte at byte offset 12 (not a text file)"
    [[nodiscard]] std::string problem() const;
    [[nodiscard]] long long multiByteSequences() const noexcept { return m_multi; }

private:
    bool fail(long long offset, unsigned char byte) noexcept;
    bool step(unsigned char c, long long at) noexcept;
    int m_need = 0;
    char32_t m_cp = 0;
    char32_t m_min = 0;
    long long m_start = 0;
    unsigned char m_lead = 0;
    long long m_multi = 0;
    long long m_problemOffset = -1;
    unsigned char m_problemByte = 0;
};

/// Chooses a single-byte encoding for a sample that is not UTF-8 (rule 4 above).
[[nodiscard]] Encoding guessSingleByte(std::string_view sample) noexcept;

} // namespace sa::import::read
