// salesaudit-cli drill: the records behind a criterion, the same sets the score carries.
#include "CliRunner.h"
#include "TestSupport.h"
#include "scoring/Drill.h"
#include "scoring/ScoreProject.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace sa;
using sa::test::runCli;
using Ids = std::vector<std::int64_t>;

namespace {

/// The score's row sets of `id` on the demo project.
std::vector<scoring::RowSet> scoredRows(const std::string& path, const std::string& id)
{
    auto project = store::Project::open(path, store::OpenMode::ReadOnly);
    REQUIRE(project.ok());
    auto score = scoring::scoreProject(*project);
    REQUIRE(score.ok());
    const auto* c = score->find(id);
    REQUIRE(c != nullptr);
    return c->rows;
}

} // namespace

TEST_CASE("drill --json lists every set with all its ids, as the score has them", "[cli][drill]")
{
    test::TempDir dir;
    const auto path = dir.file("demo.sqlite");
    REQUIRE(runCli({ "demo", path, "--deals", "400" }).code == 0);
    for (const std::string id : { "P4", "C1", "P9", "M5" }) {
        INFO(id);
        const auto expected = scoredRows(path, id);
        REQUIRE_FALSE(expected.empty());
        const auto r = runCli({ "drill", path, id == "P4" ? "p4" : id, "--json" });
        REQUIRE(r.code == 0);
        const auto j = nlohmann::json::parse(r.out);
        CHECK(j["criterion"] == id);
        REQUIRE(j["sets"].size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            CHECK(j["sets"][i]["label"] == expected[i].label);
            CHECK(j["sets"][i]["table"] == expected[i].table);
            CHECK(j["sets"][i]["ids"].get<Ids>() == *expected[i].ids);
            CHECK(j["sets"][i]["total"] == expected[i].size());
        }
    }
}

TEST_CASE("drill --csv writes the records of one set; bad criterion or set is a usage error", "[cli][drill]")
{
    test::TempDir dir;
    const auto path = dir.file("demo.sqlite"), csv = dir.file("stalled.csv");
    REQUIRE(runCli({ "demo", path, "--deals", "400" }).code == 0);
    const auto stalled = scoredRows(path, "P4").front();
    REQUIRE(stalled.label == "Stalled deals");
    REQUIRE(stalled.size() > 0);
    auto r = runCli({ "drill", path, "P4", "--csv", csv });
    REQUIRE(r.code == 0);
    std::istringstream lines(test::readFile(csv));
    std::string line;
    std::getline(lines, line);
    CHECK(line.find("id;ext_id;name;created_at") != std::string::npos);
    Ids ids;
    while (std::getline(lines, line))
        ids.push_back(std::stoll(line.substr(0, line.find(';'))));
    CHECK(ids == *stalled.ids);

    r = runCli({ "drill", path, "Q7" });
    CHECK(r.code == 2);
    CHECK(r.err.find("unknown criterion 'Q7'") != std::string::npos);
    r = runCli({ "drill", path, "P4", "--csv", csv, "--set", "9" });
    CHECK(r.code == 2);
    CHECK(r.err.find("--set must be a number from 1 to 2") != std::string::npos);
    r = runCli({ "drill", path, "P4", "--set", "2" });
    CHECK(r.code == 2);
    r = runCli({ "drill", path, "P2" }); // a checklist criterion: nothing behind it
    CHECK(r.code == 0);
    CHECK(r.out.find("names no records") != std::string::npos);
}
