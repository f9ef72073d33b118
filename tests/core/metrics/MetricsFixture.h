#pragma once
// A small hand-computable project for the metrics golden tests (values derived in test_metrics.cpp).
#include "TestSupport.h"
#include "common/Params.h"
#include "metrics/AuditData.h"
#include "metrics/Metrics.h"

#include <catch2/catch.hpp>
#include <string>

namespace sa::test {

/// Local seconds of "YYYY-MM-DD[ HH:MM:SS]".
inline LocalSeconds at(const std::string& s)
{
    auto t = parseIsoDateTime(s);
    REQUIRE(t.has_value());
    return *t;
}

inline Params refs()
{
    auto p = Params::loadFile(Params::defaultCatalogueDir() + "/refs.json");
    REQUIRE(p.ok());
    return *p;
}

inline void exec(store::Project& p, const std::string& sql)
{
    auto s = p.db().exec(sql);
    INFO(sql);
    REQUIRE(s.ok());
}

/// Managers Anna(1) and Igor(2); channels Site(1, paid) and Cold(2, outbound); pipeline "Main" with
/// S1 (p 10), S2 (mql, p 50), Won, Lost.
inline void seedDictionaries(store::Project& p)
{
    exec(p,
        "INSERT INTO managers(id, name) VALUES (1, 'Anna'), (2, 'Igor');"
        "INSERT INTO channels(id, name, name_key, type) VALUES (1, 'Site', 'site', 'paid'), (2, 'Cold', 'cold', "
        "'outbound');"
        "INSERT INTO stages(id, pipeline_name, name, name_key, ord, terminal, funnel_step, default_probability) VALUES"
        " (1, 'Main', 'S1', 's1', 1, 'none', 'none', 10), (2, 'Main', 'S2', 's2', 2, 'none', 'mql', 50),"
        " (3, 'Main', 'Won', 'won', 3, 'won', 'none', NULL), (4, 'Main', 'Lost', 'lost', 4, 'lost', 'none', NULL);"
        "INSERT INTO clients(id, name) VALUES (1, 'C1'), (2, 'C2');");
}

/// Inserts a deal and its stage history ("stage@date" rows).
inline void deal(store::Project& p, int id, const std::string& created, const std::string& status,
    const std::string& closed, long long amountMinor, int owner, int channel, const char* client, int stage,
    const std::vector<std::pair<int, std::string>>& history, const std::string& reason = "")
{
    auto st
        = p.db().prepare("INSERT INTO deals(id, created_at, status, closed_at, amount, owner_id, channel_id, client_id,"
                         " stage_id, loss_reason, pipeline_name) VALUES (?,?,?,?,?,?,?,?,?,?, 'Main')");
    REQUIRE(st.ok());
    st->bind(1, id).bind(2, at(created)).bind(3, status);
    closed.empty() ? st->bindNull(4) : st->bind(4, at(closed));
    st->bind(5, static_cast<std::int64_t>(amountMinor)).bind(6, owner).bind(7, channel);
    client ? st->bind(8, std::string(client)) : st->bindNull(8);
    st->bind(9, stage);
    reason.empty() ? st->bindNull(10) : st->bind(10, reason);
    REQUIRE(st->run().ok());
    for (const auto& [stage_, when] : history) {
        auto h = p.db().prepare("INSERT INTO stage_history(deal_id, stage_id, entered_at) VALUES (?,?,?)");
        REQUIRE(h.ok());
        h->bind(1, id).bind(2, stage_).bind(3, at(when));
        REQUIRE(h->run().ok());
    }
}

/// The golden dataset (see test_metrics.cpp for the expected values and how they follow).
inline void seedGolden(store::Project& p)
{
    seedDictionaries(p);
    deal(p, 1, "2025-01-10", "won", "2025-02-09", 100000, 1, 1, "1", 3,
        { { 1, "2025-01-10" }, { 2, "2025-01-20" }, { 3, "2025-02-09" } });
    deal(p, 2, "2025-01-15", "lost", "2025-02-14", 50000, 1, 1, nullptr, 4,
        { { 1, "2025-01-15" }, { 4, "2025-02-14" } });
    deal(p, 3, "2025-02-01", "lost", "2025-03-03", 70000, 2, 2, nullptr, 4,
        { { 1, "2025-02-01" }, { 4, "2025-03-03" } }, "Спам");
    deal(p, 4, "2025-03-01", "open", "", 200000, 2, 2, nullptr, 2, { { 1, "2025-03-01" }, { 2, "2025-03-05" } });
    deal(p, 5, "2025-03-10", "won", "2025-04-09", 30000, 2, 2, "2", 3,
        { { 1, "2025-03-10" }, { 2, "2025-03-20" }, { 3, "2025-04-09" } });
    const auto m = [](const char* d) { return std::to_string(at(d)); };
    exec(p,
        "INSERT INTO orders(client_id, order_date, amount, status) VALUES"
        " (1, "
            + m("2024-03-15") + ", 20000, 'paid'), (1, " + m("2025-02-10")
            + ", 100000, 'paid'),"
              " (1, "
            + m("2025-04-10") + ", 50000, 'issued'), (2, " + m("2025-04-10")
            + ", 30000, 'paid'),"
              " (1, "
            + m("2025-04-11")
            + ", 10000, 'cancelled');"
              "INSERT INTO activities(manager_id, type, deal_id, status, done_at, outcome) VALUES"
              " (1, 'call', 4, 'done', "
            + m("2025-04-30 10:00:00")
            + ", 'ok'),"
              " (1, 'call', 1, 'done', "
            + m("2025-01-21 10:00:00")
            + ", NULL),"
              " (2, 'meeting', 5, 'done', "
            + m("2025-03-21 10:00:00")
            + ", NULL);"
              "INSERT INTO nps_responses(client_id, respondent, responded_at, score) VALUES"
              " (1, 'Ivan', "
            + m("2025-03-01") + ", 10), (1, 'Ivan', " + m("2025-04-01")
            + ", 5),"
              " (2, 'Olga', "
            + m("2025-04-02") + ", 9), (2, 'Petr', " + m("2025-04-03")
            + ", 7);"
              "INSERT INTO channel_costs(month, channel_id, cost) VALUES ("
            + m("2025-01-01") + ", 1, 10000);");
}

} // namespace sa::test
