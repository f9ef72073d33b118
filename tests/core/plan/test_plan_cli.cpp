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
    REQUIRE(test::runCli({ "demo", path, "--deals", "1500" }).code == 0);
    const auto score = test::runCli({ "score", path, "--json" });
    REQUIRE(score.code == 0);
    std::map<std::string, std::string> status;
    const auto scored = nlohmann::json::parse(score.out); // named: a range-for over a temporary's member dangles
    for (const auto& c : scored["criteria"])
        status[c["id"].get<std::string>()] = c["status"].get<std::string>();
    const auto r = test::runCli({ "plan", path, "--json", "--lang", "en" });
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["actions"].size() > 0);
    int priority = 0;
    std::map<std::string, int> lastAction;
    for (const auto& a : j["actions"]) {
        CHECK(a["priority"] == ++priority);
        const std::string c = a["criteria"][0].get<std::string>();
        INFO(c << " is " << status[c] << " (" << status.size() << " criteria scored)");
        CHECK((status[c] == "red" || status[c] == "yellow"));
        for (const auto& preJson : a["prerequisites"]) {
            const std::string pre = preJson.get<std::string>();
            if (lastAction.count(pre) == 0)
                CHECK((status[pre] != "red" && status[pre] != "yellow"));
        }
        lastAction[c] = priority;
    }
    CHECK(j["roadmap"]["three_years"].size() >= j["roadmap"]["one_year"].size());
    // A second call reads the stored plan back unchanged.
    CHECK(test::runCli({ "plan", path, "--json", "--lang", "en" }).out == r.out);
}
