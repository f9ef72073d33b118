#include "PseudonymKey.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sa::privacy {

namespace {

namespace fs = std::filesystem;
constexpr std::size_t kKeyBytes = 32;

std::string sysError(const std::string& what, const std::string& path)
{
    return what + " " + path + ": " + std::strerror(errno);
}

Result<std::string> randomHexKey()
{
    unsigned char raw[kKeyBytes];
    std::size_t got = 0;
    while (got < kKeyBytes) {
        const ssize_t n = ::getrandom(raw + got, kKeyBytes - got, 0);
        if (n < 0 && errno != EINTR)
            return Error::internal(std::string("cannot get random bytes for the key: ") + std::strerror(errno));
        got += n > 0 ? static_cast<std::size_t>(n) : 0;
    }
    static const char* digits = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : raw) {
        hex += digits[c >> 4];
        hex += digits[c & 15];
    }
    return hex + "\n";
}

// Writes a new key under a temporary name and links it into place: two processes creating the
// key at once end with one key, and nobody ever reads a half-written file.
Status createKey(const std::string& path)
{
    std::error_code ec;
    const fs::path dir = fs::path(path).parent_path();
    if (!dir.empty() && !fs::exists(dir, ec)) {
        fs::create_directories(dir, ec);
        if (ec)
            return Error::internal("cannot create the folder " + dir.string() + ": " + ec.message());
        fs::permissions(dir, fs::perms::owner_all, ec);
    }
    auto hex = randomHexKey();
    if (!hex)
        return hex.error();
    const std::string tmp = path + ".tmp" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::internal(sysError("cannot create the pseudonymisation key", tmp));
    const bool written = ::write(fd, hex->data(), hex->size()) == static_cast<ssize_t>(hex->size()) && ::fsync(fd) == 0;
    ::close(fd);
    const bool linked = written && (::link(tmp.c_str(), path.c_str()) == 0 || errno == EEXIST);
    const int linkErrno = errno;
    ::unlink(tmp.c_str());
    errno = linkErrno;
    if (!linked)
        return Error::internal(sysError("cannot write the pseudonymisation key", path));
    return {};
}

Result<std::string> readKeyFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return Error::rejected(sysError("cannot open the pseudonymisation key", path), path);
    struct stat st { };
    char buf[2 * kKeyBytes + 2] = {};
    const bool statted = ::fstat(fd, &st) == 0;
    const ssize_t n = statted && S_ISREG(st.st_mode) ? ::read(fd, buf, sizeof buf) : -1;
    ::close(fd);
    if (!statted || !S_ISREG(st.st_mode))
        return Error::rejected("the pseudonymisation key is not a regular file", path);
    if ((st.st_mode & 077) != 0)
        return Error::rejected(
            "the pseudonymisation key is accessible by other users (run: chmod 600 " + path + ")", path);
    std::string text(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    if (text.size() != 2 * kKeyBytes || text.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
        return Error::rejected("the pseudonymisation key must be 64 hexadecimal digits", path);
    std::string bytes(kKeyBytes, '\0');
    for (std::size_t i = 0; i < kKeyBytes; ++i)
        bytes[i] = static_cast<char>(std::strtol(text.substr(2 * i, 2).c_str(), nullptr, 16));
    return bytes;
}

} // namespace

Result<std::string> PseudonymKey::defaultPath()
{
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg == '/')
        return (fs::path(xdg) / "salesaudit" / "pseudonym.key").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".config" / "salesaudit" / "pseudonym.key").string();
    return Error::usage("neither XDG_CONFIG_HOME nor HOME is set: give the key file with --key FILE");
}

Result<PseudonymKey> PseudonymKey::loadOrCreate(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) {
        if (Status s = createKey(path); !s)
            return s.error();
    }
    auto bytes = readKeyFile(path);
    if (!bytes)
        return bytes.error();
    return PseudonymKey(std::move(*bytes), path);
}

} // namespace sa::privacy
