// The 10k synthetic amoCRM export set of shared/bench/gen_crm.py, generated into a temporary
// folder, imports file by file with --preset amocrm; counts are asserted against manifest.json.
#include "PipelineTestUtil.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace sa;
using namespace sa::test;
using import::Entity;

TEST_CASE("gen_crm.py 10k export set imports completely with the amocrm preset", "[integration][slow]")
{
    const auto script = sharedDir() / "bench" / "gen_crm.py";
    if (skipWithoutShared(script))
        return;
    TempDir dir;
    const std::string out = dir.file("crm");
    const std::string cmd = "python3 '" + script.string() + "' --deals 10000 --jobs 1 -q --out '" + out + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::ifstream mf(out + "/manifest.json");
    const auto manifest = nlohmann::json::parse(mf, nullptr, false);
    REQUIRE_FALSE(manifest.is_discarded());
    auto project = makeProject(dir.file("p.sqlite"));
    // Deals before the tables that reference them; clients last, to exercise the relink.
    const std::pair<const char*, Entity> files[]
        = { { "deals.csv", Entity::Deals }, { "stage_history.csv", Entity::StageHistory },
              { "activities.csv", Entity::Activities }, { "orders.csv", Entity::Orders }, { "nps.csv", Entity::Nps },
              { "channels_costs.csv", Entity::ChannelCosts }, { "clients.csv", Entity::Clients } };
    for (const auto& [file, entity] : files) {
        INFO(file);
        auto s = import::runImport(project, request(out + "/" + file, entity), testClock());
        REQUIRE(s);
        const long long expected = manifest["records"][file].get<long long>();
        CHECK(s->rowsRead == expected);
        CHECK(s->rowsImported == expected);
        CHECK(s->rowsSkipped == 0);
    }
    const auto& outcomes = manifest["deal_outcomes"];
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE status = 'won'") == outcomes["won"].get<long long>());
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE status = 'lost'") == outcomes["lost"].get<long long>());
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE status = 'open'") == outcomes["open"].get<long long>());
    // Ten managers whatever the spelling; seven stages; eight sources (empty ones stay NULL).
    CHECK(count(project, "SELECT COUNT(*) FROM managers") == 10);
    CHECK(count(project, "SELECT COUNT(*) FROM stages") == 7);
    CHECK(count(project, "SELECT COUNT(*) FROM channels") == 8);
    CHECK(count(project, "SELECT COUNT(*) FROM leads WHERE derived = 1") == 10000);
    // Every reference resolved: the generator guarantees referential integrity.
    CHECK(count(project, "SELECT COUNT(*) FROM stage_history WHERE deal_id IS NULL") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM activities WHERE deal_id IS NULL") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM orders WHERE client_id IS NULL") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM orders WHERE deal_ref IS NOT NULL AND deal_id IS NULL") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM nps_responses WHERE client_id IS NULL") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE client_id IS NULL") == 0);
    // Closed deals have their close date; the money column decided "," as decimal separator.
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE status <> 'open' AND closed_at IS NULL") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM data_issues WHERE severity <> 'info'") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM import_batches") == 7);
}
