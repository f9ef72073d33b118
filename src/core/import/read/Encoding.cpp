#include "import/read/Encoding.h"

#include "common/Text.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace sa::import::read {

namespace {

// Bytes 0x80-0xFF of cp1251; 0 = no character (the byte is rejected).
constexpr std::array<char16_t, 128> kCp1251 { {
    0x0402,
    0x0403,
    0x201A,
    0x0453,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x20AC,
    0x2030,
    0x0409,
    0x2039,
    0x040A,
    0x040C,
    0x040B,
    0x040F,
    0x0452,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x0000,
    0x2122,
    0x0459,
    0x203A,
    0x045A,
    0x045C,
    0x045B,
    0x045F,
    0x00A0,
    0x040E,
    0x045E,
    0x0408,
    0x00A4,
    0x0490,
    0x00A6,
    0x00A7,
    0x0401,
    0x00A9,
    0x0404,
    0x00AB,
    0x00AC,
    0x00AD,
    0x00AE,
    0x0407,
    0x00B0,
    0x00B1,
    0x0406,
    0x0456,
    0x0491,
    0x00B5,
    0x00B6,
    0x00B7,
    0x0451,
    0x2116,
    0x0454,
    0x00BB,
    0x0458,
    0x0405,
    0x0455,
    0x0457,
    0x0410,
    0x0411,
    0x0412,
    0x0413,
    0x0414,
    0x0415,
    0x0416,
    0x0417,
    0x0418,
    0x0419,
    0x041A,
    0x041B,
    0x041C,
    0x041D,
    0x041E,
    0x041F,
    0x0420,
    0x0421,
    0x0422,
    0x0423,
    0x0424,
    0x0425,
    0x0426,
    0x0427,
    0x0428,
    0x0429,
    0x042A,
    0x042B,
    0x042C,
    0x042D,
    0x042E,
    0x042F,
    0x0430,
    0x0431,
    0x0432,
    0x0433,
    0x0434,
    0x0435,
    0x0436,
    0x0437,
    0x0438,
    0x0439,
    0x043A,
    0x043B,
    0x043C,
    0x043D,
    0x043E,
    0x043F,
    0x0440,
    0x0441,
    0x0442,
    0x0443,
    0x0444,
    0x0445,
    0x0446,
    0x0447,
    0x0448,
    0x0449,
    0x044A,
    0x044B,
    0x044C,
    0x044D,
    0x044E,
    0x044F,
} };

// Bytes 0x80-0xFF of koi8_r; 0 = no character (the byte is rejected).
constexpr std::array<char16_t, 128> kKoi8r { {
    0x2500,
    0x2502,
    0x250C,
    0x2510,
    0x2514,
    0x2518,
    0x251C,
    0x2524,
    0x252C,
    0x2534,
    0x253C,
    0x2580,
    0x2584,
    0x2588,
    0x258C,
    0x2590,
    0x2591,
    0x2592,
    0x2593,
    0x2320,
    0x25A0,
    0x2219,
    0x221A,
    0x2248,
    0x2264,
    0x2265,
    0x00A0,
    0x2321,
    0x00B0,
    0x00B2,
    0x00B7,
    0x00F7,
    0x2550,
    0x2551,
    0x2552,
    0x0451,
    0x2553,
    0x2554,
    0x2555,
    0x2556,
    0x2557,
    0x2558,
    0x2559,
    0x255A,
    0x255B,
    0x255C,
    0x255D,
    0x255E,
    0x255F,
    0x2560,
    0x2561,
    0x0401,
    0x2562,
    0x2563,
    0x2564,
    0x2565,
    0x2566,
    0x2567,
    0x2568,
    0x2569,
    0x256A,
    0x256B,
    0x256C,
    0x00A9,
    0x044E,
    0x0430,
    0x0431,
    0x0446,
    0x0434,
    0x0435,
    0x0444,
    0x0433,
    0x0445,
    0x0438,
    0x0439,
    0x043A,
    0x043B,
    0x043C,
    0x043D,
    0x043E,
    0x043F,
    0x044F,
    0x0440,
    0x0441,
    0x0442,
    0x0443,
    0x0436,
    0x0432,
    0x044C,
    0x044B,
    0x0437,
    0x0448,
    0x044D,
    0x0449,
    0x0447,
    0x044A,
    0x042E,
    0x0410,
    0x0411,
    0x0426,
    0x0414,
    0x0415,
    0x0424,
    0x0413,
    0x0425,
    0x0418,
    0x0419,
    0x041A,
    0x041B,
    0x041C,
    0x041D,
    0x041E,
    0x041F,
    0x042F,
    0x0420,
    0x0421,
    0x0422,
    0x0423,
    0x0416,
    0x0412,
    0x042C,
    0x042B,
    0x0417,
    0x0428,
    0x042D,
    0x0429,
    0x0427,
    0x042A,
} };

// Bytes 0x80-0xFF of cp866; 0 = no character (the byte is rejected).
constexpr std::array<char16_t, 128> kCp866 { {
    0x0410,
    0x0411,
    0x0412,
    0x0413,
    0x0414,
    0x0415,
    0x0416,
    0x0417,
    0x0418,
    0x0419,
    0x041A,
    0x041B,
    0x041C,
    0x041D,
    0x041E,
    0x041F,
    0x0420,
    0x0421,
    0x0422,
    0x0423,
    0x0424,
    0x0425,
    0x0426,
    0x0427,
    0x0428,
    0x0429,
    0x042A,
    0x042B,
    0x042C,
    0x042D,
    0x042E,
    0x042F,
    0x0430,
    0x0431,
    0x0432,
    0x0433,
    0x0434,
    0x0435,
    0x0436,
    0x0437,
    0x0438,
    0x0439,
    0x043A,
    0x043B,
    0x043C,
    0x043D,
    0x043E,
    0x043F,
    0x2591,
    0x2592,
    0x2593,
    0x2502,
    0x2524,
    0x2561,
    0x2562,
    0x2556,
    0x2555,
    0x2563,
    0x2551,
    0x2557,
    0x255D,
    0x255C,
    0x255B,
    0x2510,
    0x2514,
    0x2534,
    0x252C,
    0x251C,
    0x2500,
    0x253C,
    0x255E,
    0x255F,
    0x255A,
    0x2554,
    0x2569,
    0x2566,
    0x2560,
    0x2550,
    0x256C,
    0x2567,
    0x2568,
    0x2564,
    0x2565,
    0x2559,
    0x2558,
    0x2552,
    0x2553,
    0x256B,
    0x256A,
    0x2518,
    0x250C,
    0x2588,
    0x2584,
    0x258C,
    0x2590,
    0x2580,
    0x0440,
    0x0441,
    0x0442,
    0x0443,
    0x0444,
    0x0445,
    0x0446,
    0x0447,
    0x0448,
    0x0449,
    0x044A,
    0x044B,
    0x044C,
    0x044D,
    0x044E,
    0x044F,
    0x0401,
    0x0451,
    0x0404,
    0x0454,
    0x0407,
    0x0457,
    0x040E,
    0x045E,
    0x00B0,
    0x2219,
    0x00B7,
    0x221A,
    0x2116,
    0x00A4,
    0x25A0,
    0x00A0,
} };

// Bytes 0x80-0xFF of cp1252; 0 = no character (the byte is rejected).
constexpr std::array<char16_t, 128> kCp1252 { {
    0x20AC,
    0x0000,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x0000,
    0x017D,
    0x0000,
    0x0000,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x0000,
    0x017E,
    0x0178,
    0x00A0,
    0x00A1,
    0x00A2,
    0x00A3,
    0x00A4,
    0x00A5,
    0x00A6,
    0x00A7,
    0x00A8,
    0x00A9,
    0x00AA,
    0x00AB,
    0x00AC,
    0x00AD,
    0x00AE,
    0x00AF,
    0x00B0,
    0x00B1,
    0x00B2,
    0x00B3,
    0x00B4,
    0x00B5,
    0x00B6,
    0x00B7,
    0x00B8,
    0x00B9,
    0x00BA,
    0x00BB,
    0x00BC,
    0x00BD,
    0x00BE,
    0x00BF,
    0x00C0,
    0x00C1,
    0x00C2,
    0x00C3,
    0x00C4,
    0x00C5,
    0x00C6,
    0x00C7,
    0x00C8,
    0x00C9,
    0x00CA,
    0x00CB,
    0x00CC,
    0x00CD,
    0x00CE,
    0x00CF,
    0x00D0,
    0x00D1,
    0x00D2,
    0x00D3,
    0x00D4,
    0x00D5,
    0x00D6,
    0x00D7,
    0x00D8,
    0x00D9,
    0x00DA,
    0x00DB,
    0x00DC,
    0x00DD,
    0x00DE,
    0x00DF,
    0x00E0,
    0x00E1,
    0x00E2,
    0x00E3,
    0x00E4,
    0x00E5,
    0x00E6,
    0x00E7,
    0x00E8,
    0x00E9,
    0x00EA,
    0x00EB,
    0x00EC,
    0x00ED,
    0x00EE,
    0x00EF,
    0x00F0,
    0x00F1,
    0x00F2,
    0x00F3,
    0x00F4,
    0x00F5,
    0x00F6,
    0x00F7,
    0x00F8,
    0x00F9,
    0x00FA,
    0x00FB,
    0x00FC,
    0x00FD,
    0x00FE,
    0x00FF,
} };
bool isFrequentRussian(char32_t cp) noexcept
{
    static constexpr std::u32string_view kFrequent = U"оеаинтсрвлкмдпуяы";
    return kFrequent.find(cp) != std::u32string_view::npos;
}

long long cyrillicScore(Encoding e, std::string_view sample) noexcept
{
    long long score = 0;
    for (char ch : sample) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            continue;
        const char32_t cp = singleByteChar(e, b);
        if (isFrequentRussian(cp))
            score += 3;
        else if ((cp >= 0x410 && cp <= 0x44F) || cp == 0x401 || cp == 0x451)
            score += 1;
        else
            score -= 1;
    }
    return score;
}

} // namespace

const char* encodingName(Encoding e) noexcept
{
    switch (e) {
    case Encoding::Utf8:
        return "utf-8";
    case Encoding::Utf8Bom:
        return "utf-8-bom";
    case Encoding::Utf16Le:
        return "utf-16le";
    case Encoding::Utf16Be:
        return "utf-16be";
    case Encoding::Windows1251:
        return "windows-1251";
    case Encoding::Koi8R:
        return "koi8-r";
    case Encoding::Cp866:
        return "cp866";
    case Encoding::Windows1252:
        return "windows-1252";
    case Encoding::Latin1:
        return "iso-8859-1";
    }
    return "?";
}

std::optional<Encoding> encodingFromName(std::string_view name)
{
    std::string key = text::foldCase(text::trim(name));
    std::erase(key, '_');
    static constexpr std::array<std::pair<std::string_view, Encoding>, 19> kNames { {
        { "utf-8", Encoding::Utf8 },
        { "utf8", Encoding::Utf8 },
        { "utf-8-bom", Encoding::Utf8Bom },
        { "utf-16le", Encoding::Utf16Le },
        { "utf-16be", Encoding::Utf16Be },
        { "windows-1251", Encoding::Windows1251 },
        { "cp1251", Encoding::Windows1251 },
        { "win1251", Encoding::Windows1251 },
        { "koi8-r", Encoding::Koi8R },
        { "koi8r", Encoding::Koi8R },
        { "cp866", Encoding::Cp866 },
        { "ibm866", Encoding::Cp866 },
        { "windows-1252", Encoding::Windows1252 },
        { "cp1252", Encoding::Windows1252 },
        { "latin-1", Encoding::Latin1 },
        { "latin1", Encoding::Latin1 },
        { "iso-8859-1", Encoding::Latin1 },
        { "utf-16", Encoding::Utf16Le },
        { "unicode", Encoding::Utf16Le },
    } };
    for (const auto& [n, e] : kNames)
        if (key == n)
            return e;
    return std::nullopt;
}

bool isSingleByte(Encoding e) noexcept
{
    return e == Encoding::Windows1251 || e == Encoding::Koi8R || e == Encoding::Cp866 || e == Encoding::Windows1252
        || e == Encoding::Latin1;
}

char32_t singleByteChar(Encoding e, unsigned char b) noexcept
{
    if (b < 0x80)
        return b;
    const std::size_t i = b - 0x80u;
    switch (e) {
    case Encoding::Windows1251:
        return kCp1251[i];
    case Encoding::Koi8R:
        return kKoi8r[i];
    case Encoding::Cp866:
        return kCp866[i];
    case Encoding::Windows1252:
        return kCp1252[i];
    case Encoding::Latin1:
        return b;
    default:
        return 0;
    }
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool Utf8Validator::fail(long long offset, unsigned char byte) noexcept
{
    m_problemOffset = offset;
    m_problemByte = byte;
    return false;
}

// Whole sequences inside the buffer are checked inline (the common case, Cyrillic is all
// two-byte); only a sequence cut by the buffer's end goes through the resumable state machine.
bool Utf8Validator::feed(const unsigned char* p, std::size_t n, long long base) noexcept
{
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
    const auto cont = [&](std::size_t k) { return (p[k] & 0xC0) == 0x80; };
    std::size_t i = 0;
    while (i < n) {
        if (m_need == 0) {
            if (i + 8 <= n) { // ASCII fast path, 8 bytes at a time, NUL-free
                std::uint64_t v;
                std::memcpy(&v, p + i, 8);
                if (((v | ((v - kOnes) & ~v)) & kHigh) == 0) {
                    i += 8;
                    continue;
                }
            }
            const unsigned char c = p[i];
            if (c >= 0x01 && c < 0x80) {
                ++i;
                continue;
            }
            if (c >= 0xC2 && c <= 0xDF && i + 1 < n) {
                if (!cont(i + 1))
                    return fail(base + static_cast<long long>(i), c);
                i += 2;
                ++m_multi;
                continue;
            }
            if (c >= 0xE0 && c <= 0xEF && i + 2 < n) {
                const unsigned char c1 = p[i + 1];
                if (!cont(i + 1) || !cont(i + 2) || (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))
                    return fail(base + static_cast<long long>(i), c);
                i += 3;
                ++m_multi;
                continue;
            }
        }
        if (!step(p[i], base + static_cast<long long>(i)))
            return false;
        ++i;
    }
    return true;
}

bool Utf8Validator::step(unsigned char c, long long at) noexcept
{
    if (m_need > 0) {
        if ((c & 0xC0) != 0x80)
            return fail(m_start, m_lead);
        m_cp = (m_cp << 6) | (c & 0x3F);
        if (--m_need == 0) {
            if (m_cp < m_min || m_cp > 0x10FFFF || (m_cp >= 0xD800 && m_cp <= 0xDFFF))
                return fail(m_start, m_lead);
            ++m_multi;
        }
        return true;
    }
    if (c == 0)
        return fail(at, c);
    if (c < 0x80)
        return true;
    m_start = at;
    m_lead = c;
    if ((c & 0xE0) == 0xC0) {
        m_need = 1;
        m_cp = c & 0x1F;
        m_min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        m_need = 2;
        m_cp = c & 0x0F;
        m_min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        m_need = 3;
        m_cp = c & 0x07;
        m_min = 0x10000;
    } else
        return fail(at, c);
    return true;
}

bool Utf8Validator::finish() noexcept
{
    return m_need == 0 || fail(m_start, m_lead);
}

std::string Utf8Validator::problem() const
{
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", m_problemByte);
    if (m_problemByte == 0)
        return "a NUL byte at byte offset " + std::to_string(m_problemOffset) + " (not a text file)";
    return std::string("invalid UTF-8 (byte ") + hex + ") at byte offset " + std::to_string(m_problemOffset);
}

Encoding guessSingleByte(std::string_view sample) noexcept
{
    long long high = 0, adjacent = 0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        if (static_cast<unsigned char>(sample[i]) < 0x80)
            continue;
        ++high;
        if (i > 0 && static_cast<unsigned char>(sample[i - 1]) >= 0x80)
            ++adjacent;
    }
    if (adjacent * 2 < high)
        return Encoding::Windows1252;
    Encoding best = Encoding::Windows1251;
    long long bestScore = cyrillicScore(best, sample);
    for (Encoding e : { Encoding::Koi8R, Encoding::Cp866 }) {
        const long long s = cyrillicScore(e, sample);
        if (s > bestScore) {
            best = e;
            bestScore = s;
        }
    }
    return best;
}

} // namespace sa::import::read
