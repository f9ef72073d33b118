// salesaudit-cli plan --csv / --xlsx: the plan through the report's own writers (BOM, OWASP
// neutralisation, strings never formulas), the same rows as plan --json, usage errors write nothing.
#include "CliRunner.h"
#include "TestSupport.h"
#include "plan/PlanStore.h"
#include "store/Project.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

/// A fresh demo project (small) with one consultant action whose texts try formula injection.
std::string hostileDemo(sa::test::TempDir& dir)
{
    const std::string path = dir.file("demo.sqlite");
    const auto made = sa::test::runCli({ "demo", path, "--deals", "600" });
    INFO(made.err);
    REQUIRE(made.code == 0);
    REQUIRE(sa::test::runCli({ "plan", path, "--json" }).code == 0); // the generated plan is stored first
    auto project = sa::store::Project::open(path, sa::store::OpenMode::ReadWrite);
    REQUIRE(project.ok());
    sa::plan::ActionRecord a;
    a.criteria = { "P4" };
    a.text = "=HYPERLINK(\"http://x\";\"click\")";
    a.ownerRole = "@SUM(A1)";
    a.targetKpi = "+1";
    a.userOrigin = true;
    REQUIRE(sa::plan::addAction(project->db(), a, sa::test::testClock()).ok());
    return path;
}

std::string unzipEntry(const std::string& xlsx, const char* entry)
{
    QProcess p;
    p.start(
        QStringLiteral("unzip"), { QStringLiteral("-p"), QString::fromStdString(xlsx), QString::fromLatin1(entry) });
    p.waitForFinished(60000);
    return p.readAllStandardOutput().toStdString();
}

std::size_t count(const std::string& s, const std::string& what)
{
    std::size_t n = 0;
    for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + what.size()))
        ++n;
    return n;
}

} // namespace

TEST_CASE("cli plan --csv and --xlsx export the stored plan", "[plan][cli][integration]")
{
    sa::test::TempDir dir;
    const std::string project = hostileDemo(dir);
    const auto json = sa::test::runCli({ "plan", project, "--json" });
    REQUIRE(json.code == 0);
    const auto actions = nlohmann::json::parse(json.out)["actions"];
    REQUIRE(actions.size() > 1);

    const std::string csvPath = dir.file("plan.csv");
    const auto csv = sa::test::runCli({ "plan", project, "--csv", csvPath, "--lang", "en" });
    INFO(csv.err);
    REQUIRE(csv.code == 0);
    CHECK(csv.out.find("wrote " + csvPath) != std::string::npos);
    const std::string text = sa::test::readFile(csvPath);
    CHECK(text.rfind("\xEF\xBB\xBF#;Criteria;Action;", 0) == 0);
    CHECK(count(text, "\r\n") == actions.size() + 1); // header + one line per action (none dropped)
    CHECK(text.find("\"'=HYPERLINK(\"\"http://x\"\";\"\"click\"\")\"") != std::string::npos);
    CHECK(text.find("'@SUM(A1)") != std::string::npos);
    CHECK(text.find(";'+1;") != std::string::npos);

    const std::string xlsxPath = dir.file("plan.xlsx");
    const auto xlsx = sa::test::runCli({ "plan", project, "--xlsx", xlsxPath });
    INFO(xlsx.err);
    REQUIRE(xlsx.code == 0);
    const std::string sheet = unzipEntry(xlsxPath, "xl/worksheets/sheet1.xml");
    REQUIRE_FALSE(sheet.empty());
    CHECK(sheet.find("<f>") == std::string::npos);
    CHECK(count(sheet, "<row ") == actions.size() + 1);
    CHECK(unzipEntry(xlsxPath, "xl/sharedStrings.xml").find("=HYPERLINK") != std::string::npos);
}

TEST_CASE("cli plan: conflicting or bad options write nothing", "[plan][cli]")
{
    sa::test::TempDir dir;
    const std::string project = hostileDemo(dir);
    const std::string out = dir.file("x.csv");
    CHECK(sa::test::runCli({ "plan", project, "--json", "--csv", out }).code == 2);
    CHECK(sa::test::runCli({ "plan", project, "--csv", out, "--xlsx", dir.file("x.xlsx") }).code == 2);
    CHECK(sa::test::runCli({ "plan", project, "--csv", out, "--lang", "de" }).code == 2);
    const auto missing = sa::test::runCli({ "plan", dir.file("none.sqlite"), "--csv", out });
    CHECK(missing.code != 0);
    CHECK_FALSE(missing.err.empty());
    // A directory that does not exist: a clear error, no file.
    const auto bad = sa::test::runCli({ "plan", project, "--csv", dir.file("no/such/dir/p.csv") });
    CHECK(bad.code != 0);
    CHECK_FALSE(bad.err.empty());
    CHECK_FALSE(QFile::exists(QString::fromStdString(out)));
}
