// Deals with derived leads are written many rows per statement while their keys ascend
// (EntityWriter, MultiRowInsert); a key that does not ascend is written alone so that SQLite's
// UNIQUE constraint still decides. Either way the rows, ids and issues are the row-by-row ones.
#include "PipelineTestUtil.h"

#include <fstream>

using namespace sa;
using namespace sa::test;

namespace {

void writeDeals(const std::string& path, const std::vector<std::string>& keys)
{
    std::ofstream out(path, std::ios::binary);
    out << "ID;Название сделки;Бюджет;Ответственный;Этап сделки;Дата создания\n";
    int day = 1;
    for (const auto& k : keys)
        out << k << ";Deal " << k << ";" << 100 + day << ";Алексей Иванов;Первичный контакт;"
            << (day % 28 + 1 < 10 ? "0" : "") << day % 28 + 1 << ".02.2024\n",
            ++day;
}

// Every deal's lead points back at it, ids follow the file's order without gaps.
void checkLinks(store::Project& p, std::int64_t deals)
{
    CHECK(count(p, "SELECT COUNT(*) FROM deals") == deals);
    CHECK(count(p, "SELECT MAX(id) FROM deals") == deals);
    CHECK(count(p, "SELECT COUNT(*) FROM leads") == deals);
    CHECK(count(p,
              "SELECT COUNT(*) FROM deals d JOIN leads l ON l.id = d.lead_id AND l.deal_id = d.id"
              " AND l.deal_ref = d.ext_id")
        == deals);
}

} // namespace

TEST_CASE("deals written many per statement keep the row-by-row ids, duplicates and leads", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    std::vector<std::string> keys;
    for (int k = 1000; k < 1070; ++k) // 70 ascending keys: two full statements and a rest
        keys.push_back(std::to_string(k));
    keys.push_back("1005"); // a duplicate of a row already waiting in a statement: row 72
    keys.push_back("0999"); // below the largest key: written alone, not a duplicate
    keys.push_back("999"); // above every key in BINARY order: many per statement again
    writeDeals(dir.file("a.csv"), keys);
    auto s = import::runImport(project, request(dir.file("a.csv"), import::Entity::Deals), testClock());
    REQUIRE(s);
    CHECK(s->rowsImported == 72);
    CHECK(s->rowsSkipped == 1);
    CHECK(s->issuesByReason["duplicate_id"] == 1);
    CHECK(count(project, "SELECT row_no FROM data_issues WHERE reason = 'duplicate_id'") == 72);
    CHECK(text(project, "SELECT ext_id FROM deals WHERE id = 71") == "0999");
    CHECK(text(project, "SELECT ext_id FROM deals WHERE id = 72") == "999");
    CHECK(text(project, "SELECT name FROM deals WHERE ext_id = '1005'") == "Deal 1005");
    checkLinks(project, 72);

    // A second file: keys already in the project (written alone, duplicates) and new ones above them.
    writeDeals(dir.file("b.csv"), { "1069", "A1", "A2", "1000", "A3" });
    auto t = import::runImport(project, request(dir.file("b.csv"), import::Entity::Deals), testClock());
    REQUIRE(t);
    CHECK(t->rowsImported == 3);
    CHECK(t->issuesByReason["duplicate_id"] == 2);
    CHECK(text(project, "SELECT group_concat(ext_id, ',') FROM (SELECT ext_id FROM deals WHERE id > 72 ORDER BY id)")
        == "A1,A2,A3");
    checkLinks(project, 75);
}

TEST_CASE("activities written many per statement get SQLite's ids, and their issues point at them", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    writeDeals(dir.file("d.csv"), { "101", "102" });
    REQUIRE(import::runImport(project, request(dir.file("d.csv"), import::Entity::Deals), testClock()));
    auto writeActivities = [&](const std::string& name, int from, int to) {
        std::ofstream out(dir.file(name), std::ios::binary);
        out << "ID;ID сделки;Тип;Ответственный;Дата;Длительность, сек;Результат\n";
        for (int i = from; i < to; ++i) // row 41 (i = 40): no type, skipped; i = 50: an unknown deal
            out << "A" << i << ";"
                << (i == 50        ? "999"
                           : i % 2 ? "101"
                                   : "102")
                << ";" << (i == 40 ? "" : "Звонок") << ";Алексей Иванов;01.07.2024 11:00:00;60;Дозвонился\n";
    };
    writeActivities("a.csv", 1, 71); // 70 rows: two full statements, and five rows written alone
    auto s = import::runImport(project, request(dir.file("a.csv"), import::Entity::Activities), testClock());
    REQUIRE(s);
    CHECK(s->rowsImported == 69);
    CHECK(s->rowsSkipped == 1);
    CHECK(count(project, "SELECT COUNT(*) FROM activities") == 69);
    CHECK(count(project, "SELECT MAX(id) FROM activities") == 69);
    CHECK(count(project, "SELECT id FROM activities WHERE ext_id = 'A41'") == 40);
    CHECK(count(project, "SELECT COUNT(*) FROM activities WHERE deal_id IS NULL") == 1);
    CHECK(text(project,
              "SELECT a.ext_id FROM data_issues i JOIN activities a ON a.id = i.record_id "
              "WHERE i.reason = 'unknown_reference'")
        == "A50");
    CHECK(count(project, "SELECT COUNT(*) FROM activities a JOIN deals d ON d.id = a.deal_id AND d.ext_id = a.deal_ref")
        == 68);
    writeActivities("b.csv", 100, 103); // a second file: fewer rows than one statement, ids go on
    REQUIRE(import::runImport(project, request(dir.file("b.csv"), import::Entity::Activities), testClock()));
    CHECK(count(project, "SELECT id FROM activities WHERE ext_id = 'A102'") == 72);
}
