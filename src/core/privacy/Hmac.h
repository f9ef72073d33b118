#pragma once
// HMAC-SHA-256 (RFC 2104) over the importer's SHA-256 (import/pipeline/Sha256.h).
#include <array>
#include <cstdint>
#include <string_view>

namespace sa::privacy {

using Digest = std::array<std::uint8_t, 32>;

/// HMAC-SHA-256 of `message` under `key` (any length; keys over 64 bytes are hashed first).
[[nodiscard]] Digest hmacSha256(std::string_view key, std::string_view message);

} // namespace sa::privacy
