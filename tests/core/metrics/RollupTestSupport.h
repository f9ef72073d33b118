#pragma once
// Helpers of the rollup tests (activities rollup, deals snapshot): the CLI's metrics JSON with the
// rollups allowed or forced off, a foreign writer with triggers enabled, `optimize`.
#include "CliRunner.h"
#include "TestSupport.h"
#include "store/Sqlite.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <sqlite3.h>
#include <string>

namespace sa::test {

/// `metrics --json` of the CLI, with the rollups allowed or forced off (SA_NO_ROLLUP=1).
inline std::string metricsJson(const std::string& path, bool rollup)
{
    if (rollup)
        unsetenv("SA_NO_ROLLUP");
    else
        setenv("SA_NO_ROLLUP", "1", 1);
    const auto r = runCli({ "metrics", path, "--json" });
    unsetenv("SA_NO_ROLLUP");
    INFO(r.err);
    REQUIRE(r.code == 0);
    return r.out;
}

/// A writer like the sqlite3 shell: a plain connection, triggers enabled.
inline void foreignSql(const std::string& path, const std::string& sql)
{
    auto c = store::Connection::open(path, SQLITE_OPEN_READWRITE);
    REQUIRE(c.ok());
    INFO(sql);
    REQUIRE(c->exec(sql).ok());
}

inline void optimize(const std::string& path)
{
    const auto r = runCli({ "optimize", path });
    INFO(r.err);
    REQUIRE(r.code == 0);
}

} // namespace sa::test
