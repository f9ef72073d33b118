#include "EntitySchema.h"

#include "common/Text.h"

namespace sa::import {

namespace {
using K = FieldKind;

std::vector<EntityDef> buildDefs()
{
    const std::vector<std::string> direction { "inbound", "outbound" };
    return {
        { Entity::Deals, "deals", "deals",
            { { "ext_id", K::ExtId, "ext_id", nullptr, false, {} }, { "name", K::Text, "name", nullptr, false, {} },
                { "created_at", K::Date, "created_at", nullptr, true, {} },
                { "updated_at", K::Date, "updated_at", nullptr, false, {} },
                { "client", K::ClientRef, "client_id", "client_ref", false, {} },
                { "lead", K::LeadRef, "lead_id", "lead_ref", false, {} },
                { "owner", K::Manager, "owner_id", nullptr, false, {} },
                { "pipeline", K::Enum, "pipeline", "pipeline_name", false, { "acquisition", "account" } },
                { "sales_channel", K::Text, "sales_channel", nullptr, false, {} },
                { "channel", K::Channel, "channel_id", "channel_raw", false, {} },
                { "stage", K::Stage, "stage_id", nullptr, false, {} },
                { "stage_changed_at", K::Date, "stage_changed_at", nullptr, false, {} },
                { "status", K::Enum, "status", nullptr, false, { "open", "won", "lost" } },
                { "closed_at", K::Date, "closed_at", nullptr, false, {} },
                { "amount", K::Money, "amount", nullptr, false, {} },
                { "probability", K::Real, "probability", nullptr, false, {} },
                { "expected_close_date", K::Date, "expected_close_date", nullptr, false, {} },
                { "loss_reason", K::Text, "loss_reason", nullptr, false, {} },
                { "tags", K::Text, "tags", nullptr, false, {} } } },
        { Entity::StageHistory, "stage-history", "stage_history",
            { { "deal", K::DealRef, "deal_id", "deal_ref", true, {} },
                { "stage", K::Stage, "stage_id", nullptr, true, {} },
                { "entered_at", K::Date, "entered_at", nullptr, true, {} },
                { "exited_at", K::Date, "exited_at", nullptr, false, {} } } },
        { Entity::Leads, "leads", "leads",
            { { "ext_id", K::ExtId, "ext_id", nullptr, false, {} },
                { "created_at", K::Date, "created_at", nullptr, true, {} },
                { "channel", K::Channel, "channel_id", "channel_raw", false, {} },
                { "direction", K::Enum, "direction", nullptr, false, direction },
                { "owner", K::Manager, "owner_id", nullptr, false, {} },
                { "assigned_at", K::Date, "assigned_at", nullptr, false, {} },
                { "mql_at", K::Date, "mql_at", nullptr, false, {} },
                { "sql_at", K::Date, "sql_at", nullptr, false, {} },
                { "disqualified_at", K::Date, "disqualified_at", nullptr, false, {} },
                { "disqualify_reason", K::Text, "disqualify_reason", nullptr, false, {} },
                { "client", K::ClientRef, "client_id", "client_ref", false, {} },
                { "deal", K::DealRef, "deal_id", "deal_ref", false, {} } } },
        { Entity::Activities, "activities", "activities",
            { { "ext_id", K::ExtId, "ext_id", nullptr, false, {} },
                { "manager", K::Manager, "manager_id", nullptr, false, {} },
                { "type", K::Enum, "type", nullptr, true, { "call", "meeting", "email", "message", "task" } },
                { "direction", K::Enum, "direction", nullptr, false, direction },
                { "deal", K::DealRef, "deal_id", "deal_ref", false, {} },
                { "lead", K::LeadRef, "lead_id", "lead_ref", false, {} },
                { "client", K::ClientRef, "client_id", "client_ref", false, {} },
                { "status", K::Enum, "status", nullptr, false, { "done", "planned", "cancelled" } },
                { "done_at", K::Date, "done_at", nullptr, false, {} },
                { "due_at", K::Date, "due_at", nullptr, false, {} },
                { "duration_s", K::Integer, "duration_s", nullptr, false, {} },
                { "outcome", K::Text, "outcome", nullptr, false, {} } } },
        { Entity::Clients, "clients", "clients",
            { { "ext_id", K::ExtId, "ext_id", nullptr, false, {} }, { "name", K::Text, "name", nullptr, false, {} },
                { "inn", K::Text, "inn", nullptr, false, {} }, { "owner", K::Manager, "owner_id", nullptr, false, {} },
                { "created_at", K::Date, "created_at", nullptr, false, {} },
                { "category", K::Text, "category", nullptr, false, {} },
                { "segment", K::Text, "segment", nullptr, false, {} },
                { "industry", K::Text, "industry", nullptr, false, {} },
                { "city", K::Text, "city", nullptr, false, {} },
                { "potential_amount", K::Money, "potential_amount", nullptr, false, {} },
                { "churned_at", K::Date, "churned_at", nullptr, false, {} },
                { "churn_reason", K::Text, "churn_reason", nullptr, false, {} } } },
        { Entity::Orders, "orders", "orders",
            { { "ext_id", K::ExtId, "ext_id", nullptr, false, {} },
                { "client", K::ClientRef, "client_id", "client_ref", false, {} },
                { "deal", K::DealRef, "deal_id", "deal_ref", false, {} },
                { "order_date", K::Date, "order_date", nullptr, true, {} },
                { "amount", K::Money, "amount", nullptr, true, {} },
                { "gross_profit", K::Money, "gross_profit", nullptr, false, {} },
                { "status", K::Enum, "status", nullptr, false, { "issued", "paid", "returned", "cancelled" } },
                { "paid_at", K::Date, "paid_at", nullptr, false, {} },
                { "due_date", K::Date, "due_date", nullptr, false, {} },
                { "product", K::Text, "product", nullptr, false, {} },
                { "product_category", K::Text, "product_category", nullptr, false, {} },
                { "quantity", K::Real, "quantity", nullptr, false, {} } } },
        { Entity::Nps, "nps", "nps_responses",
            { { "ext_id", K::ExtId, "ext_id", nullptr, false, {} },
                { "client", K::ClientRef, "client_id", "client_ref", false, {} },
                { "respondent", K::Text, "respondent", nullptr, false, {} },
                { "responded_at", K::Date, "responded_at", nullptr, true, {} },
                { "score", K::Integer, "score", nullptr, true, {} },
                { "comment", K::Text, "comment", nullptr, false, {} },
                { "manager", K::Manager, "manager_id", nullptr, false, {} },
                { "segment", K::Text, "segment", nullptr, false, {} },
                { "source", K::Enum, "source", nullptr, false, { "crm_survey", "audit_interview" } } } },
        { Entity::ChannelCosts, "channel-costs", "channel_costs",
            { { "month", K::Month, "month", nullptr, true, {} },
                { "channel", K::Channel, "channel_id", nullptr, true, {} },
                { "cost", K::Money, "cost", nullptr, true, {} } } },
        { Entity::Managers, "managers", "managers",
            { { "ext_id", K::ExtId, "ext_id", nullptr, false, {} }, { "name", K::Text, "name", nullptr, true, {} },
                { "role", K::Enum, "role", nullptr, false,
                    { "hunter", "farmer", "full_cycle", "sdr", "rop", "other" } },
                { "is_sales", K::Bool, "is_sales", nullptr, false, {} },
                { "hired_at", K::Date, "hired_at", nullptr, false, {} },
                { "terminated_at", K::Date, "terminated_at", nullptr, false, {} },
                { "fte", K::Real, "fte", nullptr, false, {} }, { "team", K::Text, "team", nullptr, false, {} } } },
        { Entity::Plans, "plans", "plans",
            { { "month", K::Month, "month", nullptr, true, {} },
                { "scope", K::Enum, "scope", nullptr, false, { "company", "manager", "team", "channel" } },
                { "scope_ref", K::Text, "scope_ref", nullptr, false, {} },
                { "revenue_plan", K::Money, "revenue_plan", nullptr, false, {} },
                { "new_business_plan", K::Money, "new_business_plan", nullptr, false, {} },
                { "new_clients_plan", K::Integer, "new_clients_plan", nullptr, false, {} },
                { "forecast_amount", K::Money, "forecast_amount", nullptr, false, {} },
                { "forecast_made_at", K::Date, "forecast_made_at", nullptr, false, {} } } },
        { Entity::Financials, "financials", "financials",
            { { "month", K::Month, "month", nullptr, true, {} }, { "revenue", K::Money, "revenue", nullptr, false, {} },
                { "gross_profit", K::Money, "gross_profit", nullptr, false, {} },
                { "net_profit", K::Money, "net_profit", nullptr, false, {} },
                { "sales_team_cost", K::Money, "sales_team_cost", nullptr, false, {} },
                { "marketing_cost", K::Money, "marketing_cost", nullptr, false, {} } } },
    };
}
} // namespace

const std::vector<EntityDef>& entityDefs()
{
    static const std::vector<EntityDef> defs = buildDefs();
    return defs;
}

const EntityDef& entityDef(Entity e)
{
    return entityDefs()[static_cast<std::size_t>(e)];
}

std::optional<Entity> parseEntity(std::string_view name)
{
    const std::string key = text::matchKey(name);
    for (const auto& d : entityDefs())
        if (key == d.name || key == d.table)
            return d.entity;
    return std::nullopt;
}

const char* toString(Entity e)
{
    return entityDef(e).name;
}

const FieldDef* findField(const EntityDef& def, std::string_view name)
{
    for (const auto& f : def.fields)
        if (name == f.name)
            return &f;
    return nullptr;
}

int fieldIndex(const EntityDef& def, std::string_view name)
{
    const FieldDef* f = findField(def, name);
    return f ? static_cast<int>(f - def.fields.data()) : -1;
}

const char* fieldDefault(Entity e, std::string_view field)
{
    struct D {
        Entity e;
        const char* field;
        const char* value;
    };
    static const D defaults[] = {
        { Entity::Deals, "pipeline", "acquisition" },
        { Entity::Deals, "status", "open" },
        { Entity::Activities, "status", "done" },
        { Entity::Orders, "status", "paid" },
        { Entity::Nps, "source", "crm_survey" },
        { Entity::Managers, "role", "other" },
        { Entity::Managers, "is_sales", "1" },
        { Entity::Managers, "fte", "1" },
        { Entity::Plans, "scope", "company" },
    };
    for (const auto& d : defaults)
        if (d.e == e && field == d.field)
            return d.value;
    return nullptr;
}

std::string entityNames()
{
    std::vector<std::string> names;
    for (const auto& d : entityDefs())
        names.emplace_back(d.name);
    return text::join(names, ", ");
}

} // namespace sa::import
