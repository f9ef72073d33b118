#include "import/read/TextDecoder.h"

#include "common/Text.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace sa::import::read {

namespace {
std::string hexByte(unsigned char b)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", b);
    return buf;
}

// Valid multi-byte UTF-8 sequences and invalid bytes in a sample, resynchronising after each bad byte.
std::pair<long long, long long> utf8Census(std::string_view s)
{
    long long valid = 0, invalid = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        if (len == 1) {
            ++i;
        } else if (len && i + len <= s.size() && text::isValidUtf8(s.substr(i, len))) {
            ++valid;
            i += len;
        } else {
            ++invalid;
            ++i;
        }
    }
    return { valid, invalid };
}
} // namespace

TextDecoder::~TextDecoder()
{
    if (m_file)
        std::fclose(m_file);
}

Result<std::unique_ptr<TextDecoder>> TextDecoder::open(
    const std::string& path, const std::optional<std::string>& forced, std::size_t chunkSize)
{
    std::unique_ptr<TextDecoder> d(new TextDecoder);
    d->m_path = path;
    d->m_chunk = std::max<std::size_t>(chunkSize, 16);
    d->m_file = std::fopen(path.c_str(), "rb");
    if (!d->m_file)
        return Error::rejected("cannot open the file", path);
    std::error_code ec;
    d->m_size = static_cast<long long>(std::filesystem::file_size(path, ec));
    d->m_raw.resize(d->m_chunk + 4);
    if (auto st = d->detect(forced); !st)
        return st.error();
    return d;
}

std::size_t TextDecoder::readRaw()
{
    m_rawLen = std::fread(m_raw.data(), 1, m_chunk, m_file);
    return m_rawLen;
}

Status TextDecoder::detect(const std::optional<std::string>& forced)
{
    unsigned char head[3] = { 0, 0, 0 };
    const std::size_t n = std::fread(head, 1, 3, m_file);
    if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) {
        m_encoding = Encoding::Utf8Bom;
        m_bom = 3;
    } else if (n >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))) {
        m_encoding = head[0] == 0xFF ? Encoding::Utf16Le : Encoding::Utf16Be;
        m_bom = 2;
    }
    if (forced) {
        const auto e = encodingFromName(*forced);
        if (!e)
            return Error::usage("unknown encoding '" + *forced
                + "' (utf-8, utf-16le, utf-16be, windows-1251, koi8-r, "
                  "cp866, windows-1252, iso-8859-1)");
        const bool bomMatches
            = (m_bom == 3 && (*e == Encoding::Utf8 || *e == Encoding::Utf8Bom)) || (m_bom == 2 && m_encoding == *e);
        if (!bomMatches)
            m_bom = 0;
        const bool utf8 = *e == Encoding::Utf8 || *e == Encoding::Utf8Bom;
        m_encoding = utf8 ? (m_bom == 3 ? Encoding::Utf8Bom : Encoding::Utf8) : *e;
    }
    m_detected = !forced && m_bom == 0;
    std::fseek(m_file, m_bom, SEEK_SET);
    m_offset = m_bom;
    m_utf8 = m_encoding == Encoding::Utf8 || m_encoding == Encoding::Utf8Bom;
    if (!m_utf8)
        return {};
    return scanUtf8();
}

// Chooses between UTF-8 and a single-byte encoding (rules in Encoding.h).
Status TextDecoder::scanUtf8()
{
    std::string sample(kSampleSize, '\0');
    sample.resize(std::fread(sample.data(), 1, sample.size(), m_file));
    const bool whole = m_bom + static_cast<long long>(sample.size()) >= m_size;
    Utf8Validator v;
    bool ok = v.feed(reinterpret_cast<const unsigned char*>(sample.data()), sample.size(), m_bom);
    if (ok && !whole && v.multiByteSequences() == 0) {
        // Pure ASCII so far: the rest decides; when it is all valid, reading need not check again.
        long long offset = m_bom + static_cast<long long>(sample.size());
        while (ok && readRaw() > 0) {
            ok = v.feed(m_raw.data(), m_rawLen, offset);
            offset += static_cast<long long>(m_rawLen);
        }
        m_validate = !(ok && v.finish());
        ok = ok && !m_validate;
    } else if (ok && whole) {
        ok = v.finish();
    }
    std::fseek(m_file, m_bom, SEEK_SET);
    if (ok || !m_detected || v.problem().rfind("invalid", 0) != 0)
        return {}; // UTF-8; a NUL or a bad byte is reported where the reading meets it
    if (v.problemOffset() >= m_bom + static_cast<long long>(sample.size())) {
        std::fseek(m_file, v.problemOffset(), SEEK_SET);
        sample.assign(reinterpret_cast<const char*>(m_raw.data()), readRaw());
        std::fseek(m_file, m_bom, SEEK_SET);
    }
    const auto [valid, invalid] = utf8Census(sample);
    if (valid >= invalid * 4)
        return {}; // broken UTF-8: rejected at the bad byte
    m_encoding = guessSingleByte(sample);
    m_utf8 = false;
    m_note = "not UTF-8 (first invalid byte at offset " + std::to_string(v.problemOffset()) + "); decoded as "
        + encodingName(m_encoding) + " by byte statistics";
    return {};
}

Result<std::string_view> TextDecoder::next()
{
    if (!m_pendingError.empty())
        return Error::rejected(m_pendingError);
    if (m_utf8)
        return nextUtf8();
    if (m_encoding == Encoding::Utf16Le || m_encoding == Encoding::Utf16Be)
        return nextUtf16();
    return nextSingleByte();
}

// Hands out the file's bytes as they are, checking them unless the scan already proved them.
// A character cut by the chunk's end is held back for the next call.
Result<std::string_view> TextDecoder::nextUtf8()
{
    std::memcpy(m_raw.data(), m_tail, m_tailLen);
    const std::size_t n = m_tailLen + std::fread(m_raw.data() + m_tailLen, 1, m_chunk, m_file);
    const long long start = m_offset;
    std::size_t keep = n;
    if (n > m_tailLen && !std::feof(m_file)) {
        std::size_t k = 1;
        while (k <= 3 && k <= n && (m_raw[n - k] & 0xC0) == 0x80)
            ++k;
        const unsigned char lead = k <= n ? m_raw[n - k] : 0;
        const std::size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (k <= 3 && k <= n && lead >= 0xC0 && k < len)
            keep = n - k;
    }
    m_tailLen = n - keep;
    std::memcpy(m_tail, m_raw.data() + keep, m_tailLen);
    m_offset += static_cast<long long>(keep);
    if (m_validate) {
        Utf8Validator v;
        const bool atEnd = keep == n;
        if (!v.feed(m_raw.data(), keep, start) || (atEnd && std::feof(m_file) && !v.finish())) {
            m_pendingError = v.problem();
            keep = static_cast<std::size_t>(v.problemOffset() - start);
            if (keep == 0)
                return Error::rejected(m_pendingError);
        }
    }
    return std::string_view(reinterpret_cast<const char*>(m_raw.data()), keep);
}

std::string TextDecoder::undecodable(unsigned char byte, long long offset) const
{
    std::string msg = "byte " + hexByte(byte) + " at byte offset " + std::to_string(offset) + " is not a character in "
        + encodingName(m_encoding);
    if (m_detected)
        msg += " (detected: the file is not UTF-8 and may mix encodings; re-save it as UTF-8)";
    return msg;
}

Result<std::string_view> TextDecoder::nextSingleByte()
{
    m_out.clear();
    const std::size_t n = readRaw();
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char b = m_raw[i];
        const long long at = m_offset + static_cast<long long>(i);
        const char32_t cp = singleByteChar(m_encoding, b);
        if (b == 0 || cp == 0) {
            m_pendingError = b == 0 ? "a NUL byte at byte offset " + std::to_string(at) + " (not a text file)"
                                    : undecodable(b, at);
            m_offset = at;
            if (m_out.empty())
                return Error::rejected(m_pendingError);
            return std::string_view(m_out);
        }
        if (b < 0x80)
            m_out += static_cast<char>(b);
        else
            appendUtf8(m_out, cp);
    }
    m_offset += static_cast<long long>(n);
    return std::string_view(m_out);
}

Result<std::string_view> TextDecoder::nextUtf16()
{
    m_out.clear();
    const std::size_t n = readRaw();
    const bool le = m_encoding == Encoding::Utf16Le;
    std::size_t i = 0;
    auto fail = [&](std::string msg) -> Result<std::string_view> {
        m_pendingError = std::move(msg);
        if (m_out.empty())
            return Error::rejected(m_pendingError);
        return std::string_view(m_out);
    };
    if (n == 0 && (m_carry >= 0 || m_highSurrogate))
        return fail("the UTF-16 text ends in the middle of a character at byte offset "
            + std::to_string(m_offset - (m_carry >= 0 ? 1 : 0) - (m_highSurrogate ? 2 : 0)));
    while (i < n) {
        const long long at = m_offset + static_cast<long long>(i) - (m_carry >= 0 ? 1 : 0);
        unsigned b0, b1;
        if (m_carry >= 0) {
            b0 = static_cast<unsigned>(m_carry);
            b1 = m_raw[i++];
            m_carry = -1;
        } else if (i + 1 < n) {
            b0 = m_raw[i];
            b1 = m_raw[i + 1];
            i += 2;
        } else {
            m_carry = m_raw[i++];
            break;
        }
        const char32_t unit = le ? (b1 << 8 | b0) : (b0 << 8 | b1);
        if (m_highSurrogate) {
            if (unit < 0xDC00 || unit > 0xDFFF)
                return fail("an unpaired UTF-16 surrogate before byte offset " + std::to_string(at));
            appendUtf8(m_out, 0x10000 + ((m_highSurrogate - 0xD800) << 10) + (unit - 0xDC00));
            m_highSurrogate = 0;
        } else if (unit >= 0xD800 && unit <= 0xDBFF) {
            m_highSurrogate = unit;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return fail("an unpaired UTF-16 surrogate at byte offset " + std::to_string(at));
        } else if (unit == 0) {
            return fail("a NUL character at byte offset " + std::to_string(at) + " (not a text file)");
        } else {
            appendUtf8(m_out, unit);
        }
    }
    m_offset += static_cast<long long>(n);
    if (m_out.empty() && n > 0)
        return nextUtf16(); // a chunk holding only half a character
    return std::string_view(m_out);
}

} // namespace sa::import::read
