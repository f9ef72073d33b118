#include "ProjectValidator.h"

#include "Project.h"
#include "Schema.h"
#include "Sqlite.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>

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
    return ValidatedFile { version };
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

} // namespace

Result<ValidatedFile> validateProjectFile(const std::string& path)
{
    if (Status s = recoverHotJournal(path); !s)
        return s.error();
    auto header = checkHeader(path);
    if (!header)
        return header;
    // immutable=1 would skip locking, but it would also ignore a hot journal; plain read-only is right.
    auto db = Connection::open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return db.error();
    if (auto s = configureConnection(*db, OpenMode::ReadOnly); !s)
        return s.error();
    auto qc = db->scalarText("PRAGMA quick_check");
    if (!qc || !qc->has_value() || **qc != "ok")
        return notAProject(path,
            "the database is damaged (integrity check failed" + (qc && qc->has_value() ? ": " + **qc : std::string())
                + ")");
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
    // A value beyond the connection's length limit could only be read as an error later; refuse it
    // now. dbstat walks the pages once, like quick_check, without reading the values.
    auto big = db->prepare("SELECT name, max(mx_payload) FROM dbstat WHERE aggregate = 1 GROUP BY name"
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
    return header;
}

} // namespace sa::store
