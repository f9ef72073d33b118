// The pipeline on small amoCRM-style fixtures: what lands, what becomes a data issue, and
// that every rejection leaves the project unchanged.
#include "PipelineTestUtil.h"
#include "import/pipeline/Sha256.h"

#include <fstream>

using namespace sa;
using namespace sa::test;
using import::Entity;

TEST_CASE("amoCRM deals land typed, with issues for bad values and nothing dropped", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    auto s = import::runImport(project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock());
    REQUIRE(s.ok());
    CHECK(s->rowsRead == 6);
    CHECK(s->rowsImported == 5);
    CHECK(s->rowsSkipped == 1); // 106: created_at 32.07.2024 is no date and is required
    CHECK(s->rowsWithIssues == 4); // 103 abc, 104 negative, 105 won without close date, 106
    CHECK(s->issuesByReason["bad_money"] == 1);
    CHECK(s->issuesByReason["negative_amount"] == 1);
    CHECK(s->issuesByReason["unknown_stage"] == 1);
    CHECK(s->issuesByReason["closed_without_date"] == 1);
    CHECK(s->issuesByReason["bad_date"] == 1);
    CHECK(s->derivedLeads == 5);

    CHECK(count(project, "SELECT amount FROM deals WHERE ext_id = '102'") == 145000050);
    CHECK(count(project, "SELECT amount IS NULL FROM deals WHERE ext_id = '103'") == 1);
    CHECK(text(project, "SELECT raw_value FROM data_issues WHERE reason = 'bad_money'") == "abc");
    CHECK(text(project, "SELECT column_name FROM data_issues WHERE reason = 'bad_money'") == "Бюджет");
    CHECK(count(project, "SELECT row_no FROM data_issues WHERE reason = 'bad_money'") == 4);
    CHECK(text(project, "SELECT status FROM deals WHERE ext_id = '102'") == "won");
    CHECK(text(project, "SELECT status FROM deals WHERE ext_id = '103'") == "lost");
    CHECK(text(project, "SELECT status FROM deals WHERE ext_id = '101'") == "open");
    CHECK(text(project, "SELECT pipeline FROM deals WHERE ext_id = '103'") == "account");
    CHECK(text(project, "SELECT pipeline_name FROM deals WHERE ext_id = '103'") == "Повторные продажи");
    CHECK(count(project, "SELECT created_at FROM deals WHERE ext_id = '101'")
        == toLocalSeconds({ 2024, 7, 1 }, { 10, 0, 0 }));
    // Managers: five spellings, two people.
    CHECK(count(project, "SELECT COUNT(*) FROM managers") == 2);
    CHECK(count(project, "SELECT COUNT(DISTINCT owner_id) FROM deals") == 2);
    // Channels by match key: "сайт " is Сайт.
    CHECK(count(project, "SELECT COUNT(*) FROM channels") == 3);
    // Every stage lands, the unknown one after the known open stages, flagged in data_issues.
    CHECK(count(project, "SELECT COUNT(*) FROM stages") == 5);
    CHECK(text(project, "SELECT terminal FROM stages WHERE name = 'Успешно реализовано'") == "won");
    CHECK(count(project,
              "SELECT ord > (SELECT ord FROM stages WHERE name = 'Первичный контакт') FROM stages "
              "WHERE name = 'Тендер'")
        == 1);
    // Derived leads: one per deal, the "Дубль" loss disqualifies.
    CHECK(count(project, "SELECT COUNT(*) FROM leads WHERE derived = 1") == 5);
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE lead_id IS NULL") == 0);
    CHECK(text(project, "SELECT disqualify_reason FROM leads WHERE deal_ref = '103'") == "Дубль");
    // The batch row.
    CHECK(count(project, "SELECT rows_imported FROM import_batches") == 5);
    CHECK(text(project, "SELECT preset FROM import_batches") == "amocrm");
    CHECK(text(project, "SELECT length(sha256) FROM import_batches") == "64");
}

TEST_CASE("references resolve through id maps, and a later import relinks earlier rows", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    // Activities and stage history first: their deals are not there yet.
    REQUIRE(
        import::runImport(project, request(dataPath("import/activities_amocrm.csv"), Entity::Activities), testClock()));
    REQUIRE(import::runImport(
        project, request(dataPath("import/stage_history_amocrm.csv"), Entity::StageHistory), testClock()));
    CHECK(count(project, "SELECT COUNT(*) FROM activities WHERE deal_id IS NULL") == 3);
    auto deals = import::runImport(project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock());
    REQUIRE(deals);
    CHECK(deals->relinked == 3 + 4); // 3 activities + 4 stage rows (999 stays unresolved)
    CHECK(count(project, "SELECT COUNT(*) FROM activities WHERE deal_id IS NULL") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM stage_history WHERE deal_id IS NULL") == 1);
    // exited_at = the next entry of the same deal; the current stage stays open.
    CHECK(count(project, "SELECT COUNT(*) FROM stage_history WHERE exited_at IS NULL") == 3);
    CHECK(count(project, "SELECT exited_at FROM stage_history WHERE deal_ref = '102' ORDER BY entered_at LIMIT 1")
        == toLocalSeconds({ 2024, 7, 5 }, { 11, 0, 0 }));
    // Clients after deals: deals.Компания matches clients by name key (trailing space included).
    auto clients
        = import::runImport(project, request(dataPath("import/clients_amocrm.csv"), Entity::Clients), testClock());
    REQUIRE(clients);
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE client_id IS NOT NULL") == 4);
    CHECK(count(project, "SELECT client_id FROM deals WHERE ext_id = '103'")
        == count(project, "SELECT id FROM clients WHERE ext_id = '1'"));
    // Activity types mapped, managers shared with the deals.
    CHECK(text(project, "SELECT group_concat(type) FROM (SELECT type FROM activities ORDER BY ext_id)")
        == "call,email,meeting");
    CHECK(count(project, "SELECT COUNT(*) FROM managers") == 2);
}

TEST_CASE("name fields keep their source text beside the id; unknown references are flagged", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    // No clients yet: Компания is kept as text for the relink, and is no data issue.
    auto deals = import::runImport(project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock());
    REQUIRE(deals);
    CHECK(deals->issuesByReason.count("unknown_reference") == 0);
    CHECK(text(project, "SELECT client_ref FROM deals WHERE ext_id = '102'") == "ООО Бета");
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE client_id IS NOT NULL") == 0);
    CHECK(text(project, "SELECT channel_raw FROM deals WHERE ext_id = '102'") == "Рекомендация");
    CHECK(count(project,
              "SELECT channel_id = (SELECT id FROM channels WHERE name = 'Рекомендация') FROM deals "
              "WHERE ext_id = '102'")
        == 1);
    // Deals are there: an activity of an unknown deal keeps its reference and is flagged.
    const std::string file = dir.file("activities.csv");
    {
        std::ofstream out(file, std::ios::binary);
        out << "ID;ID сделки;Тип;Ответственный;Дата;Длительность, сек;Результат\n"
               "1;101;Звонок;Алексей Иванов;01.07.2024 11:00:00;60;Дозвонился\n"
               "2;999;Звонок;Ольга Смирнова;02.07.2024 11:00:00;60;Дозвонился\n";
    }
    auto acts = import::runImport(project, request(file, Entity::Activities), testClock());
    REQUIRE(acts);
    CHECK(acts->issuesByReason["unknown_reference"] == 1);
    CHECK(text(project, "SELECT raw_value FROM data_issues WHERE reason = 'unknown_reference'") == "999");
    CHECK(
        text(project, "SELECT message FROM data_issues WHERE reason = 'unknown_reference'").find("'999' in the project")
        != std::string::npos);
    CHECK(text(project, "SELECT deal_ref || ':' || (deal_id IS NULL) FROM activities WHERE ext_id = '2'") == "999:1");
    CHECK(count(project,
              "SELECT deal_id = (SELECT id FROM deals WHERE ext_id = '101') FROM activities "
              "WHERE ext_id = '1'")
        == 1);
    CHECK(count(project,
              "SELECT manager_id = (SELECT owner_id FROM deals WHERE ext_id = '101') FROM activities "
              "WHERE ext_id = '1'")
        == 1);
}

TEST_CASE("structural rejections name file, row and column and change nothing", "[integration]")
{
    TempDir dir;
    const std::string path = dir.file("p.sqlite");
    {
        auto project = makeProject(path);
        REQUIRE(
            import::runImport(project, request(dataPath("import/clients_amocrm.csv"), Entity::Clients), testClock()));
    }
    const std::string before = readFile(path);
    auto project = store::Project::open(path);
    REQUIRE(project);
    const std::string dump = logicalDump(project->db());

    SECTION("missing required column")
    {
        auto r = import::runImport(
            *project, request(dataPath("import/deals_missing_columns.csv"), Entity::Deals), testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::InputRejected);
        CHECK(r.error().message.find("deals_missing_columns.csv does not look like an amoCRM / Kommo deals export: "
                                     "missing column Бюджет")
            != std::string::npos);
        CHECK(r.error().message.find("found: ID, Название сделки") != std::string::npos);
        CHECK(r.error().row == 1);
        CHECK(r.error().column == "Бюджет");
    }
    SECTION("a HubSpot file with the amoCRM preset")
    {
        auto r = import::runImport(*project, request(dataPath("import/deals_hubspot.csv"), Entity::Deals), testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().message.find("missing columns ID") != std::string::npos);
        CHECK(r.error().message.find("Этап сделки") != std::string::npos);
    }
    SECTION("the same file twice without --replace")
    {
        auto r
            = import::runImport(*project, request(dataPath("import/clients_amocrm.csv"), Entity::Clients), testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::InputRejected);
        CHECK(r.error().message.find("already imported as clients (batch 1") != std::string::npos);
        CHECK(r.error().message.find("--replace") != std::string::npos);
    }
    SECTION("--strict turns a value error into a rejection at its row and column")
    {
        auto req = request(dataPath("import/deals_amocrm.csv"), Entity::Deals);
        req.strict = true;
        auto r = import::runImport(*project, req, testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::InputRejected);
        CHECK(r.error().row == 4);
        CHECK(r.error().column == "Бюджет");
        CHECK(r.error().message.find("'abc'") != std::string::npos);
    }
    SECTION("cancel from the progress callback rolls everything back")
    {
        int calls = 0;
        auto r = import::runImport(*project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock(),
            [&](double, long long) { return ++calls < 1; });
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::Cancelled);
        CHECK(calls == 1);
    }
    SECTION("a dry run checks everything and writes nothing")
    {
        auto r = import::dryRun(*project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock());
        REQUIRE(r);
        CHECK(r->dryRun);
        CHECK(r->rowsImported == 5);
        CHECK(r->batchId == 0);
    }
    SECTION("a date column with contradicting day/month orders")
    {
        auto r = import::runImport(
            *project, request(dataPath("import/deals_mixed_dates.csv"), Entity::Deals), testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::InputRejected);
        CHECK(r.error().column == "Дата создания");
        CHECK(r.error().file == "deals_mixed_dates.csv");
    }
    SECTION("an amount column mixing decimal separators")
    {
        auto r = import::runImport(
            *project, request(dataPath("import/deals_mixed_decimals.csv"), Entity::Deals), testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::InputRejected);
        CHECK(r.error().column == "Бюджет");
    }
    SECTION("a reader error after good rows rolls the good rows back")
    {
        auto r = import::runImport(
            *project, request(dataPath("import/deals_unterminated_quote.csv"), Entity::Deals), testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::InputRejected);
        CHECK(r.error().row >= 3);
    }
    SECTION("the file does not exist")
    {
        auto r = import::runImport(*project, request(dir.file("absent.csv"), Entity::Deals), testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::InputRejected);
    }
    SECTION("--strict rejects a duplicate key")
    {
        auto req = request(dataPath("import/deals_duplicate_id.csv"), Entity::Deals);
        req.strict = true;
        auto r = import::runImport(*project, req, testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().row == 3);
    }
    SECTION("a mapping for another entity is a usage error")
    {
        auto req = request(dataPath("import/deals_amocrm.csv"), Entity::Deals);
        req.mappingJson = R"({"entity": "orders", "columns": {"ID": "ext_id"}})";
        auto r = import::runImport(*project, req, testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::Usage);
    }
    CHECK(logicalDump(project->db()) == dump);
    project->db().close();
    CHECK(readFile(path) == before);
}

TEST_CASE("--replace swaps an earlier import of the same file in one transaction", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    REQUIRE(import::runImport(project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), testClock()));
    REQUIRE(
        import::runImport(project, request(dataPath("import/activities_amocrm.csv"), Entity::Activities), testClock()));
    auto req = request(dataPath("import/deals_amocrm.csv"), Entity::Deals);
    req.replace = true;
    auto again = import::runImport(project, req, testClock());
    REQUIRE(again);
    CHECK(again->replacedBatch == 1);
    CHECK(count(project, "SELECT COUNT(*) FROM deals") == 5);
    CHECK(count(project, "SELECT COUNT(*) FROM leads") == 5);
    CHECK(count(project, "SELECT COUNT(*) FROM import_batches WHERE entity = 'deals'") == 1);
    CHECK(count(project, "SELECT COUNT(*) FROM data_issues WHERE entity = 'deals'") == 5);
    // The activities point at the new deal rows again.
    CHECK(count(project, "SELECT COUNT(*) FROM activities a JOIN deals d ON d.id = a.deal_id") == 3);
}

// The digest is awaited before the import only when an earlier batch of the entity has the file's
// size; otherwise it is stored at the end. Either way the batch row holds the file's SHA-256.
TEST_CASE("the batch records the file's digest; a same-size file of other content is no duplicate", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    const std::string bytes = readFile(dataPath("import/deals_amocrm.csv"));
    std::string other = bytes;
    other[other.find("120 000") + 1] = '3'; // same size, other content: deal 101's amount
    const std::string first = dir.file("first.csv"), second = dir.file("second.csv");
    std::ofstream(first, std::ios::binary) << bytes;
    std::ofstream(second, std::ios::binary) << other;
    REQUIRE(import::runImport(project, request(first, Entity::Deals), testClock())); // no batch of its size: late
    CHECK(text(project, "SELECT sha256 FROM import_batches WHERE id = 1") == import::sha256Hex(bytes));
    auto s = import::runImport(project, request(second, Entity::Deals), testClock()); // same size: awaited
    REQUIRE(s);
    CHECK(text(project, "SELECT sha256 FROM import_batches WHERE id = 2") == import::sha256Hex(other));
    auto again = import::runImport(project, request(first, Entity::Deals), testClock());
    REQUIRE_FALSE(again);
    CHECK(again.error().message.find("already imported as deals (batch 1") != std::string::npos);
}

TEST_CASE("a duplicate key is skipped and recorded, the rest lands", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    auto s = import::runImport(project, request(dataPath("import/deals_duplicate_id.csv"), Entity::Deals), testClock());
    REQUIRE(s);
    CHECK(s->rowsImported == 1);
    CHECK(s->rowsSkipped == 1);
    CHECK(s->issuesByReason["duplicate_id"] == 1);
    CHECK(count(project, "SELECT COUNT(*) FROM leads") == 1);
    CHECK(count(project, "SELECT row_no FROM data_issues WHERE reason = 'duplicate_id'") == 3);
}

TEST_CASE("preview shows the first rows as they will land and writes nothing", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    const std::string dump = logicalDump(project.db());
    auto p = import::preview(project, request(dataPath("import/deals_amocrm.csv"), Entity::Deals), 3, testClock());
    REQUIRE(p);
    CHECK(p->summary.format == "csv");
    CHECK(p->summary.encoding == "utf-8-bom");
    CHECK(p->summary.delimiter == ";");
    REQUIRE(p->rows.size() == 3);
    CHECK(p->rows[0].rowNumber == 2);
    auto value = [&](std::size_t row, const std::string& field) {
        for (const auto& [f, v] : p->rows[row].values)
            if (f == field)
                return v;
        return std::string("<absent>");
    };
    CHECK(value(0, "created_at") == "2024-07-01 10:00:00");
    CHECK(value(1, "amount") == "1450000.50");
    CHECK(value(1, "status") == "won");
    CHECK(p->rows[2].issues.size() == 1);
    CHECK(logicalDump(project.db()) == dump);
}

TEST_CASE("generic preset: canonical headers, and unknown presets/entities are usage errors", "[integration]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    auto s = import::runImport(
        project, request(dataPath("import/deals_generic.csv"), Entity::Deals, "generic"), testClock());
    REQUIRE(s);
    CHECK(s->rowsImported == 2);
    CHECK(text(project, "SELECT status FROM deals WHERE ext_id = '1'") == "won");
    CHECK(s->issuesByReason["unknown_stage"] == 1); // "Won" is a known terminal name
    auto bad = import::runImport(
        project, request(dataPath("import/deals_generic.csv"), Entity::Deals, "nocrm"), testClock());
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind == ErrorKind::Usage);
    auto noLeads = import::runImport(
        project, request(dataPath("import/deals_generic.csv"), Entity::Leads, "amocrm"), testClock());
    REQUIRE_FALSE(noLeads);
    CHECK(noLeads.error().message.find("preset amocrm has no leads export") != std::string::npos);
}

TEST_CASE("preset detection from the header", "[integration]")
{
    auto amo = import::detectPresets(dataPath("import/deals_amocrm.csv"), Entity::Deals);
    REQUIRE(amo);
    REQUIRE_FALSE(amo->empty());
    CHECK(amo->front() == "amocrm");
    auto hub = import::detectPresets(dataPath("import/deals_hubspot.csv"), Entity::Deals);
    REQUIRE(hub);
    REQUIRE_FALSE(hub->empty());
    CHECK(hub->front() == "hubspot");
    auto none = import::detectPresets(dataPath("import/activities_amocrm.csv"), Entity::Financials);
    REQUIRE(none);
    CHECK(none->empty());
}
