// The XLSX reader on workbooks built in the test: cell types, date styles, 1904, gaps, sheets,
// and hostile archives (zip bombs, traversal names, DOCTYPE, encryption, huge shared strings).
#include "ReadTestUtil.h"
#include "XlsxBuilder.h"
#include "import/read/XlsxParts.h"
#include "import/read/XlsxReader.h"

#include <catch2/catch.hpp>

using namespace sa;
using namespace sa::test;

namespace {
const std::string kStyles
    = "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy hh:mm\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"[Red]#,##0.00\"/><numFmt numFmtId=\"166\" formatCode=\"&quot;day&quot; "
      "0\"/>"
      "<numFmt numFmtId=\"167\" formatCode=\"[$-409]mmm d, yyyy\"/></numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
      "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/></cellXfs></styleSheet>";

std::string cell(const std::string& ref, const std::string& attrs, const std::string& inner)
{
    return "<c r=\"" + ref + "\" " + attrs + ">" + inner + "</c>";
}

Result<Table> readXlsx(const TempDir& dir, const std::vector<ZipPart>& parts, const import::OpenOptions& o = {})
{
    const std::string path = dir.file("book.xlsx");
    REQUIRE(writeZip(path, parts));
    return readTable(path, o);
}

std::string rejection(const TempDir& dir, const std::vector<ZipPart>& parts, const import::OpenOptions& o = {})
{
    const auto t = readXlsx(dir, parts, o);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().kind == ErrorKind::InputRejected);
    CHECK(t.error().file == dir.file("book.xlsx"));
    return t.error().message;
}
} // namespace

TEST_CASE("XLSX cells: shared and inline strings, numbers, booleans, formulas, dates by style, gaps", "[unit][xlsx]")
{
    TempDir dir;
    const std::vector<std::string> shared = { "Name", "Amount",
        "<r><t>Анна </t></r><r><t>Морозова</t></r><rPh><t>ignored</t></rPh>", "Created", "Flag", "Note", "Closed" };
    const std::string rows = "<row r=\"1\">" + cell("A1", "t=\"s\"", "<v>0</v>") + cell("B1", "t=\"s\"", "<v>1</v>")
        + cell("C1", "t=\"s\"", "<v>3</v>") + cell("D1", "t=\"s\"", "<v>4</v>") + cell("E1", "t=\"s\"", "<v>5</v>")
        + cell("F1", "t=\"s\"", "<v>6</v>")
        + "</row>"
          "<row r=\"2\">"
        + cell("A2", "t=\"s\"", "<v>2</v>") + cell("B2", "s=\"3\"", "<v>1234.5</v>")
        + cell("C2", "s=\"1\"", "<v>45352</v>") + cell("D2", "t=\"b\"", "<v>1</v>")
        + cell("E2", "t=\"str\"", "<f>A2&amp;\"!\"</f><v>Анна Морозова!</v>") + cell("F2", "s=\"2\"", "<v>45352.5</v>")
        + "</row>"
          "<row r=\"3\"></row>"
          "<row r=\"5\">"
        + cell("A5", "t=\"inlineStr\"", "<is><t>Inline &amp; more</t></is>") + cell("C5", "s=\"5\"", "<v>45353.25</v>")
        + cell("D5", "t=\"b\"", "<v>0</v>") + cell("E5", "t=\"e\"", "<v>#N/A</v>") + cell("F5", "s=\"4\"", "<v>7</v>")
        + "</row>"
          "<row r=\"6\">"
        + cell("B6", "", "<v>0.30000000000000004</v>") + cell("C6", "", "<v>1.5E-3</v>")
        + cell("D6", "s=\"3\"", "<v>-12</v>") + "</row>";
    const auto t = readXlsx(dir, workbookParts({ { "Deals", rows } }, shared, kStyles));
    REQUIRE(t.ok());
    CHECK(t->info.format == "xlsx");
    CHECK(t->info.sheet == "Deals");
    CHECK(t->header == std::vector<std::string> { "Name", "Amount", "Created", "Flag", "Note", "Closed" });
    REQUIRE(t->rows.size() == 3);
    CHECK(t->rows[0].number == 2);
    CHECK(t->rows[0].fields
        == std::vector<std::string> {
            "Анна Морозова", "1234.5", "2024-03-01", "TRUE", "Анна Морозова!", "2024-03-01 12:00:00" });
    CHECK(t->rows[1].number == 5);
    CHECK(t->rows[1].fields
        == std::vector<std::string> { "Inline & more", "", "2024-03-02 06:00:00", "FALSE", "#N/A", "7" });
    CHECK(t->rows[2].fields == std::vector<std::string> { "", "0.3", "1.5E-3", "-12" });
}

TEST_CASE("XLSX date formats: built-in ids and custom codes outside quotes and brackets", "[unit][xlsx]")
{
    using import::read::isBuiltinDateFormat;
    using import::read::isDateFormatCode;
    for (int id : { 14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47 })
        CHECK(isBuiltinDateFormat(id));
    for (int id : { 0, 1, 2, 4, 10, 13, 23, 44, 48, 49 })
        CHECK_FALSE(isBuiltinDateFormat(id));
    for (const char* code : { "dd.mm.yyyy", "yyyy-mm-dd hh:mm:ss", "[$-409]mmm d, yyyy", "h:mm AM/PM", "[Red]d/m/yy" })
        CHECK(isDateFormatCode(code));
    for (const char* code :
        { "General", "#,##0.00", "[Red]#,##0", "\"days\" 0", "0.00\\h", "#,##0 _d", "0.00E+00", "[h]" })
        CHECK_FALSE(isDateFormatCode(code));
}

TEST_CASE("XLSX 1904 date system and the 1900 Lotus bug", "[unit][xlsx]")
{
    TempDir dir;
    const std::string rows = "<row r=\"1\">" + cell("A1", "t=\"inlineStr\"", "<is><t>d</t></is>")
        + "</row><row r=\"2\">" + cell("A2", "s=\"1\"", "<v>43889</v>") + "</row>";
    const auto t = readXlsx(dir, workbookParts({ { "S", rows } }, {}, kStyles, true));
    REQUIRE(t.ok());
    CHECK(t->rows[0].fields[0] == "2024-02-29");
    CHECK(t->info.notes.front().find("1904") != std::string::npos);
    CHECK(import::read::excelDateText("59", false) == "1900-02-28");
    CHECK(import::read::excelDateText("61", false) == "1900-03-01");
    CHECK(import::read::excelDateText("60", false).empty());
}

TEST_CASE("XLSX sheets: the first by default, another by name, an unknown name lists them", "[unit][xlsx]")
{
    TempDir dir;
    auto sheet = [](const char* v) {
        return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row><row r=\"2\"><c r=\"A2\" "
               "t=\"inlineStr\"><is><t>"
            + std::string(v) + "</t></is></c></row>";
    };
    const auto parts = workbookParts({ { "Deals", sheet("d") }, { "Contacts", sheet("c") } }, {});
    CHECK(readXlsx(dir, parts)->rows[0].fields[0] == "d");
    import::OpenOptions o;
    o.sheet = "contacts";
    const auto second = readXlsx(dir, parts, o);
    REQUIRE(second.ok());
    CHECK(second->info.sheet == "Contacts");
    CHECK(second->rows[0].fields[0] == "c");
    o.sheet = "Leads";
    CHECK(rejection(dir, parts, o) == "no sheet named 'Leads'; the workbook's sheets are 'Deals', 'Contacts'");
}

TEST_CASE("hostile and broken XLSX archives are refused with a clear message", "[unit][xlsx][malformed]")
{
    TempDir dir;
    const std::string header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
    auto base = [&](const std::string& rows = "", std::vector<std::string> shared = { "h" }) {
        return workbookParts({ { "S", header + rows } }, shared);
    };
    SECTION("zip bomb by compression ratio")
    {
        auto parts = base("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>" + std::string(4 << 20, ' '));
        const std::string msg = rejection(dir, parts);
        CHECK(msg.find("the archive's xl/worksheets/sheet1.xml would inflate to ") == 0);
        CHECK(msg.find("(more than 200:1) — refusing a possible zip bomb") != std::string::npos);
    }
    SECTION("too many entries")
    {
        auto parts = base();
        for (int i = 0; i < 10'000; ++i)
            parts.push_back({ "xl/media/f" + std::to_string(i), "", true });
        CHECK(rejection(dir, parts) == "the archive has 10007 entries, more than 10000 — refusing a possible zip bomb");
    }
    SECTION("total inflated size over the cap")
    {
        import::OpenOptions o;
        o.limits.maxInflatedBytes = 1000;
        CHECK(rejection(dir, base(), o)
                  .find("would inflate the workbook to more than 1000 bytes — refusing a possible "
                        "zip bomb")
            != std::string::npos);
    }
    SECTION("path traversal and absolute entry names")
    {
        for (const char* name : { "../evil.xml", "xl/../../evil.xml", "/etc/evil.xml" }) {
            auto parts = base();
            parts.push_back({ name, "x" });
            CHECK(rejection(dir, parts)
                == std::string("the archive's entry name '") + name
                    + "' points outside the archive (absolute path or '..') — refusing");
        }
    }
    SECTION("DOCTYPE / billion laughs in any part")
    {
        const std::string laughs
            = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
              "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><sst><si><t>&lol2;</t></si></sst>";
        for (const char* part :
            { "xl/sharedStrings.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml" }) {
            auto parts = base();
            for (auto& p : parts)
                if (p.name == part)
                    p.data = laughs;
            CHECK(rejection(dir, parts)
                == std::string("the archive's ") + part
                    + " contains a DOCTYPE declaration, which no Excel file has — refusing "
                      "(XML entity expansion attack)");
        }
    }
    SECTION("huge shared strings")
    {
        import::OpenOptions o;
        o.limits.maxSharedStringsBytes = 100;
        CHECK(rejection(dir, base("", { "h", std::string(150, 'x') }), o)
            == "the archive's shared strings take more than 100 bytes — refusing a possible memory bomb");
    }
    SECTION("encrypted entry")
    {
        auto parts = base();
        parts.back().password = "secret";
        const std::string path = dir.file("book.xlsx");
        if (!writeZip(path, parts)) {
            WARN("libzip cannot write encrypted entries here; skipping");
            return;
        }
        const auto t = readTable(path);
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().message
            == "the archive's xl/styles.xml is encrypted (a password-protected workbook): remove "
               "the password in Excel, save, and import again");
    }
    SECTION("a zip that is no workbook")
    {
        CHECK(rejection(dir, { { "readme.txt", "hello" } })
            == "a zip archive without xl/workbook.xml: not an Excel .xlsx workbook");
    }
    SECTION("a damaged zip")
    {
        const auto t = readTable(writeBytes(dir, "book.xlsx", "PK\x03\x04garbage that is no zip"));
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().message.find("not a readable zip archive") == 0);
    }
    SECTION("malformed sheet XML")
    {
        CHECK(rejection(dir, base("<row r=\"2\"><c r=\"A2\"><v>1</v></row>"))
                  .find("the archive's xl/worksheets/sheet1.xml is not well-formed XML (mismatched tag at line 1)")
            == 0);
    }
    SECTION("a shared string index out of range")
    {
        const auto t = readXlsx(dir, base("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>5</v></c></row>"));
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().message == "a cell refers to shared string '5' but the workbook has 1");
        CHECK(t.error().row == 2);
        CHECK(t.error().column == "B");
    }
    SECTION("an empty sheet")
    {
        CHECK(rejection(dir, workbookParts({ { "S", "" } }, {})) == "no header row (sheet 'S' is empty)");
    }
}
