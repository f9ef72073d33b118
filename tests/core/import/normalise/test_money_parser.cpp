#include "import/normalise/MoneyParser.h"
#include "import/normalise/NumberColumnProfile.h"
#include "import/normalise/NumberParser.h"

#include <catch2/catch.hpp>

using namespace sa::import::normalise;
using DS = DecimalSeparator;

namespace {
struct MoneyCase {
    const char* text;
    DS hint;
    sa::Minor minor;
    const char* currency;
};
struct FailCase {
    const char* text;
    DS hint;
    const char* reason;
};
} // namespace

TEST_CASE("parseMoney reads every accepted form straight to minor units", "[unit][money]")
{
    const MoneyCase cases[] = {
        { "1 234,56", DS::Unknown, 123456, "" },
        { "1\xC2\xA0"
          "234,56",
            DS::Unknown, 123456, "" }, // U+00A0
        { "1\xE2\x80\xAF"
          "234,56",
            DS::Unknown, 123456, "" }, // U+202F
        { "1\xE2\x80\x89"
          "234,56",
            DS::Unknown, 123456, "" }, // U+2009
        { "1.234,56", DS::Unknown, 123456, "" },
        { "1,234.56", DS::Unknown, 123456, "" },
        { "1,234,567.5", DS::Unknown, 123456750, "" },
        { "1.234.567", DS::Unknown, 123456700, "" },
        { "1234.5", DS::Unknown, 123450, "" },
        { "1234,5", DS::Unknown, 123450, "" },
        { "-1 234", DS::Unknown, -123400, "" },
        { "\xE2\x88\x92"
          "1 234",
            DS::Unknown, -123400, "" }, // U+2212
        { "(1 234)", DS::Unknown, -123400, "" },
        { "(1 234,50 \xE2\x82\xBD)", DS::Unknown, -123450, "RUB" },
        { "1 234 \xE2\x82\xBD", DS::Unknown, 123400, "RUB" }, // ₽
        { "1 234 руб.", DS::Unknown, 123400, "RUB" },
        { "1 234 р.", DS::Unknown, 123400, "RUB" },
        { "1234 RUB", DS::Unknown, 123400, "RUB" },
        { "$1,234.56", DS::Unknown, 123456, "USD" },
        { "-$12.30", DS::Unknown, -1230, "USD" },
        { "$-12.30", DS::Unknown, -1230, "USD" },
        { "USD 99", DS::Unknown, 9900, "USD" },
        { "\xE2\x82\xAC"
          "5",
            DS::Unknown, 500, "EUR" }, // €
        { "5 EUR", DS::Unknown, 500, "EUR" },
        { "0.29", DS::Unknown, 29, "" },
        { ".5", DS::Unknown, 50, "" },
        { "0", DS::Unknown, 0, "" },
        { "1,234", DS::Dot, 123400, "" }, // column hint: ',' groups thousands
        { "1,234", DS::Comma, 123, "" }, // column hint: ',' is decimal → 1.234 → 1.23
        { "1.234", DS::Comma, 123400, "" },
        { "1.234", DS::Unknown, 123, "" }, // no hint: a lone separator is decimal
        { "1.5E+3", DS::Unknown, 150000, "" },
        { "  42  ", DS::Unknown, 4200, "" },
        { "1'234.50", DS::Unknown, 123450, "" },
    };
    for (const auto& c : cases) {
        INFO(c.text << " hint " << toString(c.hint));
        const auto r = parseMoney(c.text, 2, c.hint);
        REQUIRE(r.ok());
        CHECK(r->minor == c.minor);
        CHECK(r->currency == c.currency);
    }
}

TEST_CASE("parseMoney rounds extra fraction digits half away from zero without doubles", "[unit][money]")
{
    CHECK(parseMoney("0.125", 2)->minor == 13);
    CHECK(parseMoney("0.125", 2)->rounded);
    CHECK(parseMoney("-0.125", 2)->minor == -13);
    CHECK(parseMoney("0.124", 2)->minor == 12);
    CHECK(parseMoney("0.001", 0)->minor == 0);
    CHECK(parseMoney("12.50", 0)->minor == 13);
    CHECK_FALSE(parseMoney("12.00", 0)->rounded);
    CHECK(parseMoney("92233720368547758.07", 2)->minor == 9223372036854775807LL);
}

TEST_CASE("parseMoney failure reasons are usable in a data-quality issue", "[unit][money]")
{
    const FailCase cases[] = {
        { "", DS::Unknown, "empty" },
        { "   ", DS::Unknown, "empty" },
        { "abc", DS::Unknown, "text in a number" },
        { "NA", DS::Unknown, "text in a number" },
        { "около 100", DS::Unknown, "text in a number: 'около'" },
        { "12abc34", DS::Unknown, "text in a number" },
        { "1 23", DS::Unknown, "misplaced thousands separator" },
        { "12 3456", DS::Unknown, "misplaced thousands separator" },
        { "1,2,3", DS::Unknown, "misplaced thousands separator" },
        { "1.234,56", DS::Dot, "decimal separator ',' contradicts the column's '.'" },
        { "1,234.56", DS::Comma, "decimal separator '.' contradicts the column's ','" },
        { "12.5", DS::Comma, "misplaced thousands separator" },
        { "1.2.3,4,5", DS::Unknown, "several decimal separators" },
        { "--5", DS::Unknown, "more than one sign" },
        { "99999999999999999999", DS::Unknown, "number too large" },
        { "5 kg", DS::Unknown, "text in a number: 'kg'" },
        { "$5 USD", DS::Unknown, "text in a number" },
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto r = parseMoney(c.text, 2, c.hint);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == c.reason);
    }
}

TEST_CASE("parseNumber reads plain doubles and percentages", "[unit][number]")
{
    CHECK(parseNumber("0,75")->value == Approx(0.75));
    CHECK(parseNumber("1 234,5")->value == Approx(1234.5));
    CHECK(parseNumber("-3.5")->value == Approx(-3.5));
    CHECK(parseNumber("1.5E-3")->value == Approx(0.0015));
    const auto pct = parseNumber("50 %");
    REQUIRE(pct.ok());
    CHECK(pct->value == Approx(50));
    CHECK(pct->percent);
    CHECK(parseNumber("12 min").error().message == "text in a number: 'min'");
    CHECK(parseNumber("$12").error().message == "text in a number: '$'");
}

TEST_CASE("NumberColumnProfile decides the decimal separator from all values", "[unit][number]")
{
    struct ProfileCase {
        std::vector<const char*> values;
        DS expected;
    };
    const ProfileCase cases[] = {
        { { "1,234", "5,678", "12,5" }, DS::Comma }, // 12,5 proves ','
        { { "1,234", "5,678", "1,234,567" }, DS::Dot }, // repeated ',' groups → '.' decimal
        { { "1.234", "0.5" }, DS::Dot },
        { { "1.234", "2.345,6" }, DS::Comma },
        { { "0,123" }, DS::Comma }, // a leading zero never takes a thousands separator
        { { "1,234", "5,678" }, DS::Unknown }, // undecidable
        { { "100", "", "200" }, DS::Unknown },
    };
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        NumberColumnProfile p;
        for (const char* v : cases[i].values)
            p.observe(v);
        INFO("case " << i);
        const auto r = p.resolve();
        REQUIRE(r.ok());
        CHECK(*r == cases[i].expected);
    }
    NumberColumnProfile mixed;
    for (const char* v : { "1,5", "2.5", "3" })
        mixed.observe(v);
    const auto r = mixed.resolve();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "the column mixes '.' and ',' as decimal separators ('2.5' and '1,5')");
    NumberColumnProfile undecided;
    undecided.observe("1,234");
    CHECK(undecided.note().find("not decidable") != std::string::npos);
}
