// Malformed and hostile text inputs: each is rejected with a message naming what, where
// (record = row, column) and, for byte-level problems, the byte offset.
#include "ReadTestUtil.h"

#include <catch2/catch.hpp>

using namespace sa;
using namespace sa::test;

namespace {
struct Malformed {
    const char* name;
    std::string bytes;
    const char* fragment; ///< expected in Error::message
    long long row; ///< expected Error::row (0 = none)
    const char* column; ///< expected Error::column
    std::size_t chunk = 0; ///< OpenOptions::chunkSize
    const char* encoding = nullptr;
    sa::ErrorKind kind = sa::ErrorKind::InputRejected;
};

std::string repeat(const std::string& s, int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

std::string le16(const std::u16string& s)
{
    std::string out = "\xFF\xFE";
    for (char16_t u : s) {
        out += static_cast<char>(u & 0xFF);
        out += static_cast<char>(u >> 8);
    }
    return out;
}
} // namespace

TEST_CASE("malformed text files are rejected with file, row, column and offset", "[unit][csv][malformed]")
{
    const std::string cp1251Row = "\xC8\xEC\xFF;\xD1\xF3\xEC\xEC\xE0\n\xC8\xE2\xE0\xED;1\n"; // Имя;Сумма / Иван;1
    const Malformed cases[] = {
        { "unterminated quote", "a,b\n1,\"abc\n2,3\n",
            "unterminated quoted field: the end of the file came before the closing quote of the quote opened at byte "
            "offset 6",
            2, "b" },
        { "unterminated quote in header", "\"a,b\n1,2\n", "quote opened at byte offset 0", 1, "#1" },
        { "unterminated quote after many lines", "a,b\n1,2\n3,\"x\n" + repeat("more text,\n", 50),
            "quote opened at byte offset 10", 3, "b", 16 },
        { "text after a closing quote", "a,b\n\"x\"y,2\n",
            "unexpected character 'y' after a closing quote (a quote inside a quoted field must be doubled) at byte "
            "offset 7",
            2, "a" },
        { "space after a closing quote", "a,b\n1,\"x\" \n", "unexpected character ' ' after a closing quote", 2, "b" },
        { "text after a closing quote in the header", "\"a\"b,c\n", "unexpected character 'b' after a closing quote", 1,
            "#1" },
        { "text after a closing quote, CRLF file", "a;b\r\n1;2\r\n\"x\"\"\"z;3\r\n",
            "unexpected character 'z' after a closing quote (a quote inside a quoted field must be doubled) at byte "
            "offset 15",
            3, "a" },
        { "empty file", "", "no header row", 0, "" },
        { "only blank lines", "\n\r\n\n", "no header row", 0, "" },
        { "only a BOM", "\xEF\xBB\xBF", "no header row", 0, "" },
        { "NUL byte", std::string("a,b\n1,\0\n", 8), "a NUL byte at byte offset 6 (not a text file)", 2, "b" },
        { "NUL byte in a quoted field across chunks", "a,b\n1,\"" + repeat("x", 40) + std::string("\0\"\n", 3),
            "a NUL byte at byte offset 47", 2, "b", 16 },
        { "invalid UTF-8 after a BOM",
            "\xEF\xBB\xBF"
            "a,b\n1,caf\xE9\n",
            "invalid UTF-8 (byte 0xE9) at byte offset 12", 2, "b" },
        { "invalid UTF-8 beyond the first chunk",
            "\xEF\xBB\xBF"
            "a,b\n"
                + repeat("1,2\n", 20) + "3,x\xFFy\n",
            "invalid UTF-8 (byte 0xFF) at byte offset 90", 22, "b", 16 },
        { "truncated UTF-8 sequence at the end",
            "\xEF\xBB\xBF"
            "a,b\n1,\xD0",
            "invalid UTF-8 (byte 0xD0) at byte offset 9", 2, "b" },
        { "overlong UTF-8",
            "\xEF\xBB\xBF"
            "a,b\n1,\xC0\xAF\n",
            "invalid UTF-8 (byte 0xC0) at byte offset 9", 2, "b" },
        { "UTF-8-encoded surrogate",
            "\xEF\xBB\xBF"
            "a,b\n\xED\xA0\x80,1\n",
            "invalid UTF-8 (byte 0xED) at byte offset 7", 2, "a" },
        { "code point above U+10FFFF",
            "\xEF\xBB\xBF"
            "a\n\xF4\x90\x80\x80\n",
            "invalid UTF-8 (byte 0xF4) at byte offset 5", 2, "a" },
        { "forced UTF-8 on windows-1251 bytes", cp1251Row, "invalid UTF-8 (byte 0xC8) at byte offset 0", 1, "#1", 0,
            "utf-8" },
        { "broken UTF-8: mostly valid, one bad byte", "Имя,Город\nАнна,Москва\nИгорь,Омск\xE9\n",
            "invalid UTF-8 (byte 0xE9) at byte offset 59", 3, "Город" },
        { "windows-1251 byte with no character", "\xC8\xEC\xFF;\xD1\xF3\xEC\xEC\xE0\n\xC8\xE2\xE0\xED;\x98\n",
            "byte 0x98 at byte offset 15 is not a character in windows-1251 (detected: the file is not UTF-8 and may "
            "mix encodings; re-save it as UTF-8)",
            2, "Сумма" },
        { "forced windows-1252 byte with no character", "a,b\n1,\x81\n",
            "byte 0x81 at byte offset 6 is not a character in windows-1252", 2, "b", 0, "cp1252" },
        { "NUL byte in a single-byte file", std::string("\xC8\xEC\xFF;\xD1\xF3\xEC\xEC\xE0\n\xC8\xE2\0;1\n", 16),
            "a NUL byte at byte offset 12", 2, "Имя", 0, "windows-1251" },
        { "UTF-16 with an odd byte count", le16(u"a\tb\r\n1\t2\r\n") + "x",
            "the UTF-16 text ends in the middle of a character at byte offset 22", 3, "a" },
        { "UTF-16 unpaired low surrogate", le16(u"a\tb\r\n1\t") + std::string("\x00\xDC", 2) + le16(u"\r\n").substr(2),
            "an unpaired UTF-16 surrogate at byte offset 16", 2, "b" },
        { "UTF-16 high surrogate without its low half",
            le16(u"a\tb\r\n") + std::string("\x3D\xD8", 2) + le16(u"x\r\n").substr(2),
            "an unpaired UTF-16 surrogate before byte offset 14", 2, "a" },
        { "UTF-16 NUL character", le16(u"a\tb\r\n1\t") + std::string("\0\0", 2),
            "a NUL character at byte offset 16 (not a text file)", 2, "b" },
        { "unknown forced encoding", "a\n1\n", "unknown encoding 'klingon'", 0, "", 0, "klingon", ErrorKind::Usage },
        { "legacy Excel 97-2003 workbook", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + repeat("x", 100),
            "an Excel 97-2003 .xls workbook: save it as .xlsx or CSV", 0, "" },
        { "HTML .xls with merged cells",
            "<html><table><tr><th>a</th><th>b</th></tr><tr><td colspan=\"2\">x</td></tr></table></html>",
            "with merged cells (colspan/rowspan), which cannot be read as a plain table: export the list as CSV "
            "instead",
            2, "" },
        { "HTML .xls with a nested table",
            "<table><tr><td>a</td></tr><tr><td><table><tr><td>x</td></tr></table></td></tr></table>",
            "a table nested in a table", 2, "" },
        { "HTML page without a table", "<!DOCTYPE html><html><body><p>Access denied</p></body></html>",
            "an HTML page without table rows, not a spreadsheet: export the list as CSV instead", 0, "" },
        { "HTML .xls with invalid UTF-8 under a utf-8 charset",
            "<html><meta charset=\"utf-8\"><table><tr><td>a\xE9</td></tr></table>",
            "invalid UTF-8 (byte 0xE9) at byte offset 44", 1, "" },
        { "HTML tag longer than 64 KiB", "<table><tr><td>a</td></tr><tr " + repeat("x", 70000) + ">",
            "an HTML tag or comment longer than 64 KiB", 2, "" },
    };
    TempDir dir;
    for (const auto& c : cases) {
        INFO(c.name);
        const std::string path = writeBytes(dir, "bad.csv", c.bytes);
        import::OpenOptions o;
        o.chunkSize = c.chunk;
        if (c.encoding)
            o.encoding = c.encoding;
        const auto t = readTable(path, o);
        REQUIRE_FALSE(t.ok());
        const Error& e = t.error();
        INFO(e.describe());
        CHECK(e.kind == c.kind);
        CHECK(e.message.find(c.fragment) != std::string::npos);
        CHECK(e.row == c.row);
        CHECK(e.column == c.column);
        if (c.kind == ErrorKind::InputRejected)
            CHECK(e.file == path);
    }
    CHECK(std::size(cases) >= 30);
}

TEST_CASE("a missing file is an error naming it", "[unit][csv][malformed]")
{
    const auto t = readTable("/nonexistent/deals.csv");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().file == "/nonexistent/deals.csv");
    CHECK(t.error().message.find("cannot open the file") != std::string::npos);
}
