// The scoring commands' CLI contract: exit codes, nothing written on refusal, note search.
#include "CliRunner.h"
#include "TestSupport.h"
#include "common/Params.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace sa;
namespace fs = std::filesystem;

TEST_CASE("criteria validate: 0 for the shipped catalogue, 3 with located messages for a broken copy", "[cli]")
{
    auto ok = test::runCli({ "criteria", "validate" });
    CHECK(ok.code == 0);
    test::TempDir tmp;
    const auto dir = tmp.path() / "criteria";
    fs::create_directories(dir);
    for (const auto& name : { "P.json", "M.json", "C.json", "L.json", "S.json", "refs.json" })
        fs::copy_file(fs::path(Params::defaultCatalogueDir()) / name, dir / name);
    CHECK(test::runCli({ "criteria", "validate", dir.string() }).code == 0);
    auto j = nlohmann::json::parse(test::readFile((dir / "S.json").string()));
    j["criteria"][8]["weight"] = "heavy";
    std::ofstream(dir / "S.json", std::ios::binary) << j.dump();
    auto bad = test::runCli({ "criteria", "validate", dir.string() });
    CHECK(bad.code == 3);
    CHECK_THAT(bad.err, Catch::Contains("criteria/S.json: /criteria/8/weight: must be an integer"));
    // score with a broken catalogue is refused too, never a crash
    auto project = tmp.file("p.sqlite");
    test::makeProject(project);
    auto score = test::runCli({ "score", project, "--catalogue", dir.string() });
    CHECK(score.code == 3);
    CHECK_THAT(score.err, Catch::Contains("/criteria/8/weight"));
    CHECK(test::runCli({ "criteria", "frobnicate" }).code == 2);
}

TEST_CASE("note adds, prints the id and searches; assess refusals write nothing", "[cli]")
{
    test::TempDir tmp;
    const auto project = tmp.file("p.sqlite");
    test::makeProject(project);
    const auto textFile = tmp.file("note.txt");
    std::ofstream(textFile, std::ios::binary) << "Прослушали звонки: скрипт не используется. \"Quotes\" AND (parens).";
    auto add = test::runCli({ "note", project, "--kind", "call_listening", "--title", "Звонки РОП", "--text-file",
        textFile, "--criteria", "p7,S3", "--date", "2025-06-15", "--respondent", "Игорь", "--role", "МП" });
    REQUIRE(add.code == 0);
    CHECK(add.out == "1\n");
    auto found = test::runCli({ "note", project, "--search", "ЗВОНОК \"quotes", "--json" });
    REQUIRE(found.code == 0);
    const auto hits = nlohmann::json::parse(found.out);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0]["id"] == 1);
    CHECK(hits[0]["kind"] == "call_listening");
    CHECK(test::runCli({ "note", project, "--search", "( AND" }).code == 0);
    CHECK(test::runCli({ "note", project, "--kind", "gossip", "--title", "x", "--text-file", textFile }).code == 2);
    CHECK(test::runCli(
              { "note", project, "--kind", "document", "--title", "x", "--text-file", textFile, "--criteria", "Z9" })
              .code
        == 2);
    CHECK(test::runCli({ "note", project, "--kind", "document", "--title", "x", "--text-file", tmp.file("none.txt") })
              .code
        == 3);

    std::string before;
    {
        auto p = store::Project::open(project, store::OpenMode::ReadOnly);
        REQUIRE(p.ok());
        before = test::logicalDump(p->db());
    }
    const std::vector<std::vector<std::string>> refused = {
        { "assess", project, "P2", "--checklist", "a=yes" }, // standard: evidence required
        { "assess", project, "P2", "--checklist", "a=yes", "--evidence", "7" }, // unknown evidence
        { "assess", project, "X1", "--checklist", "a=yes", "--evidence", "1" }, // unknown criterion
        { "assess", project, "P4", "--rating", "2", "--basis", "ten calls" }, // not a rating criterion
        { "assess", project, "P4", "--status", "green", "--reason-category", "business_context", "--rationale",
            "Deals wait for the spring budget every year." }, // not assessed: evidence needed
        { "assess", project, "P4", "--threshold", "stalled_share.green=abc", "--rationale", "A long enough sentence." },
        { "assess", project, "P4", "--threshold", "stalled_share.green=0.2", "--rationale", "short" },
        { "assess", project, "P4" }, // no mode
        { "assess", project, "--param", "gm=[oops", "--rationale", "Gross margin from the accounts." },
    };
    for (const auto& args : refused) {
        INFO(nlohmann::json(args).dump());
        const auto r = test::runCli(args);
        CHECK((r.code == 2 || r.code == 3));
        CHECK_FALSE(r.err.empty());
    }
    auto p = store::Project::open(project, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    CHECK(test::logicalDump(p->db()) == before);
}

TEST_CASE("score prints a table and byte-identical JSON", "[cli]")
{
    test::TempDir tmp;
    const auto project = tmp.file("p.sqlite");
    test::makeProject(project, store::Variant::Express);
    auto table = test::runCli({ "score", project });
    REQUIRE(table.code == 0);
    CHECK_THAT(table.out, Catch::Contains("P4  P    ○ not assessed"));
    CHECK_THAT(table.out, Catch::Contains("Overall: - insufficient_components (indicative: express audit)"));
    auto a = test::runCli({ "score", project, "--json" });
    auto b = test::runCli({ "score", project, "--json" });
    REQUIRE(a.code == 0);
    CHECK(a.out == b.out);
    CHECK(nlohmann::json::parse(a.out)["criteria"].size() == 19);
    CHECK(test::runCli({ "score" }).code == 2);
    CHECK(test::runCli({ "score", tmp.file("missing.sqlite") }).code != 0);
}
