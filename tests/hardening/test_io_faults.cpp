// Disk full and I/O errors: the failing operation reports a clear message and the project is
// unchanged (the fault-injecting VFS fails the N-th write or sync; RLIMIT_FSIZE caps file growth).
#include "FaultVfs.h"
#include "Isolated.h"
#include "TestSupport.h"
#include "demo/DemoAudit.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <sys/resource.h>

using namespace sa;

namespace {

// A user action that touches many pages: rename every deal and the company, in one transaction.
Status bulkEdit(store::Project& p)
{
    auto tx = store::Transaction::begin(p.db());
    if (!tx)
        return tx.error();
    if (Status s = p.db().exec("UPDATE deals SET name = name || ' (проверено)'"); !s)
        return s;
    store::AuditInfo info = *p.auditInfo();
    info.company += " — after";
    if (Status s = store::writeAuditInfo(p.db(), info); !s)
        return s;
    return tx->commit();
}

std::string integrity(const std::string& path)
{
    auto p = store::Project::open(path, store::OpenMode::ReadOnly);
    if (!p)
        return p.error().describe();
    return p->db().scalarText("PRAGMA integrity_check")->value_or("");
}

} // namespace

TEST_CASE("a write or sync failing at any point leaves the project as it was", "[hardening][faults]")
{
    test::TempDir dir;
    const std::string base = dir.file("base.sqlite");
    demo::DemoOptions small;
    small.deals = 200;
    REQUIRE(demo::createDemoAudit(base, small, test::testClock()).ok());
    std::string before;
    {
        auto p = store::Project::open(base, store::OpenMode::ReadOnly);
        REQUIRE(p.ok());
        before = test::logicalDump(p->db());
    }
    using F = test::FaultVfs::Fault;
    for (F fault : { F::WriteIoError, F::WriteDiskFull, F::SyncIoError }) {
        int failures = 0;
        for (int n = 1; n < 400; ++n) {
            const std::string path = dir.file("copy.sqlite");
            std::filesystem::remove(path);
            std::filesystem::copy_file(base, path);
            bool fired = false;
            Status result;
            {
                test::FaultVfs vfs(fault, n);
                auto p = store::Project::open(path, store::OpenMode::ReadWrite);
                REQUIRE(p.ok());
                result = bulkEdit(*p);
                fired = vfs.fired();
            }
            INFO("fault " << static_cast<int>(fault) << " at call " << n);
            CHECK(integrity(path) == "ok");
            if (!fired) {
                CHECK(result.ok());
                break; // every write/sync of the operation has been failed once
            }
            ++failures;
            REQUIRE_FALSE(result.ok());
            CHECK_THAT(result.error().message,
                fault == F::WriteDiskFull ? Catch::Contains("disk is full") : Catch::Contains("I/O error"));
            auto p = store::Project::open(path, store::OpenMode::ReadOnly);
            REQUIRE(p.ok());
            CHECK(test::logicalDump(p->db()) == before);
        }
        CHECK(failures > 0);
    }
}

TEST_CASE("running out of file size while creating the demo leaves no file behind", "[hardening][faults]")
{
    test::TempDir dir;
    const std::string path = dir.file("demo.sqlite");
    const auto r = test::runIsolated(
        [&](const auto& emit) {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit fs { 256 * 1024, 256 * 1024 };
            setrlimit(RLIMIT_FSIZE, &fs);
            demo::DemoOptions options;
            options.deals = 3000;
            auto created = demo::createDemoAudit(path, options, test::testClock());
            if (created.ok())
                return 1;
            emit(created.error().describe());
            return 0;
        },
        30, std::size_t { 1 } << 31);
    INFO(r.failure << " / " << r.output);
    REQUIRE(r.finished);
    CHECK(r.exitCode == 0);
    CHECK((r.output.find("disk is full") != std::string::npos || r.output.find("I/O error") != std::string::npos));
    CHECK(std::filesystem::is_empty(dir.path()));
}
