// The shipped catalogue loads and is valid; broken copies give located errors, never a crash.
#include "TestSupport.h"
#include "common/Params.h"
#include "scoring/Catalogue.h"
#include "scoring/CatalogueValidator.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

using namespace sa;
using namespace sa::scoring;
namespace fs = std::filesystem;

namespace {

/// A copy of the shipped catalogue in <tmp>/criteria that a test may break.
fs::path copyCatalogue(const test::TempDir& tmp)
{
    const fs::path dir = tmp.path() / "criteria";
    fs::create_directories(dir);
    for (const auto& name : { "P.json", "M.json", "C.json", "L.json", "S.json", "refs.json" })
        fs::copy_file(fs::path(Params::defaultCatalogueDir()) / name, dir / name);
    return dir;
}

nlohmann::json readJson(const fs::path& p)
{
    return nlohmann::json::parse(test::readFile(p.string()));
}

void writeJson(const fs::path& p, const nlohmann::json& j)
{
    std::ofstream(p, std::ios::binary) << j.dump(2);
}

/// Every issue text, one per line.
std::string issuesOf(const fs::path& dir)
{
    std::string all;
    for (const auto& i : validateCatalogueDir(dir.string()))
        all += i.describe() + "\n";
    return all;
}

} // namespace

TEST_CASE("the shipped catalogue is valid and complete", "[catalogue]")
{
    const auto issues = validateCatalogueDir(Params::defaultCatalogueDir());
    for (const auto& i : issues)
        UNSCOPED_INFO(i.describe());
    REQUIRE(issues.empty());
    auto cat = loadCatalogue(Params::defaultCatalogueDir());
    REQUIRE(cat.ok());
    CHECK(cat->criteria.size() == 45);
    CHECK(cat->components.size() == 5);
    std::map<std::string, int> weights;
    std::map<store::Variant, int> perVariant;
    int metricCriteria = 0;
    for (const auto& c : cat->criteria) {
        weights[c.component] += c.weight;
        for (auto v : c.variants)
            ++perVariant[v];
        metricCriteria += c.hasMetric() ? 1 : 0;
    }
    // Spec §8: weight sums and variant sizes.
    CHECK(weights == std::map<std::string, int> { { "P", 20 }, { "M", 20 }, { "C", 19 }, { "L", 20 }, { "S", 21 } });
    CHECK(perVariant[store::Variant::Express] == 19);
    CHECK(perVariant[store::Variant::Standard] == 44);
    CHECK(perVariant[store::Variant::Premium] == 45);
    CHECK(metricCriteria == 30);
    CHECK(cat->criteria.front().id == "P1");
    CHECK(cat->criteria.back().id == "S9");
    const auto* p4 = cat->find("P4");
    REQUIRE(p4);
    REQUIRE(p4->indicator("stalled_share"));
    CHECK(p4->indicator("stalled_share")->direction == Direction::LowerIsBetter);
}

TEST_CASE("a non-number threshold is reported with file and JSON pointer", "[catalogue]")
{
    test::TempDir tmp;
    const auto dir = copyCatalogue(tmp);
    auto p = readJson(dir / "P.json");
    p["criteria"][3]["metric"]["parts"][0]["indicators"][0]["green"] = "0.15";
    writeJson(dir / "P.json", p);
    CHECK(issuesOf(dir) == "criteria/P.json: /criteria/3/metric/parts/0/indicators/0/green: must be a number\n");
    auto cat = loadCatalogue(dir.string());
    REQUIRE_FALSE(cat.ok());
    CHECK(cat.error().kind == ErrorKind::InputRejected);
    CHECK_THAT(cat.error().message, Catch::Contains("/criteria/3/metric/parts/0/indicators/0/green: must be a number"));
}

TEST_CASE("broken catalogue copies give one clear issue each", "[catalogue]")
{
    test::TempDir tmp;
    const auto dir = copyCatalogue(tmp);
    using Mutation = std::function<void(nlohmann::json&)>;
    const std::vector<std::tuple<std::string, Mutation, std::string>> cases = {
        { "M.json", [](auto& j) { j["criteria"][0]["weight"] = 4; },
            "criteria/M.json: /criteria/0/weight: must be between 1 and 3" },
        { "M.json", [](auto& j) { j["criteria"][0]["weight"] = 2.5; },
            "criteria/M.json: /criteria/0/weight: must be an integer" },
        { "C.json",
            [](auto& j) {
                j["criteria"][1]["variants"] = { "express", "deluxe" };
            },
            "criteria/C.json: /criteria/1/variants/1: must be one of: express, standard, premium" },
        { "C.json",
            [](auto& j) {
                j["criteria"][2]["id"] = "C2";
                for (std::size_t i = 0; i < j["criteria"][2]["actions"].size(); ++i)
                    j["criteria"][2]["actions"][i]["id"] = "C2." + std::to_string(i + 1);
            },
            "criteria/C.json: /criteria/2/id: duplicate criterion id C2\n"
            "criteria/C.json: /criteria/4/prerequisites/0: unknown criterion C3" },
        { "L.json", [](auto& j) { j["criteria"][0].erase("missing"); },
            "criteria/L.json: /criteria/0: missing required key \"missing\"" },
        { "L.json", [](auto& j) { j["criteria"][0]["colour"] = "green"; },
            "criteria/L.json: /criteria/0/colour: unknown key" },
        { "P.json", [](auto& j) { j["criteria"][3]["metric"]["parts"][0]["indicators"][0]["green"] = 0.5; },
            "criteria/P.json: /criteria/3/metric/parts/0/indicators/0/green: lower_is_better needs green <= yellow" },
        { "P.json", [](auto& j) { j["criteria"][3]["metric"]["parts"][0]["indicators"][0]["direction"] = "up"; },
            "criteria/P.json: /criteria/3/metric/parts/0/indicators/0/direction: must be one of: lower_is_better, "
            "higher_is_better" },
        { "P.json", [](auto& j) { j["criteria"][1]["prerequisites"] = { "P0" }; },
            "criteria/P.json: /criteria/1/prerequisites/0: must be a criterion id such as \"P4\" (component letter P, "
            "M, C, L or S and a digit 1-9)" },
        { "S.json", [](auto& j) { j["criteria"][0]["actions"][0]["id"] = "S2.1"; },
            "criteria/S.json: /criteria/0/actions/0/id: must be \"S1.N\" with N 1-9" },
        { "S.json", [](auto& j) { j["criteria"][0]["actions"][0]["horizon"] = "5Y"; },
            "criteria/S.json: /criteria/0/actions/0/horizon: must be one of: QW, 3M, 1Y, 3Y" },
        { "S.json", [](auto& j) { j["criteria"][0]["checklist"] = nullptr; },
            "criteria/S.json: /criteria/0/checklist: must not be null for evidence \"checklist\"" },
        { "P.json", [](auto& j) { j["criteria"][3]["impact"]["kind"] = "expert"; },
            "criteria/P.json: /criteria/3/impact/formula: must be null for an expert impact" },
        { "refs.json", [](auto& j) { j["params"]["gm"]["unit"] = "percent"; },
            "criteria/refs.json: /params/gm/unit: must be one of: share, ratio, score, days, months, hours, count, "
            "money, text, list, map, calendar" },
    };
    for (const auto& [file, mutate, expected] : cases) {
        const auto original = test::readFile((dir / file).string());
        auto j = nlohmann::json::parse(original);
        mutate(j);
        writeJson(dir / file, j);
        INFO(expected);
        CHECK(issuesOf(dir) == expected + "\n");
        std::ofstream(dir / file, std::ios::binary) << original;
    }
    CHECK(issuesOf(dir).empty());
}

TEST_CASE("unreadable, truncated and unknown-prerequisite catalogues", "[catalogue]")
{
    test::TempDir tmp;
    const auto dir = copyCatalogue(tmp);
    SECTION("truncated JSON names the file")
    {
        const auto text = test::readFile((dir / "C.json").string());
        std::ofstream(dir / "C.json", std::ios::binary) << text.substr(0, text.size() / 2);
        CHECK_THAT(issuesOf(dir), Catch::StartsWith("criteria/C.json: (document): invalid JSON"));
    }
    SECTION("a missing file")
    {
        fs::remove(dir / "S.json");
        CHECK(issuesOf(dir) == "criteria/S.json: (document): cannot read the file\n");
    }
    SECTION("a prerequisite that does not exist")
    {
        auto j = readJson(dir / "L.json");
        j["criteria"][1]["prerequisites"] = { "L1", "M1", "P1" };
        writeJson(dir / "L.json", j);
        CHECK(issuesOf(dir).empty()); // all exist
        j["criteria"][1]["prerequisites"] = { "L2" };
        writeJson(dir / "L.json", j);
        CHECK(issuesOf(dir)
            == "criteria/L.json: /criteria/1/prerequisites/0: a criterion cannot be its own prerequisite\n");
    }
    SECTION("not an object at all")
    {
        std::ofstream(dir / "M.json", std::ios::binary) << "[1, 2, 3]";
        CHECK(issuesOf(dir) == "criteria/M.json: (document): must be an object\n");
    }
}
