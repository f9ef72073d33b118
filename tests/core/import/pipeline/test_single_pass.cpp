// The single pass (docs/IMPORT.md "Speed") decides exactly as two passes would: formats from
// ALL of a column's values, people from ALL manager spellings — a late value that changes the
// first rows' decision makes the import run again with two passes, a contradiction rejects.
#include "PipelineTestUtil.h"

#include <fstream>
#include <functional>

using namespace sa;
using namespace sa::test;
using import::Entity;

namespace {

constexpr int kRows = 12000; // more than the single pass's first buffer (10 000 rows)

// An amoCRM deals export; `row(i)` gives budget, manager and created date of deal i.
struct DealRow {
    std::string budget = "1000";
    std::string manager = "Алексей Иванов";
    std::string created = "13.07.2024 10:00:00";
};

std::string writeDeals(const TempDir& dir, const std::function<DealRow(int)>& row)
{
    const std::string path = dir.file("deals.csv");
    std::ofstream out(path, std::ios::binary);
    out << "ID;Название сделки;Бюджет;Ответственный;Этап сделки;Воронка;Дата создания;Дата изменения;Дата "
           "закрытия;Источник;Компания;Теги;Причина отказа\n";
    for (int i = 1; i <= kRows; ++i) {
        const DealRow r = row(i);
        out << i << ";Сделка " << i << ";" << r.budget << ";" << r.manager << ";Первичный контакт;Основная воронка;"
            << r.created << ";;;Сайт;;;\n";
    }
    return path;
}

} // namespace

TEST_CASE("single pass: a late value that changes a column's format is decided from all values", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    // Whole numbers say nothing about the decimal separator; "12,5" near the end does.
    const std::string file = writeDeals(dir, [](int i) {
        DealRow r;
        if (i == kRows - 5)
            r.budget = "12,5";
        return r;
    });
    auto s = import::runImport(project, request(file, Entity::Deals), testClock());
    REQUIRE(s.ok());
    CHECK(s->rowsImported == kRows);
    bool found = false;
    for (const auto& c : s->columns)
        if (c.field == "amount") {
            CHECK(c.format == "decimal ,");
            found = true;
        }
    CHECK(found);
    CHECK(count(project, "SELECT amount FROM deals WHERE ext_id = '" + std::to_string(kRows - 5) + "'") == 1250);
    CHECK(count(project, "SELECT amount FROM deals WHERE ext_id = '1'") == 100000);
    CHECK(count(project, "SELECT COUNT(*) FROM import_batches") == 1);
    CHECK(count(project, "SELECT COUNT(*) FROM leads") == kRows);
}

TEST_CASE("single pass: a late date contradicting the first rows' order rejects the file", "[integration]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    auto project = makeProject(path);
    const std::string dump = logicalDump(project.db());
    const std::string file = writeDeals(dir, [](int i) {
        DealRow r;
        if (i == kRows - 1)
            r.created = "07.13.2024 10:00:00"; // month first: 13 cannot be a month
        return r;
    });
    auto s = import::runImport(project, request(file, Entity::Deals), testClock());
    REQUIRE_FALSE(s);
    CHECK(s.error().kind == ErrorKind::InputRejected);
    CHECK(s.error().message.find("mixes day-first and month-first dates ('13.07.2024 10:00:00' and '07.13.2024")
        != std::string::npos);
    CHECK(s.error().column == "Дата создания");
    CHECK(logicalDump(project.db()) == dump);
}

TEST_CASE("single pass: manager spellings met late make the same people as two passes", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    // The initial spelling comes before the full name, both after the first buffer: row order
    // alone would make two people of Игорь Новиков (11 deals).
    const std::string file = writeDeals(dir, [](int i) {
        DealRow r;
        if (i == kRows - 10)
            r.manager = "Новиков И.";
        else if (i > kRows - 10)
            r.manager = "Игорь Новиков";
        return r;
    });
    auto s = import::runImport(project, request(file, Entity::Deals), testClock());
    REQUIRE(s.ok());
    CHECK(s->rowsImported == kRows);
    CHECK(count(project, "SELECT COUNT(*) FROM managers") == 2);
    CHECK(count(project,
              "SELECT COUNT(*) FROM deals d JOIN managers m ON m.id = d.owner_id WHERE m.name = 'Игорь Новиков'")
        == 11);
    CHECK(count(project, "SELECT COUNT(*) FROM manager_aliases WHERE alias = 'Новиков И.'") == 1);
}
