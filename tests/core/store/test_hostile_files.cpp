// Every kind of bad file gets its own clear error, and nothing is modified.
#include "TestSupport.h"
#include "store/Schema.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>

using namespace sa;
using namespace sa::store;

namespace {

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

// Runs SQL on a file directly, bypassing every check (to craft hostile files).
void tamper(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::string project(const test::TempDir& dir, const std::string& name)
{
    const std::string path = dir.file(name);
    test::makeProject(path);
    return path;
}

// Opens `path`, expects rejection with `expected` in the message, and the bytes unchanged.
void expectRejected(const std::string& path, const std::string& expected)
{
    const std::string before = test::readFile(path);
    for (auto mode : { OpenMode::ReadOnly, OpenMode::ReadWrite }) {
        auto p = Project::open(path, mode);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().kind == ErrorKind::InputRejected);
        CHECK_THAT(p.error().describe(), Catch::Contains(expected));
        CHECK_THAT(p.error().describe(), Catch::Contains(std::filesystem::path(path).filename().string()));
    }
    CHECK(test::readFile(path) == before);
}

} // namespace

TEST_CASE("files that are not projects are refused with their own message", "[store][hostile]")
{
    test::TempDir dir;
    SECTION("missing")
    {
        expectRejected(dir.file("none.sqlite"), "does not exist");
    }
    SECTION("a text file")
    {
        writeFile(dir.file("README.md"), "# Hello\nnot a database\n");
        expectRejected(dir.file("README.md"), "not an SQLite database");
    }
    SECTION("zero bytes")
    {
        writeFile(dir.file("empty.sqlite"), "");
        expectRejected(dir.file("empty.sqlite"), "the file is empty");
    }
    SECTION("a folder")
    {
        std::filesystem::create_directory(dir.file("folder.sqlite"));
        auto p = Project::open(dir.file("folder.sqlite"));
        REQUIRE_FALSE(p.ok());
        CHECK_THAT(p.error().message, Catch::Contains("not a regular file"));
    }
    SECTION("a truncated project")
    {
        const std::string path = project(dir, "t.sqlite");
        const std::string bytes = test::readFile(path);
        writeFile(path, bytes.substr(0, bytes.size() / 2 + 100));
        expectRejected(path, "truncated");
    }
    SECTION("only the header")
    {
        const std::string path = project(dir, "h.sqlite");
        writeFile(path, test::readFile(path).substr(0, 60));
        expectRejected(path, "truncated");
    }
}

TEST_CASE("foreign, wrong-id and newer SQLite files are refused", "[store][hostile]")
{
    test::TempDir dir;
    SECTION("another program's database")
    {
        tamper(dir.file("foreign.db"), "CREATE TABLE notes(x); INSERT INTO notes VALUES (1);");
        expectRejected(dir.file("foreign.db"), "another program");
    }
    SECTION("our schema with a wrong application_id")
    {
        const std::string path = project(dir, "id.sqlite");
        tamper(path, "PRAGMA application_id = 1234");
        expectRejected(path, "application_id 1234");
    }
    SECTION("a newer schema version")
    {
        const std::string path = project(dir, "new.sqlite");
        tamper(path, "PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
        expectRejected(path, "newer version");
    }
    SECTION("write-ahead logging")
    {
        const std::string path = project(dir, "wal.sqlite");
        tamper(path, "PRAGMA journal_mode = WAL");
        expectRejected(path, "write-ahead logging");
    }
}

TEST_CASE("extra schema objects are refused", "[store][hostile]")
{
    test::TempDir dir;
    const std::string path = project(dir, "x.sqlite");
    SECTION("a trigger")
    {
        tamper(path, "CREATE TRIGGER t AFTER INSERT ON deals BEGIN DELETE FROM clients; END");
        expectRejected(path, "trigger \"t\"");
    }
    SECTION("a view")
    {
        tamper(path, "CREATE VIEW v AS SELECT * FROM deals");
        expectRejected(path, "view \"v\"");
    }
    SECTION("a table")
    {
        tamper(path, "CREATE TABLE extra(x)");
        expectRejected(path, "table \"extra\"");
    }
    SECTION("an altered table")
    {
        tamper(path, "ALTER TABLE deals ADD COLUMN evil TEXT");
        expectRejected(path, "table \"deals\"");
    }
    SECTION("a missing table")
    {
        tamper(path, "DROP TABLE financials");
        expectRejected(path, "missing");
    }
}
