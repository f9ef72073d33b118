// The plan of the demo audit through the CLI: generated from the score, in a valid order.
#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

using namespace sa;

TEST_CASE("plan --json of the demo audit follows the score and the prerequisites", "[plan][cli]")
{
    test::TempDir dir;
    const std::string path = dir.file("demo.sqlite");
    REQUIRE(test::runCli({"demo", path, "--deals", "1500"}).code == 0);
    const auto score = test::runCli({"score", path, "--json"});
    REQUIRE(score.code == 0);
    std::map<std::string, std::string> status;
    for (const auto& c : nlohmann::json::parse(score.out)["criteria"])
        status[c["id"]] = c["status"];
    const auto r = test::runCli({"plan", path, "--json", "--lang", "en"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["actions"].size() > 0);
    int priority = 0;
    std::map<std::string, int> lastAction;
    for (const auto& a : j["actions"]) {
        CHECK(a["priority"] == ++priority);
        const std::string c = a["criteria"][0];
        INFO(c);
        CHECK((status[c] == "red" || status[c] == "yellow"));
        for (const auto& pre : a["prerequisites"])
            if (lastAction.count(pre) == 0)
                CHECK((status[pre] != "red" && status[pre] != "yellow"));
        lastAction[c] = priority;
    }
    CHECK(j["roadmap"]["three_years"].size() >= j["roadmap"]["one_year"].size());
    // A second call reads the stored plan back unchanged.
    CHECK(test::runCli({"plan", path, "--json", "--lang", "en"}).out == r.out);
}
