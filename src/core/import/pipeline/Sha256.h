#pragma once
// SHA-256 (FIPS 180-4), streaming: identifies an imported file in import_batches.
#include "common/Result.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace sa::import {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    /// The digest as 64 lower-case hex digits; the object must not be updated afterwards.
    [[nodiscard]] std::string hexDigest();
    /// True when the CPU has the SHA extensions (x86-64), which update() then uses.
    [[nodiscard]] static bool hardwareAvailable();
    /// Tests: objects created afterwards use (or not) the SHA extensions when available.
    static void useHardware(bool on);

private:
    void blocks(const unsigned char* p, std::size_t n);
    void block(const unsigned char* p);
    std::array<std::uint32_t, 8> m_h {};
    std::array<unsigned char, 64> m_buf {};
    std::size_t m_used = 0;
    std::uint64_t m_total = 0;
    bool m_hardware = false;
};

/// The SHA-256 of a string.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);
/// The SHA-256 and size of a file, read in chunks.
struct FileDigest {
    std::string sha256;
    long long size = 0;
};
/// `stop` (optional) ends the work early when set; the result is then an Internal error.
Result<FileDigest> sha256File(const std::string& path, const std::atomic<bool>* stop = nullptr);

} // namespace sa::import
