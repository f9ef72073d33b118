#include "common/Text.h"

#include <catch2/catch.hpp>

using namespace sa::text;

TEST_CASE("matchKey folds case, ё, spaces and trailing dots", "[text]")
{
    CHECK(matchKey("  Марина  Ёлкина. ") == "марина елкина");
    CHECK(matchKey("марина елкина") == "марина елкина");
    CHECK(matchKey("Успешно реализовано ") == "успешно реализовано");
    CHECK(matchKey("\xC2\xA0"
                   "Acme\xE2\x80\xAF"
                   "Corp")
        == "acme corp");
    CHECK(matchKey("ЁЛКА") == "елка");
}

TEST_CASE("trim handles Unicode spaces", "[text]")
{
    CHECK(trim("\xE2\x80\x89 x \xC2\xA0") == "x");
    CHECK(trim("   ").empty());
}

TEST_CASE("UTF-8 validation rejects malformed sequences", "[text]")
{
    CHECK(isValidUtf8("Привет, world"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF")); // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80")); // surrogate
    CHECK_FALSE(isValidUtf8("\xCF")); // truncated
    CHECK_FALSE(isValidUtf8("\xEF\xF0\x80\x80")); // bad continuation
}
