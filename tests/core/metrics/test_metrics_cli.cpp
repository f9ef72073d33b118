// salesaudit-cli metrics: JSON contract, text summary, usage errors, empty project.
#include "CliRunner.h"
#include "MetricsFixture.h"

#include <nlohmann/json.hpp>

using namespace sa;
using namespace sa::test;

TEST_CASE("metrics --json prints the documented keys", "[metrics][cli]")
{
    TempDir dir;
    {
        auto p = makeProject(dir.file("p.sqlite"));
        seedGolden(p);
    }
    const auto r = runCli({ "metrics", dir.file("p.sqlite"), "--json" });
    INFO(r.err);
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    for (const char* key : { "funnel", "win_rate", "by_manager", "by_source", "nps", "ltv", "abc_xyz", "retention",
             "forecast", "pipeline", "activities", "results", "personnel", "concentration", "dormant" })
        CHECK(j.contains(key));
    CHECK(j["funnel"]["stages"][0].contains("conv_first"));
    CHECK(j["funnel"]["stalled"].contains("amount"));
    CHECK(r.out.find("NaN") == std::string::npos);

    const auto text = runCli({ "metrics", dir.file("p.sqlite") });
    CHECK(text.code == 0);
    CHECK(text.out.find("Funnel (Main)") != std::string::npos);

    const auto filtered = runCli({ "metrics", dir.file("p.sqlite"), "--json", "--manager", "anna" });
    REQUIRE(filtered.code == 0);
    CHECK(nlohmann::json::parse(filtered.out)["funnel"]["deals"] == 2);

    const auto period
        = runCli({ "metrics", dir.file("p.sqlite"), "--json", "--from", "2025-01-01", "--to", "2025-01-31" });
    REQUIRE(period.code == 0);
    CHECK(nlohmann::json::parse(period.out)["period"]["to"] == "2025-01-31");
}

TEST_CASE("metrics usage errors and an empty project", "[metrics][cli]")
{
    TempDir dir;
    makeProject(dir.file("e.sqlite"));
    CHECK(runCli({ "metrics", dir.file("e.sqlite"), "--from", "2025-01-01" }).code == 2);
    CHECK(runCli({ "metrics", dir.file("e.sqlite"), "--from", "2025-02-01", "--to", "2025-01-01" }).code == 2);
    CHECK(runCli({ "metrics", dir.file("e.sqlite"), "--manager", "Nobody" }).code == 2);
    CHECK(runCli({ "metrics", dir.file("missing.sqlite") }).code != 0);
    const auto r = runCli({ "metrics", dir.file("e.sqlite"), "--json" });
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["funnel"].is_null());
    CHECK(j["funnel_reason"].is_string());
}
