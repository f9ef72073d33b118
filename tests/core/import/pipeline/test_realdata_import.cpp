// Every real dataset of shared/datasets imports through its docs/examples mapping file (the
// mapping files are documentation and fixtures at once). Skipped with a warning when absent.
#include "PipelineTestUtil.h"

#include <filesystem>

using namespace sa;
using namespace sa::test;
using import::Entity;

namespace {

struct Case {
    const char* file;
    const char* mapping;
    Entity entity;
    long long read, imported, skipped;
};

} // namespace

TEST_CASE("real datasets import through their docs/examples mappings", "[realdata]")
{
    const auto datasets = sharedDir() / "datasets";
    if (skipWithoutShared(datasets))
        return;
    // Order matters: managers before their deals, leads before the deals that point at them.
    const Case cases[] = {
        { "maven-crm-sales-opportunities/sales_teams.csv", "maven-sales-teams.managers.json", Entity::Managers, 35, 35,
            0 },
        // 500 rows (the Prospecting ones and more) have no engage_date: created_at is required, so they
        // are skipped and kept in data_issues as missing_required.
        { "maven-crm-sales-opportunities/sales_pipeline.csv", "maven-sales-pipeline.deals.json", Entity::Deals, 8800,
            8300, 500 },
        { "olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv", "olist-mql.leads.json", Entity::Leads,
            8000, 8000, 0 },
        { "olist-marketing-funnel/olist_closed_deals_dataset.csv", "olist-closed-deals.deals.json", Entity::Deals, 842,
            842, 0 },
        { "b2b-accounts-nps-churn/NPS.csv", "b2b-accounts.nps.json", Entity::Nps, 10000, 2065,
            7935 }, // NA = no 2016 answer
        { "npsgame-retail-nps-survey/nps.csv", "npsgame.nps.json", Entity::Nps, 13954, 13612, 342 }, // NA scores
        { "superstore-orders/Sample - Superstore.csv", "superstore.orders.json", Entity::Orders, 9994, 9994, 0 },
        { "telco-customer-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv", "telco-churn.clients.json", Entity::Clients,
            7043, 7043, 0 },
    };
    TempDir dir;
    auto project = makeProject(dir.file("p.sqlite"));
    for (const auto& c : cases) {
        INFO(c.file);
        auto req = request((datasets / c.file).string(), c.entity, "generic");
        req.mappingFile = std::string(SA_EXAMPLES_DIR) + "/" + c.mapping;
        auto s = import::runImport(project, req, testClock());
        REQUIRE(s);
        CHECK(s->rowsRead == c.read);
        CHECK(s->rowsImported == c.imported);
        CHECK(s->rowsSkipped == c.skipped);
    }
    // 35 Maven agents (their deals resolve to them) + 22 Olist sales reps (ids as names).
    CHECK(count(project, "SELECT COUNT(*) FROM managers") == 57);
    CHECK(count(project, "SELECT COUNT(*) FROM data_issues WHERE reason = 'missing_required'") == 500 + 7935 + 342);
    CHECK(count(project, "SELECT COUNT(*) FROM deals WHERE status = 'won' AND closed_at IS NULL") == 0);
    CHECK(count(project, "SELECT COUNT(*) FROM deals d JOIN leads l ON l.id = d.lead_id") == 842);
    CHECK(count(project, "SELECT COUNT(*) FROM stages") == 4);
    CHECK(count(project, "SELECT COUNT(*) FROM clients WHERE churn_reason IS NOT NULL") == 1869);
}
