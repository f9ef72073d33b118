// salesaudit-cli import: exit codes 0/2/3, the text and JSON summaries.
#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace sa::test;

TEST_CASE("import CLI: summary, --json, and the exit-code contract", "[cli]")
{
    TempDir dir;
    const std::string project = dir.file("p.sqlite");
    REQUIRE(runCli({ "new", project, "--company", "Test Co" }).code == 0);
    const std::string deals = dataPath("import/deals_amocrm.csv");

    auto ok = runCli({ "import", project, "--entity", "deals", "--preset", "amocrm", deals });
    CHECK(ok.code == 0);
    CHECK(ok.out.find("rows read:        6") != std::string::npos);
    CHECK(ok.out.find("skipped:          1") != std::string::npos);
    CHECK(ok.out.find("bad_money") != std::string::npos);

    auto dup = runCli({ "import", project, "--entity", "deals", "--preset", "amocrm", deals });
    CHECK(dup.code == 3);
    CHECK(dup.err.find("already imported") != std::string::npos);

    auto replaced
        = runCli({ "import", project, "--entity", "deals", "--preset", "amocrm", deals, "--replace", "--json" });
    CHECK(replaced.code == 0);
    const auto j = nlohmann::json::parse(replaced.out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j["rows_imported"] == 5);
    CHECK(j["replaced_batch"] == 1);
    CHECK(j["issues_by_reason"]["negative_amount"] == 1);

    auto missing = runCli(
        { "import", project, "--entity", "deals", "--preset", "amocrm", dataPath("import/deals_missing_columns.csv") });
    CHECK(missing.code == 3);
    CHECK(missing.err.find("missing column Бюджет") != std::string::npos);

    auto strict
        = runCli({ "import", project, "--entity", "deals", "--preset", "amocrm", "--strict", "--replace", deals });
    CHECK(strict.code == 3);
    CHECK(strict.err.find("row 4, column \"Бюджет\"") != std::string::npos);

    CHECK(runCli({ "import", project, "--entity", "nonsense", "--preset", "amocrm", deals }).code == 2);
    CHECK(runCli({ "import", project, "--entity", "deals", "--preset", "nonsense", deals }).code == 2);
    CHECK(runCli({ "import", project, "--entity", "deals", deals }).code == 2);
    CHECK(runCli({ "import", project, "--entity", "deals", "--preset", "amocrm", deals, "--mapping",
                     dir.file("absent.json") })
              .code
        == 2);
    CHECK(runCli({ "import", project, "--entity", "deals", "--preset", "amocrm", dir.file("absent.csv") }).code == 3);

    auto dry = runCli({ "import", project, "--entity", "activities", "--preset", "amocrm", "--dry-run",
        dataPath("import/activities_amocrm.csv") });
    CHECK(dry.code == 0);
    CHECK(dry.out.find("Dry run (nothing written)") != std::string::npos);
}
