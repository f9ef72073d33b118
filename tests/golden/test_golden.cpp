// Golden cases: tests/golden/<case>/case.json + project data + consultant steps → expected.json
// (the `salesaudit-cli score --json` output). See README.md; SA_UPDATE_GOLDEN=1 rewrites expected files.
#include "CliRunner.h"
#include "TestSupport.h"
#include "scoring/ScoreEngine.h"
#include "scoring/ScoreJson.h"
#include "scoring/ScoreProject.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace sa;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

fs::path goldenDir()
{
    return fs::path(SA_SOURCE_DIR) / "tests" / "golden";
}

std::string substitute(std::string s, const std::string& project, const fs::path& caseDir)
{
    for (const auto& [key, value] :
        { std::pair<std::string, std::string> { "{project}", project }, { "{case}", caseDir.string() } })
        for (auto pos = s.find(key); pos != std::string::npos; pos = s.find(key, pos + value.size()))
            s.replace(pos, key.size(), value);
    return s;
}

scoring::Status statusOf(const json& j)
{
    return scoring::parseStatus(j.get<std::string>()).value();
}

scoring::Reason reasonOf(const std::string& s)
{
    for (auto r : { scoring::Reason::NoData, scoring::Reason::InsufficientSample, scoring::Reason::NoEvidence,
             scoring::Reason::NotApplicable, scoring::Reason::Pending })
        if (s == scoring::toString(r))
            return r;
    FAIL("unknown reason " << s);
    return scoring::Reason::None;
}

/// measurements.json: [{"id", "parts": [{"id", "indicators": {key: value}, "n", "reason", "indicative",
/// "forced", "cap", "partial", "flags"}], "impact", "impact_revenue_basis"}]
std::vector<scoring::Measurement> readMeasurements(const json& j)
{
    std::vector<scoring::Measurement> out;
    for (const auto& m : j) {
        scoring::Measurement x;
        x.criterionId = m.at("id").get<std::string>();
        for (const auto& p : m.at("parts")) {
            scoring::PartMeasurement part;
            part.id = p.value("id", "main");
            if (p.contains("indicators"))
                for (auto it = p["indicators"].begin(); it != p["indicators"].end(); ++it)
                    part.indicators.push_back({ it.key(), it.value().get<double>() });
            part.n = p.value("n", 0LL);
            if (p.contains("reason"))
                part.reason = reasonOf(p["reason"].get<std::string>());
            part.indicative = p.value("indicative", false);
            part.partial = p.value("partial", false);
            if (p.contains("forced"))
                part.forced = statusOf(p["forced"]);
            if (p.contains("cap"))
                part.cap = statusOf(p["cap"]);
            part.flags = p.value("flags", std::vector<std::string> {});
            x.parts.push_back(part);
        }
        if (m.contains("impact"))
            x.impact = m["impact"].get<double>();
        x.impactOnRevenueBasis = m.value("impact_revenue_basis", false);
        out.push_back(std::move(x));
    }
    return out;
}

void runSteps(const json& steps, const std::string& project, const fs::path& caseDir)
{
    for (const auto& step : steps) {
        const json& argsJson = step.is_array() ? step : step.at("args");
        const int expectedExit = step.is_object() ? step.value("exit", 0) : 0;
        std::vector<std::string> args;
        for (const auto& a : argsJson)
            args.push_back(substitute(a.get<std::string>(), project, caseDir));
        auto r = test::runCli(args);
        INFO(argsJson.dump() << "\nstdout: " << r.out << "\nstderr: " << r.err);
        REQUIRE(r.code == expectedExit);
    }
}

/// The score JSON of one case: CLI end to end ("cli"), or the engine on measurements.json ("engine").
std::string scoreCase(const fs::path& caseDir, const json& spec, const std::string& project)
{
    if (spec.value("mode", "cli") == "cli") {
        auto r = test::runCli({ "score", project, "--json" });
        INFO(r.err);
        REQUIRE(r.code == 0);
        auto again = test::runCli({ "score", project, "--json" });
        CHECK(again.out == r.out); // deterministic
        return r.out;
    }
    auto p = store::Project::open(project, store::OpenMode::ReadOnly);
    REQUIRE(p.ok());
    auto setup = scoring::loadScoringSetup(*p, Params::defaultCatalogueDir());
    REQUIRE(setup.ok());
    const auto measurements = readMeasurements(json::parse(test::readFile((caseDir / "measurements.json").string())));
    scoring::ImpactBase base;
    if (spec.contains("impact_base")) {
        const auto& b = spec["impact_base"];
        if (!b.value("revenue", json()).is_null())
            base.revenue = b["revenue"].get<double>();
        if (!b.value("gm", json()).is_null())
            base.gm = b["gm"].get<double>();
        base.gmSource = b.value("gm_source", "");
        base.periodFrom = b.value("period_from", "");
        base.periodTo = b.value("period_to", "");
    }
    return scoring::toJsonText(
        scoring::score(setup->catalogue, setup->params, setup->variant, measurements, setup->assessments, base));
}

/// Hand-written expectations of case.json "checks", asserted independently of expected.json:
/// {"criteria_count": N, "status": {id: status}, "reason": {id: reason}, "source": {id: source},
///  "components": {id: {"score": S, "coverage": C, "status": X}}, "overall": {"score": S, "status": X},
///  "bottleneck_order": [ids], "blind_spots": [ids]}
void runChecks(const json& checks, const json& actual)
{
    const auto findById = [](const json& list, const std::string& id) {
        for (const auto& x : list)
            if (x["id"] == id)
                return x;
        FAIL("no entry " << id);
        return json();
    };
    if (checks.contains("criteria_count"))
        CHECK(actual["criteria"].size() == checks["criteria_count"].get<std::size_t>());
    for (const char* field : { "status", "reason", "source" }) {
        if (!checks.contains(field))
            continue;
        const json& expected = checks[field];
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            INFO(it.key() << " " << field);
            CHECK(findById(actual["criteria"], it.key())[field] == it.value());
        }
    }
    if (checks.contains("components")) {
        const json& comps = checks["components"];
        for (auto it = comps.begin(); it != comps.end(); ++it)
            for (auto kv = it.value().begin(); kv != it.value().end(); ++kv) {
                INFO("component " << it.key() << " " << kv.key());
                CHECK(findById(actual["components"], it.key())[kv.key()] == kv.value());
            }
    }
    if (checks.contains("overall")) {
        const json& overall = checks["overall"];
        for (auto it = overall.begin(); it != overall.end(); ++it) {
            INFO("overall " << it.key());
            CHECK(actual["overall"][it.key()] == it.value());
        }
    }
    if (checks.contains("bottleneck_order")) {
        std::vector<std::string> order;
        for (const auto& b : actual["bottlenecks"])
            order.push_back(b["id"].get<std::string>());
        CHECK(order == checks["bottleneck_order"].get<std::vector<std::string>>());
    }
    if (checks.contains("blind_spots"))
        CHECK(actual["blind_spots"] == checks["blind_spots"]);
}

void runCase(const fs::path& caseDir)
{
    const auto spec = json::parse(test::readFile((caseDir / "case.json").string()));
    test::TempDir tmp;
    const auto project = tmp.file("golden.sqlite");
    {
        store::AuditInfo info;
        info.company = spec.value("company", "Golden Co");
        info.variant = store::parseVariant(spec.value("variant", "standard")).value();
        info.periodFrom = parseIsoDate("2024-07-01");
        info.periodTo = parseIsoDate("2025-06-30");
        auto p = store::Project::create(project, info, test::testClock());
        REQUIRE(p.ok());
        if (spec.contains("data_sql"))
            REQUIRE(p->db().exec(test::readFile((caseDir / spec["data_sql"].get<std::string>()).string())).ok());
    }
    if (spec.contains("steps"))
        runSteps(spec["steps"], project, caseDir);
    const auto actual = scoreCase(caseDir, spec, project);
    const auto expectedPath = caseDir / "expected.json";
    if (const char* update = std::getenv("SA_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::ofstream(expectedPath, std::ios::binary) << actual;
        WARN("rewrote " << expectedPath.string());
        return;
    }
    REQUIRE(fs::exists(expectedPath));
    const auto expected = test::readFile(expectedPath.string());
    if (actual != expected) {
        const auto a = json::parse(actual), e = json::parse(expected);
        INFO("first difference (JSON patch expected → actual): " << json::diff(e, a).dump().substr(0, 2000));
        CHECK(actual == expected);
    }
    if (spec.contains("checks"))
        runChecks(spec["checks"], json::parse(actual));
}

} // namespace

TEST_CASE("golden score cases", "[golden]")
{
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(goldenDir()))
        if (fs::exists(entry.path() / "case.json"))
            cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 6);
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.filename().string())
        {
            runCase(c);
        }
    }
}
