// Hostile XLSX files under the reader's default limits, each read in a forked child whose peak
// resident set (getrusage) must stay under 512 MB: a zip bomb by ratio, a shared-strings part
// over the text cap, one row with a million cells, and a sheet
// inflating to more than the memory bound that must be streamed. The big parts are generated
// to a temporary file and zipped from there, so the test process itself stays small.
#include "Isolated.h"
#include "TestSupport.h"
#include "XlsxBuilder.h"
#include "import/read/TableSource.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <random>

using namespace sa;

namespace {

constexpr long kMaxRssKb = 512 * 1024;

// Writes `prefix`, then `repeat` copies of `block`, then `suffix` to `path`. A block of 16 KiB of
// varied text repeats within deflate's 32 KiB window, so the part compresses about 80:1 — under
// the reader's 200:1 ratio cap — and is quick to build.
void writePart(const std::string& path, const std::string& prefix, const std::string& block, long long repeat,
    const std::string& suffix)
{
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f != nullptr);
    std::fwrite(prefix.data(), 1, prefix.size(), f);
    for (long long i = 0; i < repeat; ++i)
        std::fwrite(block.data(), 1, block.size(), f);
    std::fwrite(suffix.data(), 1, suffix.size(), f);
    REQUIRE(std::fclose(f) == 0);
}

// `count` copies of `pattern(i)` concatenated: varied content for writePart's block.
std::string block(int count, const std::function<std::string(std::mt19937&)>& pattern)
{
    std::mt19937 rng(7);
    std::string out;
    for (int i = 0; i < count; ++i)
        out += pattern(rng);
    return out;
}

std::string letters(std::mt19937& rng, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += static_cast<char>('a' + rng() % 26);
    return s;
}

// A workbook whose part `bigName` is the file at `bigPath` (deflated at level 1).
void writeWorkbook(const std::string& xlsx, const std::string& bigName, const std::string& bigPath)
{
    auto parts = test::workbookParts({ { "S", "<row><c t=\"inlineStr\"><is><t>h</t></is></c></row>" } }, { "h" });
    int err = 0;
    zip_t* z = zip_open(xlsx.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(z != nullptr);
    for (const auto& p : parts) {
        const bool big = p.name == bigName;
        zip_source_t* src
            = big ? zip_source_file(z, bigPath.c_str(), 0, -1) : zip_source_buffer(z, p.data.data(), p.data.size(), 0);
        REQUIRE(src != nullptr);
        const zip_int64_t idx = zip_file_add(z, p.name.c_str(), src, ZIP_FL_OVERWRITE);
        REQUIRE(idx >= 0);
        zip_set_file_compression(z, static_cast<zip_uint64_t>(idx), ZIP_CM_DEFLATE, big ? 1 : 9);
    }
    REQUIRE(zip_close(z) == 0);
    std::remove(bigPath.c_str());
}

struct ReadOutcome {
    test::IsolatedResult run;
    std::string message; ///< the reader's error, or "rows: N" when it read everything
};

// Opens and reads every row in a child capped at 2 GB of address space and 120 s.
ReadOutcome readInChild(const std::string& xlsx)
{
    ReadOutcome o;
    o.run = test::runIsolated(
        [&](const std::function<void(const std::string&)>& emit) {
            auto src = import::openTable(xlsx);
            if (!src) {
                emit(src.error().message);
                return 0;
            }
            import::Row row;
            long long rows = 0;
            for (;;) {
                auto got = (*src)->next(row);
                if (!got) {
                    emit(got.error().message);
                    return 0;
                }
                if (!*got)
                    break;
                ++rows;
            }
            emit("rows: " + std::to_string(rows));
            return 0;
        },
        120, std::size_t(2) << 30);
    o.message = o.run.output;
    return o;
}

void checkMemory(const ReadOutcome& o)
{
    INFO("child: " << o.run.failure << " peak RSS " << o.run.peakRssKb / 1024 << " MB; said: " << o.message);
    REQUIRE(o.run.finished);
    if (test::sanitizedBuild()) {
        WARN("AddressSanitizer build: peak RSS (" << o.run.peakRssKb / 1024
                                                  << " MB) includes shadow memory; not checked");
        return;
    }
    CHECK(o.run.peakRssKb < kMaxRssKb);
}

} // namespace

TEST_CASE("hostile XLSX files are refused or streamed within 512 MB of memory", "[hardening][xlsx][memory]")
{
    test::TempDir dir;
    const std::string xlsx = dir.file("hostile.xlsx");
    const std::string part = dir.file("part.xml");
    const std::string ns = "<?xml version=\"1.0\"?><worksheet "
                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    const std::string sst = "<?xml version=\"1.0\"?><sst "
                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    SECTION("zip bomb: 256 MB of one byte, refused from the directory without inflating")
    {
        writePart(part, ns, std::string(1 << 20, ' '), 256, "</sheetData></worksheet>");
        writeWorkbook(xlsx, "xl/worksheets/sheet1.xml", part);
        const ReadOutcome o = readInChild(xlsx);
        CHECK(o.message.find("the archive's xl/worksheets/sheet1.xml would inflate to ") == 0);
        CHECK(o.message.find("refusing a possible zip bomb") != std::string::npos);
        checkMemory(o);
    }
    SECTION("shared strings over the 256 MiB text cap")
    {
        const std::string b = block(16, [](std::mt19937& r) { return "<si><t>" + letters(r, 1000) + "</t></si>"; });
        writePart(part, sst, b, (300LL << 20) / static_cast<long long>(b.size()), "</sst>");
        writeWorkbook(xlsx, "xl/sharedStrings.xml", part);
        const ReadOutcome o = readInChild(xlsx);
        CHECK(o.message
            == "the archive's shared strings take more than 268435456 bytes — refusing a possible memory bomb");
        checkMemory(o);
    }
    SECTION("one row of a million cells: refused past Excel's last column")
    {
        const std::string b = block(
            512, [](std::mt19937& r) { return "<c t=\"inlineStr\"><is><t>" + letters(r, 1) + "</t></is></c>"; });
        writePart(part, ns + "<row>", b, 1'000'000 / 512, "</row></sheetData></worksheet>");
        writeWorkbook(xlsx, "xl/worksheets/sheet1.xml", part);
        const ReadOutcome o = readInChild(xlsx);
        CHECK(o.message == "cell 16385 of the row is past column XFD, the last an Excel sheet has");
        checkMemory(o);
    }
    SECTION("a sheet inflating to 640 MB is streamed, never held")
    {
        const std::string b = block(256, [](std::mt19937& r) {
            return "<row><c t=\"inlineStr\"><is><t>" + letters(r, 40) + "</t></is></c><c><v>"
                + std::to_string(r() % 100000) + "</v></c></row>";
        });
        const long long repeat = (640LL << 20) / static_cast<long long>(b.size());
        writePart(part,
            ns + "<row><c t=\"inlineStr\"><is><t>Name</t></is></c><c t=\"inlineStr\"><is><t>Amount</t></is></c></row>",
            b, repeat, "</sheetData></worksheet>");
        writeWorkbook(xlsx, "xl/worksheets/sheet1.xml", part);
        const ReadOutcome o = readInChild(xlsx);
        CHECK(o.message == "rows: " + std::to_string(repeat * 256)); // the header row is not counted
        checkMemory(o);
    }
}

// A flood of tiny shared strings: 24 million one-letter strings (410 MB of XML, 5 MB zipped) once
// took 1 GB as one std::string each; packed (text + a 4-byte offset a string, counted against the
// cap) they stay far below 512 MB, whether the file is read or refused.
TEST_CASE("a flood of tiny shared strings stays under 512 MB", "[hardening][xlsx][memory]")
{
    test::TempDir dir;
    const std::string xlsx = dir.file("hostile.xlsx");
    const std::string part = dir.file("part.xml");
    const std::string sst = "<?xml version=\"1.0\"?><sst "
                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    const std::string b = block(1024, [](std::mt19937& r) { return "<si><t>" + letters(r, 1) + "</t></si>"; });
    writePart(part, sst, b, 24'000'000 / 1024, "</sst>");
    writeWorkbook(xlsx, "xl/sharedStrings.xml", part);
    const ReadOutcome o = readInChild(xlsx);
    CHECK(
        (o.message.rfind("rows: ", 0) == 0 || o.message.find("refusing a possible memory bomb") != std::string::npos));
    checkMemory(o);
}
