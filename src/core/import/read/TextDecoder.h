#pragma once
// A text file read in fixed-size chunks and handed out as UTF-8, whatever its encoding.
// Memory stays bounded by the chunk size; the file is never read whole.
#include "common/Result.h"
#include "import/read/Encoding.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sa::import::read {

class TextDecoder {
public:
    static constexpr std::size_t kChunkSize = 1 << 20; ///< 1 MiB per read
    static constexpr std::size_t kSampleSize = 4 << 20; ///< bytes examined to guess a single-byte encoding

    /// Opens `path`, detects (or takes `forced`) the encoding — see Encoding.h for the rules.
    static Result<std::unique_ptr<TextDecoder>> open(
        const std::string& path, const std::optional<std::string>& forced, std::size_t chunkSize = kChunkSize);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    /// The next piece of UTF-8 text; an empty view = end of file. The view stays valid until the
    /// next call. An undecodable byte is an error whose message names its byte offset (the
    /// caller adds file, row and column); the text before it has been handed out first.
    Result<std::string_view> next();

    [[nodiscard]] Encoding encoding() const noexcept { return m_encoding; }
    /// How the encoding was chosen, for SourceInfo::notes ("" when UTF-8 without BOM).
    [[nodiscard]] const std::string& note() const noexcept { return m_note; }
    [[nodiscard]] long long size() const noexcept { return m_size; }
    /// Raw bytes consumed so far.
    [[nodiscard]] long long consumed() const noexcept { return m_offset; }
    /// True when decoded offsets equal file offsets minus the BOM (UTF-8).
    [[nodiscard]] bool identityOffsets() const noexcept { return m_utf8; }
    [[nodiscard]] long long bomLength() const noexcept { return m_bom; }

private:
    TextDecoder() = default;
    Status detect(const std::optional<std::string>& forced);
    Status scanUtf8();
    std::size_t readRaw();
    Result<std::string_view> nextUtf8();
    Result<std::string_view> nextUtf16();
    Result<std::string_view> nextSingleByte();
    std::string undecodable(unsigned char byte, long long offset) const;

    std::FILE* m_file = nullptr;
    std::string m_path;
    Encoding m_encoding = Encoding::Utf8;
    bool m_utf8 = true;
    bool m_detected = false;
    std::string m_note;
    long long m_size = 0;
    long long m_bom = 0;
    long long m_offset = 0; ///< file offset of the next unread byte
    bool m_validate = true; ///< UTF-8: check while reading (false once the scan proved the file)
    unsigned char m_tail[4] = {}; ///< UTF-8: a character cut by the previous chunk's end
    std::size_t m_tailLen = 0;
    std::string m_pendingError; ///< reported on the next call, after the good text before it
    std::vector<unsigned char> m_raw;
    std::size_t m_rawLen = 0;
    std::string m_out;
    std::size_t m_chunk = kChunkSize;
    int m_carry = -1; ///< UTF-16: a byte left over from the previous chunk
    char32_t m_highSurrogate = 0; ///< UTF-16: waiting for its low half
};

} // namespace sa::import::read
