// Crash safety: an import of a 200k-row file is SIGKILLed at random moments. Each time the
// project opens, passes integrity_check, holds the import batch wholly or not at all, and the
// earlier data is unchanged. 50 kills by default; SA_CRASH_ITERATIONS overrides (200 under `slow`).
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace sa;
namespace fs = std::filesystem;

namespace {

const std::string kCli = std::string(SA_BINARY_DIR) + "/bin/salesaudit-cli";

pid_t spawn(const std::vector<std::string>& args)
{
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        std::vector<char*> argv;
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

int runToEnd(const std::vector<std::string>& args)
{
    int status = 0;
    waitpid(spawn(args), &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The tables the killed import must never touch, dumped for comparison.
std::string earlierData(const store::Project& p)
{
    std::string out;
    for (const char* q :
        { "SELECT count(*), total(amount), total(created_at), total(coalesce(closed_at, 0)) FROM deals",
            "SELECT count(*), total(created_at), total(coalesce(channel_id, 0)) FROM leads",
            "SELECT group_concat(name, '|') FROM (SELECT name FROM managers ORDER BY id)",
            "SELECT group_concat(name || ord || terminal, '|') FROM (SELECT * FROM stages ORDER BY id)",
            "SELECT count(*) FROM import_batches WHERE entity != 'activities'" }) {
        auto v = p.db().scalarText(q);
        out += (v && v->has_value() ? **v : std::string("NULL")) + "\n";
    }
    return out;
}

int iterations()
{
    const char* env = std::getenv("SA_CRASH_ITERATIONS");
    return env && *env ? std::atoi(env) : 50;
}

} // namespace

TEST_CASE("an import killed at any moment leaves the project whole", "[hardening][crash]")
{
    const fs::path gen = test::sharedDir() / "bench" / "gen_crm.py";
    if (test::skipWithoutShared(gen))
        return;
    test::TempDir dir;
    const std::string data = dir.file("crm");
    REQUIRE(std::system(("python3 '" + gen.string() + "' --deals 40000 -q --out '" + data + "'").c_str()) == 0);
    const std::string base = dir.file("base.sqlite");
    REQUIRE(runToEnd({ kCli, "new", base, "--company", "Crash Co" }) == 0);
    REQUIRE(runToEnd({ kCli, "import", base, "--entity", "deals", "--preset", "amocrm", data + "/deals.csv" }) == 0);
    std::string before;
    {
        auto p = store::Project::open(base, store::OpenMode::ReadOnly);
        REQUIRE(p.ok());
        before = earlierData(*p);
    }
    // How long a whole import takes here, so the kills spread over all of it.
    const std::string probe = dir.file("probe.sqlite");
    fs::copy_file(base, probe);
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(
        runToEnd({ kCli, "import", probe, "--entity", "activities", "--preset", "amocrm", data + "/activities.csv" })
        == 0);
    const auto full = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);

    std::mt19937 rng(20261124);
    int whole = 0, absent = 0;
    for (int i = 0; i < iterations(); ++i) {
        const std::string path = dir.file("kill.sqlite");
        fs::remove(path);
        fs::remove(path + "-journal");
        fs::copy_file(base, path);
        const pid_t pid
            = spawn({ kCli, "import", path, "--entity", "activities", "--preset", "amocrm", data + "/activities.csv" });
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % (full.count() * 11 / 10 + 1)));
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        INFO("iteration " << i);
        auto p = store::Project::open(path, store::OpenMode::ReadWrite); // rolls back a hot journal
        INFO((p.ok() ? std::string() : p.error().describe()));
        REQUIRE(p.ok());
        CHECK(p->db().scalarText("PRAGMA integrity_check")->value_or("") == "ok");
        const auto batches
            = p->db().scalarInt("SELECT count(*) FROM import_batches WHERE entity = 'activities'")->value_or(-1);
        const auto rows = p->db().scalarInt("SELECT count(*) FROM activities")->value_or(-1);
        REQUIRE((batches == 0 || batches == 1));
        if (batches == 1) {
            CHECK(rows
                == p->db()
                       .scalarInt("SELECT rows_imported FROM import_batches WHERE entity = 'activities'")
                       ->value_or(-2));
            ++whole;
        } else {
            CHECK(rows == 0);
            ++absent;
        }
        CHECK(earlierData(*p) == before);
    }
    INFO("imports found whole: " << whole << ", absent: " << absent);
    CHECK(absent > 0); // the kills did land during imports
}

TEST_CASE("a hot journal left by a dead writer is rolled back when the project is opened", "[hardening][crash]")
{
    test::TempDir dir;
    const std::string path = dir.file("p.sqlite");
    {
        auto p = test::makeProject(path);
        REQUIRE(p.db()
                    .exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                          " INSERT INTO managers (name) SELECT 'Manager ' || i FROM n")
                    .ok());
    }
    std::string before;
    {
        auto p = store::Project::open(path, store::OpenMode::ReadOnly);
        REQUIRE(p.ok());
        before = test::logicalDump(p->db());
    }
    // The child spills uncommitted pages into the file (tiny cache) and dies without committing.
    const pid_t pid = fork();
    if (pid == 0) {
        auto p = store::Project::open(path, store::OpenMode::ReadWrite);
        if (p.ok()
            && p->db()
                   .exec("PRAGMA cache_size = 1; BEGIN IMMEDIATE;"
                         " UPDATE managers SET name = name || ' — изменено', fte = 0.5;")
                   .ok())
            _exit(0);
        _exit(1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    REQUIRE(fs::exists(path + "-journal"));
    REQUIRE(fs::file_size(path + "-journal") > 0);
    for (auto mode : { store::OpenMode::ReadOnly, store::OpenMode::ReadWrite }) {
        auto p = store::Project::open(path, mode);
        INFO((p.ok() ? std::string() : p.error().describe()));
        REQUIRE(p.ok());
        CHECK(test::logicalDump(p->db()) == before);
        CHECK(p->db().scalarText("PRAGMA integrity_check")->value_or("") == "ok");
    }
}
