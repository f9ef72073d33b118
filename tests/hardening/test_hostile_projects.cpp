// At least 50 crafted project files, each refused with its own clear message, within 2 s and
// 256 MB, without a crash, and without a byte of the file changed.
#include "Isolated.h"
#include "TestSupport.h"
#include "demo/DemoAudit.h"
#include "store/Project.h"
#include "store/Schema.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sqlite3.h>

using namespace sa;

namespace {

struct Case {
    std::string name;
    std::string expected; ///< fragment of the error message
    std::function<void(const std::string& path)> craft;
};

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

void sql(const std::string& path, const std::string& statement)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        FAIL("crafting failed: " << message << " in " << statement);
}

// Overwrites `n` bytes at `offset` with `value` (or random bytes when value < 0).
void patch(const std::string& path, std::size_t offset, std::size_t n, int value, unsigned seed = 0)
{
    std::string bytes = test::readFile(path);
    std::mt19937 rng(seed);
    for (std::size_t i = 0; i < n && offset + i < bytes.size(); ++i)
        bytes[offset + i] = static_cast<char>(value >= 0 ? value : static_cast<int>(rng() & 0xff));
    writeBytes(path, bytes);
}

std::vector<int> rootPages(const std::string& path)
{
    std::vector<int> pages;
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_schema WHERE rootpage > 1 ORDER BY rootpage", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        pages.push_back(sqlite3_column_int(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return pages;
}

std::vector<Case> cases(const std::string& base)
{
    const std::size_t size = test::readFile(base).size();
    std::vector<Case> c;
    auto truncate = [&](std::size_t n, const char* expected) {
        c.push_back({ "truncated to " + std::to_string(n) + " bytes", expected,
            [n](const std::string& p) { writeBytes(p, test::readFile(p).substr(0, n)); } });
    };
    truncate(0, "the file is empty");
    truncate(10, "not an SQLite database");
    for (std::size_t n : { std::size_t { 50 }, std::size_t { 99 } })
        truncate(n, "shorter than the database header");
    for (std::size_t n : { std::size_t { 100 }, std::size_t { 1024 }, std::size_t { 4095 }, std::size_t { 4097 },
             size / 3 + 1, size / 2 + 7, size - 1 })
        truncate(n, "truncated");
    for (std::size_t n : { std::size_t { 4096 }, size / 2 / 4096 * 4096, size - 4096 })
        truncate(n, "truncated");
    // Damaged b-tree pages: the header of a table's or an index's root page overwritten.
    const auto roots = rootPages(base);
    for (unsigned i = 0; i < 20 && i < roots.size(); ++i) {
        const int page = roots[(i * 7) % roots.size()];
        c.push_back({ "damaged root page " + std::to_string(page), "damaged", [page, i](const std::string& p) {
                         patch(p, static_cast<std::size_t>(page - 1) * 4096, 12, i % 2 ? 0xff : -1, i);
                     } });
    }
    c.push_back({ "page size 3", "invalid page size", [](const std::string& p) {
                     patch(p, 16, 2, 0);
                     patch(p, 17, 1, 3);
                 } });
    c.push_back({ "WAL header bytes", "write-ahead logging", [](const std::string& p) { patch(p, 18, 2, 2); } });
    c.push_back({ "page count beyond the file", "truncated", [](const std::string& p) { patch(p, 28, 4, 0x7f); } });
    for (int id : { 0, 1, 0x53415545, -1 })
        c.push_back({ "application_id " + std::to_string(id), id == 0 ? "application_id is not set" : "application_id",
            [id](const std::string& p) { sql(p, "PRAGMA application_id = " + std::to_string(id)); } });
    for (int v : { store::kSchemaVersion + 1, 99, 1 << 30 })
        c.push_back({ "user_version " + std::to_string(v), "newer version",
            [v](const std::string& p) { sql(p, "PRAGMA user_version = " + std::to_string(v)); } });
    c.push_back({ "user_version 0", "schema version is missing",
        [](const std::string& p) { sql(p, "PRAGMA user_version = 0"); } });
    const std::vector<std::pair<std::string, std::string>> extras = {
        { "CREATE TRIGGER t AFTER INSERT ON deals BEGIN DELETE FROM clients; END", "trigger" },
        { "CREATE TRIGGER u BEFORE UPDATE ON audit BEGIN SELECT 1; END", "trigger" },
        { "CREATE VIEW v AS SELECT * FROM deals", "view" },
        { "CREATE TABLE extra(x)", "table \"extra\"" },
        { "CREATE INDEX extra_idx ON deals(name)", "index \"extra_idx\"" },
        { "CREATE VIRTUAL TABLE vt USING fts5(x)", "vt" },
        { "CREATE VIRTUAL TABLE rt USING rtree(id, a, b)", "rt" },
        { "ALTER TABLE deals ADD COLUMN evil TEXT", "table \"deals\"" },
        { "DROP INDEX deals_owner", "missing" },
        { "DROP TABLE evidence_fts", "missing" },
    };
    for (const auto& [statement, expected] : extras)
        c.push_back({ statement, expected, [s = statement](const std::string& p) { sql(p, s); } });
    c.push_back({ "a 100 MB value", "larger than", [](const std::string& p) {
                     sql(p,
                         "INSERT INTO evidence (kind, title, body, created_at, updated_at)"
                         " VALUES ('document', 'big', printf('%.*c', 100000000, 'x'), 0, 0)");
                 } });
    c.push_back({ "a PNG image", "not an SQLite database",
        [](const std::string& p) { writeBytes(p, std::string("\x89PNG\r\n\x1a\n", 8) + std::string(500, 'x')); } });
    c.push_back({ "a zip archive", "not an SQLite database",
        [](const std::string& p) { writeBytes(p, std::string("PK\x03\x04", 4) + std::string(500, '\0')); } });
    c.push_back({ "a foreign schema with our id", "altered object", [](const std::string& p) {
                     std::filesystem::remove(p);
                     sql(p, "PRAGMA application_id = 1396790596; PRAGMA user_version = 1; CREATE TABLE audit(x)");
                 } });
    return c;
}

} // namespace

TEST_CASE("hostile project files are refused quickly, with their own message, untouched", "[hardening][hostile]")
{
    test::TempDir dir;
    const std::string base = dir.file("base.sqlite");
    demo::DemoOptions small;
    small.deals = 300;
    REQUIRE(demo::createDemoAudit(base, small, test::testClock()).ok());
    const auto all = cases(base);
    REQUIRE(all.size() >= 50);
    int index = 0;
    for (const Case& cs : all) {
        INFO("case " << index << ": " << cs.name);
        const std::string path = dir.file("case" + std::to_string(index++) + ".sqlite");
        std::filesystem::copy_file(base, path);
        cs.craft(path);
        const std::string before = test::readFile(path);
        const auto r = test::runIsolated(
            [&](const auto& emit) {
                for (auto mode : { store::OpenMode::ReadOnly, store::OpenMode::ReadWrite }) {
                    auto p = store::Project::open(path, mode);
                    if (p.ok())
                        return 10;
                    emit(p.error().describe() + "\n");
                    if (p.error().kind != ErrorKind::InputRejected)
                        return 11;
                }
                return 0;
            },
            2, 256u << 20);
        INFO(r.failure << " / " << r.output);
        REQUIRE(r.finished);
        CHECK(r.exitCode == 0);
        CHECK_THAT(r.output, Catch::Contains(cs.expected));
        CHECK_THAT(r.output, Catch::Contains(std::filesystem::path(path).filename().string()));
        CHECK(test::readFile(path) == before);
    }
}
