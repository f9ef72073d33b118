#include "ProjectValidator.h"

#include "Project.h"
#include "Schema.h"
#include "Sqlite.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace sa::store {

namespace {

std::uint32_t be32(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

Error notAProject(const std::string& path, const std::string& why)
{
    return Error::rejected("not a Sales Audit Workbench project: " + why, path);
}

// Header facts read straight from the first 100 bytes, without SQLite.
Result<ValidatedFile> checkHeader(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return Error::rejected("the file does not exist", path);
    if (!fs::is_regular_file(status))
        return Error::rejected("not a regular file", path);
    const auto size = fs::file_size(path, ec);
    if (ec)
        return Error::rejected("cannot read the file size: " + ec.message(), path);
    std::array<unsigned char, 100> h {};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::rejected("cannot open the file for reading", path);
    in.read(reinterpret_cast<char*>(h.data()), h.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got < 16 || std::memcmp(h.data(), "SQLite format 3\0", 16) != 0)
        return notAProject(path, size == 0 ? "the file is empty" : "the file is not an SQLite database");
    if (got < 100)
        return notAProject(path, "the file is truncated (shorter than the database header)");
    if (h[18] == 2 || h[19] == 2)
        return notAProject(path, "the database uses write-ahead logging, which audit projects never use");
    std::uint32_t pageSize = (std::uint32_t(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t pages = be32(&h[28]);
    const std::int32_t appId = static_cast<std::int32_t>(be32(&h[68]));
    const std::int32_t version = static_cast<std::int32_t>(be32(&h[60]));
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return notAProject(path, "the database header is damaged (invalid page size)");
    if (size % pageSize != 0 || (pages != 0 && std::uint64_t(pages) * pageSize > size))
        return notAProject(path, "the file is truncated or damaged (its size does not match the page count)");
    if (appId != kApplicationId)
        return notAProject(path,
            appId == 0 ? "an SQLite database of another program (application_id is not set)"
                       : "an SQLite database of another program (application_id " + std::to_string(appId) + ")");
    if (version > kSchemaVersion)
        return Error::rejected("the project was saved by a newer version of Sales Audit Workbench (schema version "
                + std::to_string(version) + "; this version reads up to " + std::to_string(kSchemaVersion)
                + "); please update the program",
            path);
    if (version < 1)
        return notAProject(path, "the schema version is missing");
    ValidatedFile checked;
    checked.schemaVersion = version;
    return checked;
}

// "table \"x\"" from a row of actualSchema().
std::string describeSchemaRow(const std::string& row)
{
    const auto a = row.find('\x1f');
    const auto b = row.find('\x1f', a + 1);
    return row.substr(0, a) + " \"" + row.substr(a + 1, b - a - 1) + "\"";
}

// A process killed mid-write leaves a hot journal beside the file; a read-only connection cannot
// roll it back and would see a half-written file. SQLite's own recovery restores the last
// committed state: run it on a read-write connection before validating.
// Only for a file whose header names it an audit project; anything else is judged as it is.
Status recoverHotJournal(const std::string& path)
{
    std::error_code ec;
    const std::string journal = path + "-journal";
    if (!std::filesystem::exists(journal, ec) || std::filesystem::file_size(journal, ec) == 0)
        return {};
    std::array<unsigned char, 100> h {};
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(h.data()), h.size());
    if (in.gcount() < 100 || std::memcmp(h.data(), "SQLite format 3\0", 16) != 0
        || static_cast<std::int32_t>(be32(&h[68])) != kApplicationId)
        return {};
    auto db = Connection::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return db.error();
    if (auto s = configureConnection(*db, OpenMode::ReadWrite); !s)
        return s;
    if (auto n = db->scalarInt("SELECT count(*) FROM sqlite_schema"); !n)
        return Error::rejected("the project was left mid-write and cannot be recovered: " + n.error().message, path);
    return {};
}

// --- Validation marker (see the header and docs/STORAGE.md) -----------------------------------

constexpr const char* kMarkerFormat = "salesaudit-validated 1"; // bump when the checks change

/// The file's exact state as one line, and its ctime; nullopt when it cannot be read.
struct FileState {
    std::string line;
    std::int64_t ctimeNs = 0;
    unsigned long long dev = 0, ino = 0;
    long long size = 0;
    std::uint32_t changeCounter = 0; ///< SQLite's file change counter (header offset 24)
    bool fineClock = false; ///< the file system keeps sub-second times (not a whole-second ctime)
};

std::optional<FileState> fileState(const std::string& path)
{
    struct stat st { };
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    std::array<unsigned char, 100> h {};
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(h.data()), h.size());
    if (in.gcount() != 100)
        return std::nullopt;
    auto ns = [](const timespec& t) { return std::int64_t(t.tv_sec) * 1000000000 + t.tv_nsec; };
    FileState f { {}, ns(st.st_ctim), static_cast<unsigned long long>(st.st_dev),
        static_cast<unsigned long long>(st.st_ino), static_cast<long long>(st.st_size), be32(&h[24]),
        st.st_ctim.tv_nsec != 0 || st.st_mtim.tv_nsec != 0 };
    std::ostringstream o;
    o << kMarkerFormat << " schema " << kSchemaVersion << " max " << kMaxValueBytes << " dev " << f.dev << " ino "
      << f.ino << " size " << f.size << " mtime " << ns(st.st_mtim) << " ctime " << f.ctimeNs << " header ";
    static const char* hex = "0123456789abcdef";
    for (unsigned char b : h)
        o << hex[b >> 4] << hex[b & 15];
    f.line = o.str();
    return f;
}

/// The marker file of a (device, inode); one of 1024 slots, so the folder stays bounded (a slot
/// shared by two files only costs a full check).
std::optional<std::filesystem::path> markerPath(const FileState& f)
{
    const char* off = std::getenv("SA_NO_VALIDATION_CACHE");
    if (off && std::string(off) == "1")
        return std::nullopt;
    std::filesystem::path dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/')
        dir = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home == '/')
        dir = std::filesystem::path(home) / ".cache";
    else
        return std::nullopt;
    std::uint64_t hash = 1469598103934665603ULL; // FNV-1a over "dev:ino"
    for (char ch : std::to_string(f.dev) + ":" + std::to_string(f.ino))
        hash = (hash ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
    return dir / "salesaudit" / "validated" / ("v" + std::to_string(hash % 1024));
}

bool markerMatches(const FileState& f)
{
    const auto marker = markerPath(f);
    if (!marker || f.size < kValidationCacheMinBytes)
        return false;
    std::ifstream in(*marker, std::ios::binary);
    std::string line;
    return in && std::getline(in, line) && line == f.line;
}

/// Writes the marker of `f`. Best effort: a cache that cannot be written only costs time.
void storeMarker(const FileState& f)
{
    const auto marker = markerPath(f);
    if (!marker || f.size < kValidationCacheMinBytes)
        return;
    std::error_code ec;
    std::filesystem::create_directories(marker->parent_path(), ec);
    const auto tmp = marker->string() + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << f.line << '\n';
        if (!out.flush())
            return (void)std::filesystem::remove(tmp, ec);
    }
    std::filesystem::rename(tmp, *marker, ec);
    if (ec)
        std::filesystem::remove(tmp, ec);
}

/// Records a passed full check of `before` if the file is still in that state and has been at
/// rest for over a second.
void writeMarker(const std::string& path, const FileState& before)
{
    const auto now = fileState(path);
    if (!now || now->line != before.line)
        return;
    const auto wall
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    if (wall - before.ctimeNs < 1000000000)
        return;
    storeMarker(before);
}

bool journalLeft(const std::string& path)
{
    std::error_code ec;
    const std::string journal = path + "-journal";
    return std::filesystem::exists(journal, ec) && std::filesystem::file_size(journal, ec) > 0;
}

/// The first page walk.
Status quickCheck(const Connection& db, const std::string& path)
{
    auto qc = db.scalarText("PRAGMA quick_check");
    if (!qc || !qc->has_value() || **qc != "ok")
        return notAProject(path,
            "the database is damaged (integrity check failed" + (qc && qc->has_value() ? ": " + **qc : std::string())
                + ")");
    return {};
}

/// The second page walk.
Status valueSizeScan(const Connection& db, const std::string& path)
{
    // A value beyond the connection's length limit could only be read as an error later; refuse it
    // now. dbstat walks the pages once, like quick_check, without reading the values.
    auto big = db.prepare("SELECT name, max(mx_payload) FROM dbstat WHERE aggregate = 1 GROUP BY name"
                          " HAVING max(mx_payload) > "
        + std::to_string(kMaxValueBytes) + " LIMIT 1");
    if (!big)
        return notAProject(path, "the database cannot be inspected: " + big.error().message);
    auto row = big->step();
    if (!row)
        return notAProject(path, "the database cannot be inspected: " + row.error().message);
    if (*row)
        return notAProject(path,
            "table \"" + big->getText(0) + "\" holds a value larger than " + std::to_string(kMaxValueBytes >> 20)
                + " MB");
    return {};
}

} // namespace

Result<ValidatedFile> validateProjectFile(const std::string& path)
{
    if (Status s = recoverHotJournal(path); !s)
        return s.error();
    auto header = checkHeader(path);
    if (!header)
        return header;
    // The state is taken before any check: a change during the checks makes the marker mismatch.
    const auto state = fileState(path);
    header->fullCheck = !(state && markerMatches(*state));
    // immutable=1 would skip locking, but it would also ignore a hot journal; plain read-only is right.
    auto db = Connection::open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return db.error();
    if (auto s = configureConnection(*db, OpenMode::ReadOnly); !s)
        return s.error();
    if (header->fullCheck)
        if (auto s = quickCheck(*db, path); !s)
            return s.error();
    auto actual = actualSchema(*db);
    if (!actual)
        return notAProject(path, "the schema cannot be read: " + actual.error().message);
    auto expected = expectedSchema(header->schemaVersion);
    if (!expected)
        return expected.error();
    if (*actual != *expected) {
        std::string extra;
        for (const auto& row : *actual)
            if (!std::binary_search(expected->begin(), expected->end(), row)) {
                extra = describeSchemaRow(row);
                break;
            }
        return notAProject(path,
            extra.empty() ? "the schema does not match its version (objects are missing)"
                          : "the schema holds an unexpected or altered object: " + extra);
    }
    if (header->fullCheck) {
        if (auto s = valueSizeScan(*db, path); !s)
            return s.error();
        if (state)
            writeMarker(path, *state);
    }
    // What the checks (or the matched marker) vouch for, if the file did not change meanwhile.
    if (const auto after = fileState(path); state && after && after->line == state->line)
        header->trustedState = state->line;
    return header;
}

ValidationKeeper::ValidationKeeper(std::string path, std::string trustedState)
    : m_path(std::move(path))
    , m_trusted(std::move(trustedState))
{
}

void ValidationKeeper::began()
{
    m_before.reset();
    const auto now = fileState(m_path);
    // Another connection of ours (an import job) may have moved the file on and its marker with it.
    if (now && ((!m_trusted.empty() && now->line == m_trusted) || markerMatches(*now))) {
        m_before = now->line;
        m_counterBefore = now->changeCounter;
    }
}

void ValidationKeeper::ended(bool committed)
{
    m_trusted.clear();
    if (!m_before)
        return;
    const auto after = fileState(m_path);
    if (!after || journalLeft(m_path) || !after->fineClock)
        return;
    // Our commit moves the counter by one (a transaction that wrote nothing leaves the file as it
    // was); a rollback restores page 1 with the old counter. Any other value: a foreign commit.
    const bool unchanged = after->line == *m_before;
    const bool ours = committed ? after->changeCounter == m_counterBefore + 1 : after->changeCounter == m_counterBefore;
    m_before.reset();
    if (!ours && !unchanged)
        return;
    m_trusted = after->line;
    if (!unchanged)
        storeMarker(*after);
}

} // namespace sa::store
