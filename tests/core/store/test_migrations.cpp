// Every earlier schema version has a fixture in tests/data/projects/vN.sqlite; each must open,
// migrate to the current version and keep its data.
#include "TestSupport.h"
#include "store/Schema.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace sa;
using namespace sa::store;

TEST_CASE("fixtures of every schema version migrate to the current one", "[store][migration]")
{
    for (int v = 1; v <= kSchemaVersion; ++v) {
        const std::string fixture = test::dataPath("projects/v" + std::to_string(v) + ".sqlite");
        INFO("fixture " << fixture);
        REQUIRE(std::filesystem::exists(fixture));
        test::TempDir dir;
        const std::string copy = dir.file("copy.sqlite");
        std::filesystem::copy_file(fixture, copy);
        auto p = Project::open(copy, OpenMode::ReadWrite);
        REQUIRE(p.ok());
        CHECK(*p->schemaVersion() == kSchemaVersion);
        CHECK(p->auditInfo()->company == "Fixture Co");
        CHECK(p->db().scalarInt("SELECT count(*) FROM managers")->value() == 2);
        CHECK(*expectedSchema(kSchemaVersion) == *actualSchema(p->db()));
    }
}

TEST_CASE("the expected schema is deterministic", "[store][migration]")
{
    CHECK(*expectedSchema(kSchemaVersion) == *expectedSchema(kSchemaVersion));
    CHECK_FALSE(expectedSchema(kSchemaVersion)->empty());
}
