#pragma once
// The secret key of keyed pseudonymisation. It lives outside every project file (by default
// $XDG_CONFIG_HOME/salesaudit/pseudonym.key, mode 0600), so a copy sent away cannot be reversed
// by guessing names and hashing them, while the same person gets the same pseudonym in every copy
// made with this key.
#include "common/Result.h"

#include <string>

namespace sa::privacy {

class PseudonymKey {
public:
    /// $XDG_CONFIG_HOME/salesaudit/pseudonym.key, else $HOME/.config/salesaudit/pseudonym.key.
    static Result<std::string> defaultPath();
    /// Reads the key at `path`, creating it (32 random bytes as hex, mode 0600, parent folder
    /// 0700) when the file does not exist. Refused: a key readable or writable by group or others,
    /// not a regular file, or not 64 hex digits.
    static Result<PseudonymKey> loadOrCreate(const std::string& path);
    /// The 32 key bytes.
    [[nodiscard]] const std::string& bytes() const { return m_bytes; }
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    PseudonymKey(std::string bytes, std::string path)
        : m_bytes(std::move(bytes))
        , m_path(std::move(path))
    {
    }
    std::string m_bytes;
    std::string m_path;
};

} // namespace sa::privacy
