// A file larger than its table (>= 50 000 rows) is written without the table's secondary
// indexes, which are built again at the end (docs/IMPORT.md "Speed"): inside the import's
// transaction, so the schema comes back exactly, and a cancel leaves the file byte-identical.
#include "PipelineTestUtil.h"

#include <fstream>

using namespace sa;
using namespace sa::test;
using import::Entity;

namespace {

constexpr int kRows = 60000; // above the deferral's threshold (50 000 rows)

std::string writeDeals(const TempDir& dir)
{
    const std::string path = dir.file("deals.csv");
    std::ofstream out(path, std::ios::binary);
    out << "ID;Название сделки;Бюджет;Ответственный;Этап сделки;Воронка;Дата создания;Дата изменения;Дата "
           "закрытия;Источник;Компания;Теги;Причина отказа\n";
    for (int i = 1; i <= kRows; ++i)
        out << i << ";Сделка " << i << ";" << 1000 + i % 977 << ";" << (i % 3 ? "Алексей Иванов" : "Ольга Смирнова")
            << ";" << (i % 4 ? "Закрыто и не реализовано" : "Успешно реализовано") << ";Основная воронка;" << 1 + i % 28
            << ".07.2024 10:00:00;;" << 1 + i % 28 << ".08.2024 10:00:00;Сайт;ООО Альфа " << i % 50 << ";;\n";
    return path;
}

// Every secondary index of the project, with its SQL.
std::string indexes(store::Project& p)
{
    return text(p,
        "SELECT group_concat(name || ': ' || sql, char(10)) FROM (SELECT name, sql FROM sqlite_schema "
        "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)");
}

} // namespace

TEST_CASE("a large import rebuilds the indexes it dropped, complete and identical", "[integration]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    const std::string file = writeDeals(dir);
    std::string before;
    {
        auto project = makeProject(path);
        before = indexes(project);
        REQUIRE(before.find("deals_owner: CREATE INDEX") != std::string::npos);
        auto s = import::runImport(project, request(file, Entity::Deals), testClock());
        REQUIRE(s);
        CHECK(s->rowsImported == kRows);
        CHECK(s->derivedLeads == kRows);
        CHECK(indexes(project) == before);
        CHECK(text(project, "PRAGMA integrity_check") == "ok"); // every index holds every row
        CHECK(count(project, "SELECT COUNT(*) FROM deals INDEXED BY deals_owner WHERE owner_id > 0") == kRows);
        // leads_deal was kept during the insert (the derived leads' deal ids ascend): complete.
        CHECK(count(project, "SELECT COUNT(*) FROM leads INDEXED BY leads_deal WHERE deal_id > 0") == kRows);
        // No client in the project: deals_client (WHERE client_id IS NOT NULL) was kept, and holds nothing.
        CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE client_id IS NOT NULL") == 0);
        CHECK(count(project, "SELECT COUNT(*) FROM deals INDEXED BY deals_client WHERE client_id > 0") == 0);
    }
    auto reopened = store::Project::open(path); // the validator compares the schema object by object
    REQUIRE(reopened);
}

TEST_CASE("a large import cancelled after its indexes were dropped leaves the file byte-identical", "[integration]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    const std::string file = writeDeals(dir);
    {
        auto project = makeProject(path);
    }
    const std::string bytes = readFile(path);
    {
        auto project = store::Project::open(path);
        REQUIRE(project);
        long long seen = 0;
        auto s = import::runImport(*project, request(file, Entity::Deals), testClock(), [&](double, long long rows) {
            seen = rows;
            return rows < kRows / 2; // well into the bulk insert, the indexes dropped
        });
        REQUIRE_FALSE(s);
        CHECK(s.error().kind == ErrorKind::Cancelled);
        CHECK(seen >= kRows / 2);
    }
    CHECK(readFile(path) == bytes);
    REQUIRE(store::Project::open(path));
}

TEST_CASE("activities_deal is kept while the deal ids ascend, dropped and rebuilt when they stop", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    const std::string before = indexes(project);
    REQUIRE(import::runImport(project, request(writeDeals(dir), Entity::Deals), testClock()));
    for (const bool ascending : { false, true }) { // into an empty table: both files defer
        const std::string path = dir.file(ascending ? "a.csv" : "b.csv");
        {
            std::ofstream out(path, std::ios::binary);
            out << "ID;ID сделки;Тип;Ответственный;Дата;Длительность, сек;Результат\n";
            for (int i = 1; i <= kRows; ++i) // the second file turns back to deal 1 half-way
                out << (ascending ? "A" : "B") << i << ";" << (ascending || i <= kRows / 2 ? i : i - kRows / 2)
                    << ";Звонок;Алексей Иванов;01.07.2024 11:00:00;60;Дозвонился\n";
        }
        auto s = import::runImport(project, request(path, Entity::Activities), testClock());
        REQUIRE(s);
        CHECK(s->rowsImported == kRows);
        CHECK(indexes(project) == before);
        CHECK(text(project, "PRAGMA integrity_check") == "ok");
        CHECK(count(project, "SELECT COUNT(*) FROM activities INDEXED BY activities_deal WHERE deal_id > 0")
            == (ascending ? 2 : 1) * kRows);
    }
}
