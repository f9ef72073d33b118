// An activities import leaves the activities rollup current, byte-identical to the one
// rollup::rebuild makes from the table: into an empty table, appended (the import aggregates its
// rows as it writes them onto the rollup as it stood: rollup::AppendedActivities), appended to a
// stale rollup, after --replace (both rebuilt); a cancel leaves the file byte-identical.
#include "PipelineTestUtil.h"
#include "rollup/AppendedActivities.h"
#include "rollup/AppendedDeals.h"
#include "rollup/Rollup.h"

#include <fstream>

using namespace sa;
using namespace sa::test;
using import::Entity;

namespace {

/// Activities (generic preset: canonical headers) for every rule of the aggregate: known and
/// unknown deals and clients, leads, no manager, planned / cancelled / default-status rows, no
/// done date, inbound rows, tasks, calls with and without an outcome, several rows per day.
std::string writeActivities(const TempDir& dir, const std::string& name, int rows, int firstId)
{
    static const char* const kTypes[] = { "call", "email", "meeting", "task", "message" };
    static const char* const kStatus[] = { "done", "planned", "done", "cancelled", "" };
    static const char* const kClients[] = { "", "ООО Альфа", "ООО Бета", "ООО Неизвестная" };
    static const char* const kManagers[] = { "Алексей Иванов", "Ольга Смирнова", "", "Пётр Новый" };
    const std::string path = dir.file(name);
    std::ofstream out(path, std::ios::binary);
    out << "ext_id;manager;type;direction;deal;lead;client;status;done_at;due_at;outcome\n";
    for (int i = 0; i < rows; ++i) {
        out << firstId + i << ";" << kManagers[i % 4] << ";" << kTypes[i % 5] << ";"
            << (i % 3 == 0          ? "inbound"
                       : i % 3 == 1 ? "outbound"
                                    : "")
            << ";" << 100 + i % 9 << ";" << (i % 4 == 0 ? "L" + std::to_string(i % 11) : "") << ";" << kClients[i % 4]
            << ";" << kStatus[i % 5] << ";";
        if (i % 7 != 0)
            out << 1 + i % 28 << ".0" << 1 + i % 9 << ".2024 1" << i % 10 << ":00:00";
        out << ";" << (i % 5 == 1 ? "15.10.2024 10:00:00" : "") << ";" << (i % 2 ? "ok" : "") << "\n";
    }
    return path;
}

std::string storedRollup(store::Project& p)
{
    return text(p,
        "SELECT group_concat(hex(payload), '') FROM (SELECT payload FROM rollup_parts"
        " WHERE rollup_id = (SELECT id FROM rollups WHERE name = 'activities') ORDER BY part)");
}

rollup::State state(store::Project& p)
{
    auto fp = rollup::activitiesFingerprint(p.db());
    REQUIRE(fp);
    return rollup::readActivities(p.db(), *fp).state;
}

/// The stored rollup is current and equal to the one rebuilt from the table.
void requireSameAsRebuild(store::Project& p)
{
    REQUIRE(state(p) == rollup::State::Current);
    const std::string imported = storedRollup(p);
    REQUIRE(rollup::rebuild(p.db()));
    CHECK(state(p) == rollup::State::Current);
    CHECK(storedRollup(p) == imported);
}

void prepare(store::Project& project)
{
    REQUIRE(import::runImport(project, request(dataPath("import/clients_amocrm.csv"), Entity::Clients), testClock()));
    REQUIRE(import::runImport(project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock()));
}

} // namespace

TEST_CASE("an activities import stores the rollup a rebuild makes", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    prepare(project);
    const int rows = GENERATE(1, 63, 64, 65, 4096 * 2 + 37);
    const std::string file = writeActivities(dir, "a.csv", rows, 1);
    auto s = import::runImport(project, request(file, Entity::Activities, "generic"), testClock());
    REQUIRE(s);
    CHECK(s->rowsImported == rows);
    if (rows > 1) // rows 2 on: known deals and clients
        CHECK(
            count(project, "SELECT COUNT(*) FROM activities WHERE deal_id IS NOT NULL AND client_id IS NOT NULL") > 0);
    requireSameAsRebuild(project);
    auto follows = rollup::AppendedActivities::begin(project.db()); // the next import appends in-stream
    REQUIRE(follows);
    CHECK(*follows != nullptr);

    SECTION("appending to existing activities")
    {
        const std::string more = writeActivities(dir, "b.csv", 500, 100000);
        REQUIRE(import::runImport(project, request(more, Entity::Activities, "generic"), testClock()));
        CHECK(count(project, "SELECT COUNT(*) FROM activities") == rows + 500);
        requireSameAsRebuild(project);
    }
    SECTION("appending while the stored rollup is stale")
    {
        REQUIRE(rollup::invalidate(project.db()));
        auto declined = rollup::AppendedActivities::begin(project.db()); // the import rebuilds instead
        REQUIRE(declined);
        CHECK(*declined == nullptr);
        const std::string more = writeActivities(dir, "b.csv", 500, 100000);
        REQUIRE(import::runImport(project, request(more, Entity::Activities, "generic"), testClock()));
        requireSameAsRebuild(project);
    }
    SECTION("--replace of the only activities file")
    {
        auto again = request(file, Entity::Activities, "generic");
        again.replace = true;
        REQUIRE(import::runImport(project, again, testClock()));
        CHECK(count(project, "SELECT COUNT(*) FROM activities") == rows);
        requireSameAsRebuild(project);
    }
}

TEST_CASE("a large activities import cancelled midway leaves the file byte-identical", "[integration]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    constexpr int kRows = 60000; // the indexes deferred
    const std::string file = writeActivities(dir, "a.csv", kRows, 1);
    {
        auto project = makeProject(path);
        prepare(project);
    }
    const std::string bytes = readFile(path);
    {
        auto project = store::Project::open(path);
        REQUIRE(project);
        auto s = import::runImport(*project, request(file, Entity::Activities, "generic"), testClock(),
            [&](double, long long n) { return n < kRows / 2; });
        REQUIRE_FALSE(s);
        CHECK(s.error().kind == ErrorKind::Cancelled);
    }
    CHECK(readFile(path) == bytes);
}

namespace {

/// Deals with canonical headers (generic preset) filling every column the snapshot keeps: NULLs,
/// both pipelines (and a pipeline name), probabilities, sales channels, loss reasons, open /
/// won / lost and a stage unknown to the list.
std::string writeDeals(const TempDir& dir, const std::string& name, int rows, int firstId)
{
    static const char* const kStages[]
        = { "Первичный контакт", "Успешно реализовано", "Закрыто и не реализовано", "Переговоры", "Новый этап" };
    static const char* const kSales[] = { "", "direct", "dealer", "marketplace" };
    const std::string path = dir.file(name);
    std::ofstream out(path, std::ios::binary);
    out << "ext_id;name;created_at;client;lead;owner;pipeline;sales_channel;channel;stage;status;closed_at;amount;"
           "probability;expected_close_date;loss_reason\n";
    for (int i = 0; i < rows; ++i) {
        out << firstId + i << ";Deal " << i << ";" << 1 + i % 28 << ".07.2024;" << (i % 3 ? "ООО Альфа" : "") << ";"
            << (i % 5 == 0 ? "L" + std::to_string(i) : "") << ";" << (i % 4 ? "Алексей Иванов" : "") << ";"
            << (i % 6 == 0 ? "account" : "") << ";" << kSales[i % 4] << ";" << (i % 2 ? "Сайт" : "") << ";"
            << kStages[i % 5] << ";;" << (i % 5 == 1 || i % 5 == 2 ? "30.08.2024" : "") << ";"
            << (i % 7 ? std::to_string(1000 * i) : "") << ";" << (i % 3 == 0 ? "0.25" : "") << ";"
            << (i % 9 == 0 ? "01.12.2024" : "") << ";" << (i % 5 == 2 ? "Дорого" : "") << "\n";
    }
    return path;
}

std::string storedSnapshot(store::Project& p)
{
    return text(p,
        "SELECT group_concat(hex(payload), '') FROM (SELECT payload FROM rollup_parts"
        " WHERE rollup_id = (SELECT id FROM rollups WHERE name = 'deals') ORDER BY part)");
}

/// The stored deals snapshot is current and equal to the one rebuilt from the tables.
void requireSnapshotSameAsRebuild(store::Project& p)
{
    auto fp = rollup::dealsFingerprint(p.db());
    REQUIRE(fp);
    REQUIRE(rollup::readDeals(p.db(), *fp).state == rollup::State::Current);
    const std::string imported = storedSnapshot(p);
    REQUIRE(rollup::rebuild(p.db()));
    CHECK(storedSnapshot(p) == imported);
}

} // namespace

TEST_CASE("a deals import stores the snapshot a rebuild makes", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    REQUIRE(import::runImport(project, request(dataPath("import/clients_amocrm.csv"), Entity::Clients), testClock()));
    const int rows = GENERATE(1, 31, 32, 33, 700);
    auto s
        = import::runImport(project, request(writeDeals(dir, "d.csv", rows, 1), Entity::Deals, "generic"), testClock());
    REQUIRE(s);
    CHECK(s->rowsImported == rows);
    requireSnapshotSameAsRebuild(project);
    auto follows = rollup::AppendedDeals::begin(project.db()); // the next deals import appends in-stream
    REQUIRE(follows);
    CHECK(*follows != nullptr);

    SECTION("amoCRM deals (derived leads, ids assigned in-stream) appended")
    {
        REQUIRE(import::runImport(project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock()));
        requireSnapshotSameAsRebuild(project);
    }
    SECTION("appending, with a duplicate key skipped")
    {
        REQUIRE(import::runImport(
            project, request(writeDeals(dir, "more.csv", 50, rows), Entity::Deals, "generic"), testClock()));
        CHECK(count(project, "SELECT COUNT(*) FROM deals") == rows + 49);
        requireSnapshotSameAsRebuild(project);
    }
    SECTION("appending while the stored snapshot is stale")
    {
        REQUIRE(rollup::invalidate(project.db()));
        REQUIRE(import::runImport(
            project, request(writeDeals(dir, "more.csv", 50, 5000), Entity::Deals, "generic"), testClock()));
        requireSnapshotSameAsRebuild(project);
    }
    SECTION("appending to deals that have stage history (rebuilt: the import relinks it)")
    {
        REQUIRE(import::runImport(
            project, request(dataPath("import/stage_history_amocrm.csv"), Entity::StageHistory), testClock()));
        REQUIRE(import::runImport(project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock()));
        CHECK(count(project, "SELECT COUNT(*) FROM stage_history WHERE deal_id IS NOT NULL") > 0);
        requireSnapshotSameAsRebuild(project);
        auto declined = rollup::AppendedDeals::begin(project.db());
        REQUIRE(declined);
        CHECK(*declined == nullptr);
    }
    SECTION("--replace")
    {
        auto again = request(dir.file("d.csv"), Entity::Deals, "generic");
        again.replace = true;
        REQUIRE(import::runImport(project, again, testClock()));
        requireSnapshotSameAsRebuild(project);
    }
}
