// Metrics on real datasets (shared/datasets), imported with `salesaudit-cli import` and the
// docs/examples mapping files, checked against values computed independently HERE: the test reads
// the raw CSV itself (its own RFC 4180 reader below, no product code) and recomputes the figure with
// the documented formula. Skipped with a warning when the datasets folder is absent.
#include "CliRunner.h"
#include "MetricsFixture.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace sa;
using namespace sa::test;
using Approx = Catch::Detail::Approx;
namespace fs = std::filesystem;

namespace {

/// Minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines.
std::vector<std::vector<std::string>> readCsv(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"')
                quoted = false;
            else
                field += ch;
        } else if (ch == '"')
            quoted = true;
        else if (ch == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
        } else
            field += ch;
    }
    if (!field.empty() || !rows.back().empty())
        rows.back().push_back(field);
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

std::size_t column(const std::vector<std::string>& header, const std::string& name)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return i;
    FAIL("no column " << name);
    return 0;
}

nlohmann::json importAndMeasure(const TempDir& dir, const std::vector<std::pair<std::string, std::string>>& imports,
    const std::string& from, const std::string& to)
{
    const auto datasets = sharedDir() / "datasets";
    const std::string examples = std::string(SA_SOURCE_DIR) + "/docs/examples/";
    const auto path = dir.file("p.sqlite");
    makeProject(path);
    for (const auto& [file, mapping] : imports) {
        const auto entity = mapping.substr(mapping.find('.') + 1, mapping.rfind('.') - mapping.find('.') - 1);
        const auto r = runCli({ "import", path, "--entity", entity, "--preset", "generic", (datasets / file).string(),
            "--mapping", examples + mapping });
        INFO(file << ": " << r.err);
        REQUIRE(r.code == 0);
    }
    const auto r = runCli({ "metrics", path, "--json", "--from", from, "--to", to });
    INFO(r.err);
    REQUIRE(r.code == 0);
    return nlohmann::json::parse(r.out);
}

bool datasetsPresent()
{
    return !skipWithoutShared(sharedDir() / "datasets");
}

} // namespace

TEST_CASE("Maven CRM: win rate, won amount, managers", "[realdata][metrics]")
{
    if (!datasetsPresent())
        return;
    TempDir dir;
    const auto j = importAndMeasure(dir,
        { { "maven-crm-sales-opportunities/sales_teams.csv", "maven-sales-teams.managers.json" },
            { "maven-crm-sales-opportunities/sales_pipeline.csv", "maven-sales-pipeline.deals.json" } },
        "2016-01-01", "2017-12-31");
    // Independent: rows with an engage_date (created_at is required, so the importer skips the rest),
    // closed in 2016-2017; win rate = Won / (Won + Lost); won amount = Σ close_value of Won.
    const auto rows = readCsv(sharedDir() / "datasets/maven-crm-sales-opportunities/sales_pipeline.csv");
    const auto& h = rows[0];
    const auto stage = column(h, "deal_stage"), engage = column(h, "engage_date"), close = column(h, "close_date"),
               value = column(h, "close_value"), agent = column(h, "sales_agent");
    long long won = 0, lost = 0;
    double wonAmount = 0.0;
    std::map<std::string, long long> wonBy;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& r = rows[i];
        if (r[engage].empty() || r[close].empty() || r[close] < "2016-01-01" || r[close] > "2017-12-31")
            continue;
        if (r[stage] == "Won") {
            ++won;
            wonAmount += std::stod(r[value]);
            ++wonBy[r[agent]];
        }
        if (r[stage] == "Lost")
            ++lost;
    }
    REQUIRE(won > 0);
    CHECK(j["win_rate"]["won"] == won);
    CHECK(j["win_rate"]["lost"] == lost);
    CHECK(j["win_rate"]["value"].get<double>() == Approx(double(won) / double(won + lost)));
    double sum = 0.0;
    for (const auto& m : j["by_manager"]) {
        sum += m["won_amount"].get<double>();
        CHECK(m["won"].get<long long>() == wonBy[m["manager"].get<std::string>()]);
    }
    CHECK(sum == Approx(wonAmount));
    CHECK(j["revenue_basis"] == "deals");
}

TEST_CASE("NPSgame survey: NPS score and counts", "[realdata][metrics]")
{
    if (!datasetsPresent())
        return;
    TempDir dir;
    const auto j = importAndMeasure(
        dir, { { "npsgame-retail-nps-survey/nps.csv", "npsgame.nps.json" } }, "2019-01-01", "2019-01-31");
    // Independent: every row with a numeric "nps" (NA rows are skipped by the import); anonymous
    // responses (no client, no respondent) all count.
    const auto rows = readCsv(sharedDir() / "datasets/npsgame-retail-nps-survey/nps.csv");
    const auto nps = column(rows[0], "nps");
    long long p = 0, d = 0, n = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].size() <= nps || rows[i][nps] == "NA" || rows[i][nps].empty())
            continue;
        const int s = std::stoi(rows[i][nps]);
        ++n;
        p += s >= 9 ? 1 : 0;
        d += s <= 6 ? 1 : 0;
    }
    CHECK(j["nps"]["responses"] == n);
    CHECK(j["nps"]["promoters"] == p);
    CHECK(j["nps"]["detractors"] == d);
    CHECK(j["nps"]["score"].get<double>() == Approx(100.0 * double(p - d) / double(n)));
}

TEST_CASE("Superstore: revenue on the orders basis", "[realdata][metrics]")
{
    if (!datasetsPresent())
        return;
    TempDir dir;
    const auto j = importAndMeasure(
        dir, { { "superstore-orders/Sample - Superstore.csv", "superstore.orders.json" } }, "2016-01-01", "2019-12-31");
    // Independent: Σ Sales over every row (all dates fall in 2016-2019, every order counts as paid;
    // the project keeps each amount in cents, hence the 1e-4 relative tolerance).
    const auto rows = readCsv(sharedDir() / "datasets/superstore-orders/Sample - Superstore.csv");
    const auto sales = column(rows[0], "Sales");
    double total = 0.0;
    for (std::size_t i = 1; i < rows.size(); ++i)
        total += std::stod(rows[i][sales]);
    CHECK(j["revenue_basis"] == "orders");
    CHECK(j["results"]["revenue"].get<double>() == Approx(total).epsilon(1e-4));
}

TEST_CASE("Olist marketing funnel: MQL → closed deals by origin", "[realdata][metrics]")
{
    if (!datasetsPresent())
        return;
    TempDir dir;
    const auto j = importAndMeasure(dir,
        { { "olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv", "olist-mql.leads.json" },
            { "olist-marketing-funnel/olist_closed_deals_dataset.csv", "olist-closed-deals.deals.json" } },
        "2017-06-01", "2018-12-31");
    // Independent: a join of the two raw CSVs on mql_id. Leads = MQL rows contacted in the period,
    // per origin ("unknown" and empty = no source, as the mapping's null_values); won = closed deals
    // of those leads; revenue = Σ declared_monthly_revenue of them; every closed deal is won.
    const auto mqls
        = readCsv(sharedDir() / "datasets/olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv");
    const auto deals = readCsv(sharedDir() / "datasets/olist-marketing-funnel/olist_closed_deals_dataset.csv");
    const auto mId = column(mqls[0], "mql_id"), mDate = column(mqls[0], "first_contact_date"),
               mOrigin = column(mqls[0], "origin");
    const auto dMql = column(deals[0], "mql_id"), dWon = column(deals[0], "won_date"),
               dRevenue = column(deals[0], "declared_monthly_revenue");
    struct Source {
        long long leads = 0, won = 0;
        double revenue = 0.0;
    };
    std::map<std::string, std::string> originOf; // mql_id → origin key ("" = none)
    std::map<std::string, Source> bySource;
    long long leads = 0;
    for (std::size_t i = 1; i < mqls.size(); ++i) {
        const auto& r = mqls[i];
        if (r[mDate] < "2017-06-01" || r[mDate] > "2018-12-31")
            continue;
        const std::string origin = r[mOrigin] == "unknown" ? "" : r[mOrigin];
        originOf[r[mId]] = origin;
        ++bySource[origin].leads;
        ++leads;
    }
    long long won = 0, wonInPeriod = 0;
    for (std::size_t i = 1; i < deals.size(); ++i) {
        const auto& r = deals[i];
        const auto date = r[dWon].substr(0, 10);
        wonInPeriod += date >= "2017-06-01" && date <= "2018-12-31" ? 1 : 0;
        const auto it = originOf.find(r[dMql]);
        if (it == originOf.end() || date > "2018-12-31")
            continue;
        ++won;
        ++bySource[it->second].won;
        bySource[it->second].revenue += r[dRevenue].empty() ? 0.0 : std::stod(r[dRevenue]);
    }
    REQUIRE(leads > 0);
    const auto& q = j["funnel"]["qualification"];
    CHECK(q["leads"] == leads);
    CHECK(q["won"] == won);
    CHECK(q["overall"].get<double>() == Approx(double(won) / double(leads)));
    CHECK(q["lead_to_mql"].is_null()); // the mapping records no mql_at: "not recorded", not a 0 % rate
    CHECK(q.contains("lead_to_mql_reason"));
    CHECK(j["win_rate"]["won"] == wonInPeriod);
    CHECK(j["win_rate"]["lost"] == 0);
    REQUIRE(j["by_source"].size() == bySource.size());
    for (const auto& s : j["by_source"]) {
        const std::string key = s["source"].is_null() ? "" : s["source"].get<std::string>();
        INFO("source " << key);
        REQUIRE(bySource.count(key) == 1);
        const auto& e = bySource[key];
        CHECK(s["leads"] == e.leads);
        CHECK(s["won"] == e.won);
        CHECK(s["conversion"].get<double>() == Approx(double(e.won) / double(e.leads)));
        CHECK(s["revenue"].get<double>() == Approx(e.revenue));
        CHECK(s["roi"].is_null()); // no channel costs in the dataset: undefined, never infinite
    }
}

TEST_CASE("Telco churn: client base churn overall, by internet service and contract", "[realdata][metrics]")
{
    if (!datasetsPresent())
        return;
    TempDir dir;
    const auto j = importAndMeasure(dir,
        { { "telco-customer-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv", "telco-churn.clients.json" } }, "2024-01-01",
        "2024-12-31");
    // Independent: counts of the raw CSV. Churned = Churn "Yes" (the dataset has no churn date, so
    // the churn is undated); segment = InternetService, category = Contract (the mapping).
    const auto rows = readCsv(sharedDir() / "datasets/telco-customer-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    const auto churn = column(rows[0], "Churn"), internet = column(rows[0], "InternetService"),
               contract = column(rows[0], "Contract");
    std::map<std::string, std::pair<long long, long long>> bySegment, byCategory; // clients, churned
    long long clients = 0, churned = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const int c = rows[i][churn] == "Yes" ? 1 : 0;
        ++clients;
        churned += c;
        ++bySegment[rows[i][internet]].first;
        bySegment[rows[i][internet]].second += c;
        ++byCategory[rows[i][contract]].first;
        byCategory[rows[i][contract]].second += c;
    }
    const auto& b = j["client_base"];
    CHECK(b["clients"] == clients);
    CHECK(b["churned"] == churned);
    CHECK(b["churned_undated"] == churned);
    CHECK(b["churn_share"].get<double>() == Approx(double(churned) / double(clients)));
    CHECK(b["retained_share"].get<double>() == Approx(double(clients - churned) / double(clients)));
    auto checkCut = [](const nlohmann::json& cut, const std::string& key,
                        const std::map<std::string, std::pair<long long, long long>>& expected) {
        REQUIRE(cut.size() == expected.size());
        for (const auto& e : cut) {
            const auto name = e[key].get<std::string>();
            INFO(key << " " << name);
            REQUIRE(expected.count(name) == 1);
            CHECK(e["clients"] == expected.at(name).first);
            CHECK(e["churned"] == expected.at(name).second);
        }
    };
    checkCut(b["by_segment"], "segment", bySegment);
    checkCut(b["by_category"], "category", byCategory);
    // Revenue-based retention (C3) needs order or deal revenue, which this dataset lacks.
    CHECK(j["retention"]["crr"].is_null());
    CHECK(j["retention"].contains("crr_reason"));
}
