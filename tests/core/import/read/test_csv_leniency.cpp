// CSV leniencies, one table test each: encodings, delimiters, Bitrix24 trailing delimiter,
// Salesforce footers, duplicate headers, ragged rows, chunk boundaries, HTML-as-.xls.
#include "ReadTestUtil.h"

#include <catch2/catch.hpp>

using namespace sa;
using namespace sa::test;

namespace {
// Russian and French sample text in single-byte encodings (generated once with Python's codecs).
const std::string kCp1251
    = "\xC8\xEC\xFF;\xD1\xE4\xE5\xEB\xEA\xE0;\xD1\xF3\xEC\xEC\xE0\x0A\xC8\xE2\xE0\xED "
      "\xCF\xE5\xF2\xF0\xEE\xE2;\xCF\xEE\xF1\xF2\xE0\xE2\xEA\xE0 \xEE\xE1\xEE\xF0\xF3\xE4\xEE\xE2\xE0\xED\xE8\xFF;1 "
      "000\x0A\xCC\xE0\xF0\xE8\xFF \xD1\xE8\xE4\xEE\xF0\xEE\xE2\xE0;\xC4\xEE\xE3\xEE\xE2\xEE\xF0 \xED\xE0 "
      "\xEE\xE1\xF1\xEB\xF3\xE6\xE8\xE2\xE0\xED\xE8\xE5;2 500\x0A";
const std::string kKoi8
    = "\xE9\xCD\xD1;\xF3\xC4\xC5\xCC\xCB\xC1;\xF3\xD5\xCD\xCD\xC1\x0A\xE9\xD7\xC1\xCE "
      "\xF0\xC5\xD4\xD2\xCF\xD7;\xF0\xCF\xD3\xD4\xC1\xD7\xCB\xC1 \xCF\xC2\xCF\xD2\xD5\xC4\xCF\xD7\xC1\xCE\xC9\xD1;1 "
      "000\x0A\xED\xC1\xD2\xC9\xD1 \xF3\xC9\xC4\xCF\xD2\xCF\xD7\xC1;\xE4\xCF\xC7\xCF\xD7\xCF\xD2 \xCE\xC1 "
      "\xCF\xC2\xD3\xCC\xD5\xD6\xC9\xD7\xC1\xCE\xC9\xC5;2 500\x0A";
const std::string kCp866
    = "\x88\xAC\xEF;\x91\xA4\xA5\xAB\xAA\xA0;\x91\xE3\xAC\xAC\xA0\x0A\x88\xA2\xA0\xAD "
      "\x8F\xA5\xE2\xE0\xAE\xA2;\x8F\xAE\xE1\xE2\xA0\xA2\xAA\xA0 \xAE\xA1\xAE\xE0\xE3\xA4\xAE\xA2\xA0\xAD\xA8\xEF;1 "
      "000\x0A\x8C\xA0\xE0\xA8\xEF \x91\xA8\xA4\xAE\xE0\xAE\xA2\xA0;\x84\xAE\xA3\xAE\xA2\xAE\xE0 \xAD\xA0 "
      "\xAE\xA1\xE1\xAB\xE3\xA6\xA8\xA2\xA0\xAD\xA8\xA5;2 500\x0A";
const std::string kLatin = "nom,commentaire\x0ARen\xE9,tr\xE8s bien d\xE9j\xE0 vu\x0A"
                           "Aim\xE9"
                           "e,\xE9l\xE8ve \xE0 l'\xE9"
                           "cole\x0A";

Table mustRead(const TempDir& dir, const std::string& bytes, const import::OpenOptions& o = {})
{
    auto t = readTable(writeBytes(dir, "in.csv", bytes), o);
    if (!t)
        FAIL(t.error().describe());
    return std::move(*t);
}

std::vector<std::string> col(const Table& t, std::size_t c)
{
    std::vector<std::string> out;
    for (const auto& r : t.rows)
        out.push_back(c < r.fields.size() ? r.fields[c] : "<missing>");
    return out;
}

std::string utf16(const std::u16string& s, bool le)
{
    std::string out = le ? "\xFF\xFE" : "\xFE\xFF";
    for (char16_t u : s) {
        const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        out += le ? lo : hi;
        out += le ? hi : lo;
    }
    return out;
}
} // namespace

TEST_CASE("UTF-8 with and without BOM", "[unit][csv]")
{
    TempDir dir;
    const auto bom = mustRead(dir, "\xEF\xBB\xBFName,Amount\r\nАнна,1\r\n");
    CHECK(bom.header == std::vector<std::string> { "Name", "Amount" });
    CHECK(bom.info.encoding == "utf-8-bom");
    CHECK(col(bom, 0) == std::vector<std::string> { "Анна" });
    const auto plain = mustRead(dir, "Name,Amount\nАнна,1\n");
    CHECK(plain.info.encoding == "utf-8");
    CHECK(plain.info.notes.empty());
    import::OpenOptions forced;
    forced.encoding = "UTF-8";
    const auto forcedBom = mustRead(dir, "\xEF\xBB\xBFName\n1\n", forced);
    CHECK(forcedBom.header == std::vector<std::string> { "Name" }); // the BOM is still no part of the header
    CHECK(forcedBom.info.encoding == "utf-8-bom");
    forced.encoding = "utf-8-bom";
    CHECK(mustRead(dir, "Name\n1\n", forced).info.encoding == "utf-8");
}

TEST_CASE("UTF-16 LE and BE with BOM (Excel Unicode text, tab-separated) decode to UTF-8", "[unit][csv]")
{
    TempDir dir;
    const std::u16string text = u"Имя\tСумма\r\nАнна\t1 000\r\nemoji \U0001F600\t2\r\n";
    for (bool le : { true, false }) {
        const auto t = mustRead(dir, utf16(text, le));
        CHECK(t.info.encoding == (le ? "utf-16le" : "utf-16be"));
        CHECK(t.info.delimiter == '\t');
        CHECK(t.header == std::vector<std::string> { "Имя", "Сумма" });
        CHECK(col(t, 0) == std::vector<std::string> { "Анна", "emoji \xF0\x9F\x98\x80" });
        CHECK(col(t, 1) == std::vector<std::string> { "1 000", "2" });
    }
}

TEST_CASE("single-byte Cyrillic and Western encodings are detected by byte statistics", "[unit][csv][encoding]")
{
    TempDir dir;
    struct Case {
        const std::string* bytes;
        const char* encoding;
    };
    for (const auto& c : { Case { &kCp1251, "windows-1251" }, Case { &kKoi8, "koi8-r" }, Case { &kCp866, "cp866" } }) {
        INFO(c.encoding);
        const auto t = mustRead(dir, *c.bytes);
        CHECK(t.info.encoding == c.encoding);
        CHECK(t.info.delimiter == ';');
        CHECK(t.header == std::vector<std::string> { "Имя", "Сделка", "Сумма" });
        CHECK(col(t, 0) == std::vector<std::string> { "Иван Петров", "Мария Сидорова" });
        CHECK(col(t, 1)[1] == "Договор на обслуживание");
        CHECK(hasNote(t.info, std::string("decoded as ") + c.encoding));
    }
    const auto latin = mustRead(dir, kLatin);
    CHECK(latin.info.encoding == "windows-1252");
    CHECK(col(latin, 1) == std::vector<std::string> { "très bien déjà vu", "élève à l'école" });
    import::OpenOptions forced;
    forced.encoding = "KOI8-R";
    CHECK(mustRead(dir, kKoi8, forced).header[0] == "Имя");
}

TEST_CASE("delimiter detection among comma, semicolon, tab and pipe respects quotes", "[unit][csv]")
{
    TempDir dir;
    struct Case {
        const char* bytes;
        char delimiter;
        std::size_t columns;
    };
    const Case cases[] = {
        { "a,b,c\n1,2,3\n", ',', 3 },
        { "Сделка;Сумма\nA;1,5\nB;2,25\n", ';', 2 }, // decimal commas are not delimiters
        { "a\tb\n1\t2\n", '\t', 2 },
        { "a|b|c|d\n1|2|3|4\n", '|', 4 },
        { "\"x;y\",b\n\"1;2\",3\n", ',', 2 }, // semicolons only inside quotes
        { "name\nAnna\n", ',', 1 }, // one column
        { "a;b\n\"multi\nline; text\";2\n3;4\n", ';', 2 },
    };
    for (const auto& c : cases) {
        INFO(c.bytes);
        const auto t = mustRead(dir, c.bytes);
        CHECK(t.info.delimiter == c.delimiter);
        CHECK(t.header.size() == c.columns);
    }
    import::OpenOptions forced;
    forced.delimiter = ';';
    CHECK(mustRead(dir, "a,b;c\n1,2;3\n", forced).header == std::vector<std::string> { "a,b", "c" });
}

TEST_CASE("Bitrix24: a trailing delimiter on every line drops the empty last column", "[unit][csv]")
{
    TempDir dir;
    const auto t = mustRead(dir, "ID;Название;Сумма;\r\n1;Сделка А;100;\r\n2;Сделка Б;;\r\n");
    CHECK(t.info.trailingDelimiterDropped);
    CHECK(t.header == std::vector<std::string> { "ID", "Название", "Сумма" });
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].fields == std::vector<std::string> { "1", "Сделка А", "100" });
    CHECK(t.rows[1].fields == std::vector<std::string> { "2", "Сделка Б", "" });
    CHECK(hasNote(t.info, "ends with the delimiter"));
    // Not every line: an empty last header column stays and is named.
    const auto mixed = mustRead(dir, "a;b;\n1;2;3\n");
    CHECK_FALSE(mixed.info.trailingDelimiterDropped);
    CHECK(mixed.header == std::vector<std::string> { "a", "b", "Column 3" });
}

TEST_CASE("Salesforce report footers after a blank line are dropped and counted", "[unit][csv]")
{
    TempDir dir;
    const std::string data = "\"Opportunity Name\",\"Amount\"\n\"Deal A\",\"100\"\n\"Deal B\",\"200\"\n";
    const std::string footer = "\n\"Sales Audit Inc.\"\n\"Confidential Information - Do Not Distribute\"\n"
                               "\"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.\"\n"
                               "\"Generated By:  Anna Ivanova  11/24/2024 10:00 AM\"\n";
    const auto t = mustRead(dir, data + footer);
    CHECK(t.rows.size() == 2);
    CHECK(t.info.footerRowsSkipped == 4);
    CHECK(hasNote(t.info, "4 report footer line(s)"));
    // A blank line followed by more data is no footer: the rows stay, the blank line is skipped.
    const auto inner = mustRead(dir, data + "\n\"Deal C\",\"300\"\n\"Note\"\n");
    CHECK(inner.info.footerRowsSkipped == 0);
    CHECK(col(inner, 0) == std::vector<std::string> { "Deal A", "Deal B", "Deal C", "Note" });
    CHECK(inner.rows[2].number == 5);
    CHECK(hasNote(inner.info, "1 blank line(s) skipped"));
    // One-field lines without a blank line before them are data (ragged rows).
    const auto ragged = mustRead(dir, data + "\"Sales Audit Inc.\"\n");
    CHECK(ragged.rows.size() == 3);
    CHECK(ragged.rows[2].fields.size() == 1);
}

TEST_CASE("duplicate and empty header names are made unique", "[unit][csv]")
{
    TempDir dir;
    const auto t = mustRead(dir, "Name, Name ,name,,Phone\n1,2,3,4,5\n");
    CHECK(t.header == std::vector<std::string> { "Name", "Name (2)", "name (3)", "Column 4", "Phone" });
    CHECK(hasNote(t.info, "duplicate header \"Name\" renamed \"Name (2)\""));
}

TEST_CASE("ragged rows, quoted newlines and record numbers", "[unit][csv]")
{
    TempDir dir;
    const auto t = mustRead(dir, "a,b,c\n1,2\n\"x\r\ny\",2,3,4\r\n5,6,7");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].fields.size() == 2);
    CHECK(t.rows[1].fields == std::vector<std::string> { "x\r\ny", "2", "3", "4" });
    CHECK(t.rows[1].number == 3);
    CHECK(t.rows[2].number == 4);
    const auto leading = mustRead(dir, "\n\na,b\n1,2\n");
    CHECK(leading.header == std::vector<std::string> { "a", "b" });
    CHECK(leading.rows[0].number == 4);
}

TEST_CASE("a bare quote inside an unquoted field is a literal, noted once", "[unit][csv]")
{
    TempDir dir;
    const auto t = mustRead(dir, "size,name\n15\",Monitor 15\" wide\n");
    CHECK(t.rows[0].fields == std::vector<std::string> { "15\"", "Monitor 15\" wide" });
    CHECK(hasNote(t.info, "2 quote character(s) inside unquoted fields"));
}

TEST_CASE("the same records come out whatever the chunk size", "[unit][csv]")
{
    TempDir dir;
    const std::string bytes = "\xEF\xBB\xBFid;\"text\";amount\r\n1;\"a \"\"quoted\"\"\r\nvalue; with ;\";1 234,5\r\n"
                              "2;Анна Морозова;7\r3;\"\";\n4;ё;\"\"\"\"\n";
    const auto reference = mustRead(dir, bytes);
    REQUIRE(reference.rows.size() == 4);
    CHECK(reference.rows[0].fields[1] == "a \"quoted\"\r\nvalue; with ;");
    CHECK(reference.rows[3].fields[2] == "\"");
    for (std::size_t chunk : { 16u, 17u, 19u, 23u, 64u }) {
        import::OpenOptions o;
        o.chunkSize = chunk;
        const auto t = mustRead(dir, bytes, o);
        INFO("chunk " << chunk);
        REQUIRE(t.rows.size() == reference.rows.size());
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            CHECK(t.rows[i].fields == reference.rows[i].fields);
            CHECK(t.rows[i].number == reference.rows[i].number);
        }
    }
    const std::u16string wide = u"a\tb\r\nАнна \U0001F600\t2\r\n";
    import::OpenOptions tiny;
    tiny.chunkSize = 17; // odd: UTF-16 units and surrogate pairs split across chunks
    CHECK(col(mustRead(dir, utf16(wide, true), tiny), 0) == std::vector<std::string> { "Анна \xF0\x9F\x98\x80" });
}

TEST_CASE("progress runs from 0 to 1 with the bytes consumed", "[unit][csv]")
{
    TempDir dir;
    std::string bytes = "a,b\n";
    for (int i = 0; i < 30000; ++i)
        bytes += std::to_string(i) + ",x\n";
    import::OpenOptions o;
    o.chunkSize = 1000;
    auto src = import::openTable(writeBytes(dir, "p.csv", bytes), o);
    REQUIRE(src.ok());
    const double start = (*src)->progress();
    CHECK(start < 0.5);
    import::Row row;
    double last = start;
    while (*(*src)->next(row)) {
        CHECK((*src)->progress() >= last);
        last = (*src)->progress();
    }
    CHECK((*src)->progress() == 1.0);
}

TEST_CASE("Bitrix24 HTML-as-.xls is read as a table", "[unit][html]")
{
    TempDir dir;
    const std::string page
        = "<html><head><meta http-equiv=\"Content-type\" content=\"text/html;charset=windows-1251\" />"
          "<style>td { color: red; }</style></head><body><table border=\"1\">"
          "<tr><th>ID</th><th>\xcd\xe0\xe7\xe2\xe0\xed\xe8\xe5</th><th>Comment</th></tr>\n"
          "<tr><td>1</td><td>Tom &amp; Jerry &lt;LLC&gt;</td><td>line1<br>line2</td></tr>\n"
          "<tr><td>2</td><td>&quot;Q&quot; &#1071; &#x44F;&nbsp;</td><td>  spaced \n  out  </td></tr>"
          "<!-- <tr><td>comment</td></tr> --></table></body></html>";
    const auto t = readTable(writeBytes(dir, "deals.xls", page));
    REQUIRE(t.ok());
    CHECK(t->info.format == "html-xls");
    CHECK(t->info.encoding == "windows-1251");
    CHECK(t->header == std::vector<std::string> { "ID", "Название", "Comment" });
    REQUIRE(t->rows.size() == 2);
    CHECK(t->rows[0].fields == std::vector<std::string> { "1", "Tom & Jerry <LLC>", "line1\nline2" });
    CHECK(t->rows[1].fields == std::vector<std::string> { "2", "\"Q\" Я я", "spaced out" });
    CHECK(t->rows[1].number == 3);
    const auto utf8
        = readTable(writeBytes(dir, "u.xls", "\xEF\xBB\xBF<table><tr><td>Имя</td></tr><tr><td>Анна</td></tr></table>"));
    REQUIRE(utf8.ok());
    CHECK(utf8->header == std::vector<std::string> { "Имя" });
}
