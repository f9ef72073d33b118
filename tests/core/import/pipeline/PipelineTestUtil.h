#pragma once
// Helpers for the pipeline tests: requests, counts, the project dump before/after.
#include "TestSupport.h"
#include "import/Importer.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

namespace sa::test {

inline import::ImportRequest request(const std::string& file, import::Entity e, const std::string& preset = "amocrm")
{
    import::ImportRequest r;
    r.file = file;
    r.entity = e;
    r.preset = preset;
    return r;
}

inline std::int64_t count(store::Project& p, const std::string& sql)
{
    auto v = p.db().scalarInt(sql);
    REQUIRE(v);
    return v->value_or(-1);
}

inline std::string text(store::Project& p, const std::string& sql)
{
    auto v = p.db().scalarText(sql);
    REQUIRE(v);
    return v->value_or("<null>");
}

} // namespace sa::test
