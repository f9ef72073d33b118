// Real exports from /work/shared/datasets (see its SOURCES.md) through openTable: row counts,
// encodings and the npsgame file's mixed encoding. Skipped with a warning when absent.
#include "ReadTestUtil.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace sa;
using namespace sa::test;

namespace {
std::filesystem::path datasets()
{
    return sharedDir() / "datasets";
}
} // namespace

TEST_CASE("real CSV exports read with the row counts of SOURCES.md", "[realdata]")
{
    if (skipWithoutShared(datasets()))
        return;
    struct Case {
        const char* file;
        std::size_t rows;
        const char* encoding;
        std::size_t columns;
    };
    const Case cases[] = {
        { "superstore-orders/Sample - Superstore.csv", 9994, "utf-8-bom", 21 },
        { "maven-crm-sales-opportunities/sales_pipeline.csv", 8800, "utf-8", 8 },
        { "maven-crm-sales-opportunities/accounts.csv", 85, "utf-8", 7 },
        { "maven-crm-sales-opportunities/products.csv", 7, "utf-8", 3 },
        { "maven-crm-sales-opportunities/sales_teams.csv", 35, "utf-8", 3 },
        { "telco-customer-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv", 7043, "utf-8", 21 },
        { "olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv", 8000, "utf-8", 4 },
        { "olist-marketing-funnel/olist_closed_deals_dataset.csv", 842, "utf-8", 14 },
        { "b2b-accounts-nps-churn/ACCOUNTS.csv", 10000, "utf-8", 7 },
        { "b2b-accounts-nps-churn/NPS.csv", 10000, "utf-8", 3 },
    };
    for (const auto& c : cases) {
        INFO(c.file);
        const auto t = readTable((datasets() / c.file).string());
        REQUIRE(t.ok());
        CHECK(t->rows.size() == c.rows);
        CHECK(t->info.encoding == c.encoding);
        CHECK(t->header.size() == c.columns);
        for (const auto& r : t->rows)
            CHECK(r.fields.size() == c.columns);
    }
    const auto superstore = readTable((datasets() / "superstore-orders/Sample - Superstore.csv").string());
    CHECK(superstore->header.front() == "Row ID");
    CHECK(superstore->rows.front().fields[2] == "11/8/2018"); // US m/d/yyyy order dates
}

TEST_CASE("npsgame nps.csv mixes single-byte encodings: rejected at the first byte windows-1252 lacks", "[realdata]")
{
    const auto path = datasets() / "npsgame-retail-nps-survey/nps.csv";
    if (skipWithoutShared(path))
        return;
    // The file is Latin-1/CP1252 text with CP850 bytes mixed in (SOURCES.md). Detection picks
    // windows-1252; its byte 0x90 has no character there, so the reader stops at it and names it
    // rather than inventing a character.
    const std::string bytes = readFile(path.string());
    const auto firstBad = bytes.find('\x90');
    REQUIRE(firstBad != std::string::npos);
    const auto t = readTable(path.string());
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().kind == ErrorKind::InputRejected);
    CHECK(t.error().message
        == "byte 0x90 at byte offset " + std::to_string(firstBad)
            + " is not a character in windows-1252 (detected: the file is not UTF-8 and may mix "
              "encodings; re-save it as UTF-8)");
    CHECK(t.error().row == 1273);
    CHECK(t.error().column == "explication");
    // Forcing Latin-1 (every byte is a character there) reads it all, as the user's explicit choice.
    import::OpenOptions latin1;
    latin1.encoding = "iso-8859-1";
    const auto forced = readTable(path.string(), latin1);
    REQUIRE(forced.ok());
    CHECK(forced->rows.size() == 13954);
    CHECK(forced->info.encoding == "iso-8859-1");
}
