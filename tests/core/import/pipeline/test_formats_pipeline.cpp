// XLSX and Bitrix24's HTML-as-.xls through the whole pipeline (Importer API): rows land typed,
// value problems are data issues naming row and column, structural problems name the file.
#include "../read/XlsxBuilder.h"
#include "PipelineTestUtil.h"

#include <fstream>

using namespace sa;
using namespace sa::test;
using import::Entity;

namespace {

std::string cell(const std::string& ref, const std::string& attrs, const std::string& inner)
{
    return "<c r=\"" + ref + "\" " + attrs + ">" + inner + "</c>";
}
std::string inlineText(const std::string& ref, const std::string& s)
{
    return cell(ref, "t=\"inlineStr\"", "<is><t>" + s + "</t></is>");
}
const std::string kDateStyles
    = "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";

} // namespace

TEST_CASE("an XLSX export imports through the pipeline", "[integration][xlsx]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    const std::string path = dir.file("deals.xlsx");
    const std::string header = "<row r=\"1\">" + inlineText("A1", "ID") + inlineText("B1", "Название")
        + inlineText("C1", "Сумма") + inlineText("D1", "Стадия сделки") + inlineText("E1", "Дата создания")
        + inlineText("F1", "Ответственный") + "</row>";
    const std::string rows = "<row r=\"2\">" + cell("A2", "", "<v>1</v>") + inlineText("B2", "Стеллажи")
        + cell("C2", "", "<v>1234.5</v>") + inlineText("D2", "Новая") + cell("E2", "s=\"1\"", "<v>45352</v>")
        + inlineText("F2", "Анна Морозова") + "</row><row r=\"3\">" + cell("A3", "", "<v>2</v>")
        + inlineText("B3", "Тележка") + inlineText("C3", "много") + inlineText("D3", "Новая")
        + cell("E3", "s=\"1\"", "<v>45353.5</v>") + inlineText("F3", "Морозова Анна") + "</row>";
    REQUIRE(writeZip(path, workbookParts({ { "Сделки", header + rows } }, {}, kDateStyles)));

    auto s = import::runImport(project, request(path, Entity::Deals, "bitrix24"), testClock());
    REQUIRE(s.ok());
    CHECK(s->format == "xlsx");
    CHECK(s->rowsRead == 2);
    CHECK(s->rowsImported == 2);
    CHECK(s->issuesByReason["bad_money"] == 1);
    CHECK(count(project, "SELECT amount FROM deals WHERE ext_id = '1'") == 123450);
    CHECK(count(project, "SELECT created_at FROM deals WHERE ext_id = '1'") == toLocalSeconds({ 2024, 3, 1 }, {}));
    CHECK(count(project, "SELECT created_at FROM deals WHERE ext_id = '2'")
        == toLocalSeconds({ 2024, 3, 2 }, { 12, 0, 0 }));
    CHECK(count(project, "SELECT COUNT(*) FROM managers") == 1);
    CHECK(count(project, "SELECT row_no FROM data_issues WHERE reason = 'bad_money'") == 3);
    CHECK(sa::test::text(project, "SELECT column_name FROM data_issues WHERE reason = 'bad_money'") == "Сумма");
    CHECK(sa::test::text(project, "SELECT raw_value FROM data_issues WHERE reason = 'bad_money'") == "много");
    CHECK(sa::test::text(project, "SELECT file_name FROM import_batches") == "deals.xlsx");

    SECTION("a sheet without a required column is rejected with the project unchanged")
    {
        const std::string dump = logicalDump(project.db());
        const std::string bad = dir.file("contacts.xlsx");
        REQUIRE(writeZip(bad, workbookParts({ { "S", "<row r=\"1\">" + inlineText("A1", "ID") + "</row>" } }, {})));
        auto r = import::runImport(project, request(bad, Entity::Deals, "bitrix24"), testClock());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == ErrorKind::InputRejected);
        CHECK(r.error().message.find("contacts.xlsx does not look like") != std::string::npos);
        CHECK(r.error().column == "Стадия сделки");
        CHECK(logicalDump(project.db()) == dump);
    }
}

TEST_CASE("a Bitrix24 HTML-as-.xls export imports through the pipeline", "[integration][html]")
{
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    const std::string path = dir.file("deals.xls");
    std::ofstream(path, std::ios::binary)
        << "<html><head><meta http-equiv=\"Content-type\" content=\"text/html;charset=utf-8\" /></head><body>"
           "<table border=\"1\"><tr><th>ID</th><th>Название</th><th>Сумма</th><th>Стадия сделки</th>"
           "<th>Дата создания</th><th>Ответственный</th></tr>"
           "<tr><td>10</td><td>Погрузчик</td><td>1&nbsp;450&nbsp;000,50</td><td>Новая</td>"
           "<td>14.03.2024 10:00:00</td><td>Анна Морозова</td></tr>"
           "<tr><td>11</td><td>Тележка</td><td>32 000</td><td>Новая</td><td>31.02.2024</td>"
           "<td>Анна Морозова</td></tr></table></body></html>";
    auto s = import::runImport(project, request(path, Entity::Deals, "bitrix24"), testClock());
    REQUIRE(s.ok());
    CHECK(s->format == "html-xls");
    CHECK(s->rowsRead == 2);
    CHECK(s->rowsImported == 1);
    CHECK(s->rowsSkipped == 1); // 31.02.2024 is no date and created_at is required
    CHECK(count(project, "SELECT amount FROM deals WHERE ext_id = '10'") == 145000050);
    CHECK(count(project, "SELECT created_at FROM deals WHERE ext_id = '10'")
        == toLocalSeconds({ 2024, 3, 14 }, { 10, 0, 0 }));
    CHECK(count(project, "SELECT row_no FROM data_issues WHERE reason = 'bad_date'") == 3);
    CHECK(sa::test::text(project, "SELECT column_name FROM data_issues WHERE reason = 'bad_date'") == "Дата создания");
    CHECK(sa::test::text(project, "SELECT raw_value FROM data_issues WHERE reason = 'bad_date'") == "31.02.2024");
}
