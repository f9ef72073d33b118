#include "Hmac.h"

#include "import/pipeline/Sha256.h"

#include <string>

namespace sa::privacy {

namespace {

constexpr std::size_t kBlock = 64;

// Sha256 gives hex; HMAC feeds the inner digest's raw bytes to the outer hash.
std::string rawSha256(std::string_view a, std::string_view b)
{
    import::Sha256 h;
    h.update(a);
    h.update(b);
    const std::string hex = h.hexDigest();
    std::string raw(hex.size() / 2, '\0');
    auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    for (std::size_t i = 0; i < raw.size(); ++i)
        raw[i] = static_cast<char>((nibble(hex[2 * i]) << 4) | nibble(hex[2 * i + 1]));
    return raw;
}

} // namespace

Digest hmacSha256(std::string_view key, std::string_view message)
{
    std::string k = key.size() > kBlock ? rawSha256(key, {}) : std::string(key);
    k.resize(kBlock, '\0');
    std::string ipad(kBlock, '\0');
    std::string opad(kBlock, '\0');
    for (std::size_t i = 0; i < kBlock; ++i) {
        ipad[i] = static_cast<char>(k[i] ^ 0x36);
        opad[i] = static_cast<char>(k[i] ^ 0x5c);
    }
    const std::string outer = rawSha256(opad, rawSha256(ipad, message));
    Digest d {};
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = static_cast<std::uint8_t>(outer[i]);
    return d;
}

} // namespace sa::privacy
