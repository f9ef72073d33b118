#include "CliApp.h"
#include "CliRunner.h"
#include "TestSupport.h"
#include "store/Schema.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace sa;
using sa::test::runCli;

TEST_CASE("new + info --json print the schema version and entity counts", "[cli]")
{
    test::TempDir dir;
    const auto path = dir.file("a.sqlite");
    auto r = runCli({ "new", path, "--company", "ООО Ромашка", "--variant", "express", "--from", "2024-07-01", "--to",
        "2025-06-30" });
    REQUIRE(r.code == 0);
    r = runCli({ "info", path, "--json" });
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["schema_version"] == store::kSchemaVersion);
    CHECK(j["company"] == "ООО Ромашка");
    CHECK(j["variant"] == "express");
    CHECK(j["period"]["from"] == "2024-07-01");
    CHECK(j["period"]["to"] == "2025-06-30");
    REQUIRE(j["entities"].is_object());
    for (const auto& t : store::entityTables()) {
        INFO(t);
        CHECK(j["entities"][t] == 0);
    }
    CHECK(j["entities"].contains("stage_history"));
    CHECK(j["entities"].contains("nps_responses"));
}

TEST_CASE("info on a file that is not a project exits 3 with a clear message", "[cli]")
{
    const auto r = runCli({ "info", std::string(SA_SOURCE_DIR) + "/README.md" });
    CHECK(r.code == 3);
    CHECK_THAT(r.err, Catch::Contains("README.md"));
    CHECK_THAT(r.err, Catch::Contains("not an SQLite database"));
    CHECK(r.out.empty());
}

TEST_CASE("usage errors exit 2 and name the problem", "[cli]")
{
    test::TempDir dir;
    CHECK(runCli({}).code == 2);
    CHECK(runCli({ "frobnicate" }).code == 2);
    auto r = runCli({ "new", dir.file("a.sqlite") });
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("--company is required"));
    r = runCli({ "new", dir.file("a.sqlite"), "--company", "X", "--variant", "gold" });
    CHECK(r.code == 2);
    r = runCli({ "new", dir.file("a.sqlite"), "--company", "X", "--from", "01.07.2024", "--to", "2025-06-30" });
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("YYYY-MM-DD"));
    r = runCli({ "info", dir.file("a.sqlite"), "--bogus" });
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown option --bogus"));
}

TEST_CASE("new refuses an existing file with exit 2 and leaves it untouched", "[cli]")
{
    test::TempDir dir;
    const auto path = dir.file("a.sqlite");
    REQUIRE(runCli({ "new", path, "--company", "A" }).code == 0);
    const auto before = test::readFile(path);
    CHECK(runCli({ "new", path, "--company", "B" }).code == 2);
    CHECK(test::readFile(path) == before);
}

TEST_CASE("every command has --help", "[cli]")
{
    const auto overview = runCli({ "--help" });
    CHECK(overview.code == 0);
    for (const auto& c : cli::allCommands()) {
        INFO(c->name());
        const auto r = runCli({ c->name(), "--help" });
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Catch::Contains("usage: salesaudit-cli " + c->name()));
        CHECK_THAT(overview.out, Catch::Contains(c->name()));
    }
}
