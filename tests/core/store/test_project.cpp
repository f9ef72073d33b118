#include "TestSupport.h"
#include "store/Schema.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace sa;
using namespace sa::store;

TEST_CASE("a new project has the full schema, our application_id and the current version", "[store]")
{
    test::TempDir dir;
    auto p = test::makeProject(dir.file("a.sqlite"));
    CHECK(*p.schemaVersion() == kSchemaVersion);
    CHECK(p.db().scalarInt("PRAGMA application_id")->value() == kApplicationId);
    CHECK(p.db().scalarText("PRAGMA journal_mode")->value() == "delete");
    CHECK(p.db().scalarInt("PRAGMA synchronous")->value() == 2); // FULL
    auto counts = p.entityCounts();
    REQUIRE(counts.ok());
    CHECK(counts->size() == entityTables().size());
    for (const auto& [t, n] : *counts)
        CHECK(n == 0);
    CHECK(p.auditInfo()->company == "Test Co");
}

TEST_CASE("create refuses to overwrite and leaves no temporary file behind", "[store]")
{
    test::TempDir dir;
    test::makeProject(dir.file("a.sqlite"));
    AuditInfo info;
    info.company = "Other";
    auto again = Project::create(dir.file("a.sqlite"), info, test::testClock());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Usage);
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);

    info.company = "  ";
    auto blank = Project::create(dir.file("b.sqlite"), info, test::testClock());
    REQUIRE_FALSE(blank.ok());
    CHECK_FALSE(std::filesystem::exists(dir.file("b.sqlite")));
}

TEST_CASE("a failed write rolls back and leaves the file as it was", "[store]")
{
    test::TempDir dir;
    auto p = test::makeProject(dir.file("a.sqlite"));
    const std::string before = test::logicalDump(p.db());
    {
        auto tx = Transaction::begin(p.db());
        REQUIRE(tx.ok());
        REQUIRE(p.db().exec("INSERT INTO managers (name) VALUES ('Анна')").ok());
        // The CHECK on role fails: the transaction is abandoned and rolls back.
        CHECK_FALSE(p.db().exec("INSERT INTO managers (name, role) VALUES ('Борис', 'boss')").ok());
    }
    CHECK(test::logicalDump(p.db()) == before);

    AuditInfo bad = *p.auditInfo();
    bad.periodFrom = *parseIsoDate("2025-02-01");
    bad.periodTo = *parseIsoDate("2025-01-01");
    CHECK_FALSE(p.updateAuditInfo(bad, test::testClock()).ok());
    CHECK(test::logicalDump(p.db()) == before);
}

TEST_CASE("audit info updates persist across reopen", "[store]")
{
    test::TempDir dir;
    {
        auto p = test::makeProject(dir.file("a.sqlite"));
        AuditInfo info = *p.auditInfo();
        info.variant = Variant::Premium;
        info.periodFrom = *parseIsoDate("2024-07-01");
        REQUIRE(p.updateAuditInfo(info, test::testClock()).ok());
    }
    auto p = Project::open(dir.file("a.sqlite"), OpenMode::ReadOnly);
    REQUIRE(p.ok());
    CHECK(p->auditInfo()->variant == Variant::Premium);
    CHECK(formatDate(*p->auditInfo()->periodFrom) == "2024-07-01");
}
