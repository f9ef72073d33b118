// Clients are deduplicated by ИНН where present (criteria-spec §1.1), and deals find their
// client by ИНН when the export gives no id.
#include "PipelineTestUtil.h"
#include "import/pipeline/FieldConverter.h"

#include <fstream>

using namespace sa;
using namespace sa::test;
using import::Entity;

namespace {
std::string write(const TempDir& dir, const std::string& name, const std::string& body)
{
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << body;
    return path;
}
const char* kClientsHeader = "ID клиента;Компания;ИНН;Отрасль;Город;Сегмент;Дата создания;Ответственный\n";
} // namespace

TEST_CASE("ИНН: digits only, 10 or 12 of them", "[unit]")
{
    CHECK(import::normaliseInn("7707083893") == "7707083893");
    CHECK(import::normaliseInn(" 77 0708-3893 ") == "7707083893");
    CHECK(import::normaliseInn("500100732259") == "500100732259");
    CHECK_FALSE(import::normaliseInn("123"));
    CHECK_FALSE(import::normaliseInn("77070838931")); // 11 digits
    CHECK_FALSE(import::normaliseInn("7707O83893")); // a letter O
}

TEST_CASE("clients with the same ИНН are one client; deals match a client by ИНН", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    const std::string clients = write(dir, "clients.csv",
        std::string(kClientsHeader) + "1;ООО Альфа;7707083893;Логистика;Москва;Малый бизнес;01.01.2024 10:00:00;\n"
            + "2;Альфа ООО (филиал);77 0708 3893;Логистика;Казань;Малый бизнес;02.01.2024 10:00:00;\n"
            + "3;ООО Бета;123;Розница;Москва;Малый бизнес;03.01.2024 10:00:00;\n"
            + "4;ИП Гамма;500100732259;Розница;Пермь;Малый бизнес;04.01.2024 10:00:00;\n");
    auto s = import::runImport(project, request(clients, Entity::Clients), testClock());
    REQUIRE(s.ok());
    CHECK(s->rowsRead == 4);
    CHECK(s->rowsImported == 3);
    CHECK(s->rowsSkipped == 1);
    CHECK(s->issuesByReason["duplicate_inn"] == 1);
    CHECK(s->issuesByReason["bad_inn"] == 1);
    CHECK(count(project, "SELECT COUNT(*) FROM clients") == 3);
    CHECK(count(project, "SELECT COUNT(*) FROM clients WHERE inn = '7707083893'") == 1);
    CHECK(sa::test::text(project, "SELECT name FROM clients WHERE inn = '7707083893'") == "ООО Альфа");
    const auto alpha = count(project, "SELECT id FROM clients WHERE ext_id = '1'");
    CHECK(count(project, "SELECT record_id FROM data_issues WHERE reason = 'duplicate_inn'") == alpha);
    CHECK(count(project, "SELECT row_no FROM data_issues WHERE reason = 'duplicate_inn'") == 3);
    CHECK(sa::test::text(project, "SELECT column_name FROM data_issues WHERE reason = 'duplicate_inn'") == "ИНН");
    CHECK(sa::test::text(project, "SELECT raw_value FROM data_issues WHERE reason = 'bad_inn'") == "123");
    CHECK(count(project, "SELECT inn IS NULL FROM clients WHERE ext_id = '3'") == 1);

    // A later file of clients: a known ИНН is the same client again.
    const std::string more
        = write(dir, "clients2.csv", std::string(kClientsHeader) + "9;Альфа;7707083893;;;;05.01.2024 10:00:00;\n");
    auto again = import::runImport(project, request(more, Entity::Clients), testClock());
    REQUIRE(again.ok());
    CHECK(again->rowsSkipped == 1);
    CHECK(count(project, "SELECT COUNT(*) FROM clients") == 3);

    // Deals whose "Компания" is an ИНН find the client.
    const std::string deals = write(dir, "deals.csv",
        "ID;Название сделки;Бюджет;Ответственный;Этап сделки;Воронка;Дата создания;Дата изменения;Дата "
        "закрытия;Источник;Компания;Теги;Причина отказа\n"
        "501;Стеллажи;1000;Алексей Иванов;Первичный контакт;Основная воронка;01.07.2024 10:00:00;;;Сайт;"
        "7707083893;;\n");
    auto d = import::runImport(project, request(deals, Entity::Deals), testClock());
    REQUIRE(d.ok());
    CHECK(count(project, "SELECT client_id FROM deals WHERE ext_id = '501'") == alpha);
}
