#include "EntityColumns.h"

#include <QCoreApplication>

#define N(text) QT_TRANSLATE_NOOP("sa::app::EntityColumns", text)

namespace sa::app {

namespace {

using K = ColumnKind;

// Names of referenced rows, so that tables show people and stages instead of ids.
#define MANAGER(col) "(SELECT name FROM managers WHERE id = t." col ")"
#define CLIENT(col) "(SELECT name FROM clients WHERE id = t." col ")"
#define CHANNEL(col) "(SELECT name FROM channels WHERE id = t." col ")"
#define STAGE(col) "(SELECT name FROM stages WHERE id = t." col ")"

const std::vector<ChoiceDef> kTerminal = {{"none", N("not terminal")}, {"won", N("won")}, {"lost", N("lost")}};
const std::vector<ChoiceDef> kProcess = {{"generation", N("generation")}, {"development", N("development")},
                                         {"conversion", N("conversion")}, {"fulfilment", N("fulfilment")},
                                         {"account", N("account")}};
const std::vector<ChoiceDef> kFunnel = {{"none", N("none")}, {"mql", N("MQL")}, {"sql", N("SQL")}};
const std::vector<ChoiceDef> kSeverity = {{"info", N("info")}, {"warning", N("warning")}, {"error", N("error")}};
const std::vector<ChoiceDef> kDealStatus = {{"open", N("open")}, {"won", N("won")}, {"lost", N("lost")}};
const std::vector<ChoiceDef> kHorizon = {{"QW", N("quick win")}, {"3M", N("3 months")}, {"1Y", N("1 year")},
                                         {"3Y", N("3 years")}};
const std::vector<ChoiceDef> kActionStatus = {{"proposed", N("proposed")}, {"planned", N("planned")},
                                              {"in_progress", N("in progress")}, {"done", N("done")},
                                              {"dropped", N("dropped")}};
const char* const kManagerChoices = "SELECT id, name FROM managers ORDER BY name";

std::vector<EntityDef> buildDefs()
{
    return {
        {"deals", N("Deals"),
         {{"t.ext_id", N("Source ID")}, {"t.name", N("Deal")}, {"t.created_at", N("Created"), K::Date},
          {MANAGER("owner_id"), N("Manager")}, {CLIENT("client_id"), N("Client")}, {STAGE("stage_id"), N("Stage")},
          {"t.status", N("Status"), K::Choice, nullptr, kDealStatus}, {"t.amount", N("Amount"), K::Money},
          {"t.closed_at", N("Closed"), K::Date}, {"t.sales_channel", N("Sales channel")},
          {"t.loss_reason", N("Loss reason")}}},
        {"leads", N("Leads"),
         {{"t.ext_id", N("Source ID")}, {"t.created_at", N("Created"), K::DateTime},
          {CHANNEL("channel_id"), N("Channel")}, {"t.channel_raw", N("Channel (source)")},
          {MANAGER("owner_id"), N("Manager")}, {"t.mql_at", N("MQL"), K::Date}, {"t.sql_at", N("SQL"), K::Date},
          {"t.disqualify_reason", N("Disqualified because")}}},
        {"clients", N("Clients"),
         {{"t.ext_id", N("Source ID")}, {"t.name", N("Client")}, {"t.inn", N("Tax ID")},
          {MANAGER("owner_id"), N("Manager")}, {"t.created_at", N("Created"), K::Date},
          {"t.segment", N("Segment")}, {"t.industry", N("Industry")}, {"t.city", N("City")},
          {"t.churned_at", N("Churned"), K::Date}}},
        {"activities", N("Activities"),
         {{"t.type", N("Type")}, {MANAGER("manager_id"), N("Manager")}, {"t.status", N("Status")},
          {"t.done_at", N("Done"), K::DateTime}, {"t.due_at", N("Due"), K::DateTime},
          {"t.duration_s", N("Duration, s"), K::Integer}, {"t.deal_ref", N("Deal (source)")},
          {"t.outcome", N("Outcome")}}},
        {"stage_history", N("Stage history"),
         {{"t.deal_ref", N("Deal (source)")}, {STAGE("stage_id"), N("Stage")},
          {"t.entered_at", N("Entered"), K::DateTime}, {"t.exited_at", N("Left"), K::DateTime}}},
        {"orders", N("Orders"),
         {{"t.ext_id", N("Source ID")}, {CLIENT("client_id"), N("Client")}, {"t.order_date", N("Date"), K::Date},
          {"t.amount", N("Amount"), K::Money}, {"t.gross_profit", N("Gross profit"), K::Money},
          {"t.status", N("Status")}, {"t.product", N("Product")}}},
        {"nps_responses", N("NPS responses"),
         {{CLIENT("client_id"), N("Client")}, {"t.responded_at", N("Date"), K::Date},
          {"t.score", N("Score"), K::Integer}, {"t.comment", N("Comment")}, {"t.source", N("Source")}}},
        {"managers", N("Managers"),
         {{"t.name", N("Name")}, {"t.role", N("Role")}, {"t.team", N("Team")},
          {"t.is_sales", N("Sales role"), K::Bool}, {"t.hired_at", N("Hired"), K::Date},
          {"t.terminated_at", N("Left"), K::Date}, {"t.fte", N("FTE"), K::Real}}},
        {"manager_aliases", N("Manager aliases"),
         {{"t.alias", N("Name in the source")},
          {MANAGER("manager_id"), N("Manager"), K::Choice, "manager_id", {}, kManagerChoices, false},
          {"t.origin", N("Origin")}}},
        {"stages", N("Stages"),
         {{"t.pipeline_name", N("Pipeline")}, {"t.name", N("Stage")}, {"t.ord", N("Order"), K::Integer, "ord"},
          {"t.terminal", N("Terminal"), K::Choice, "terminal", kTerminal, nullptr, false},
          {"t.process_stage", N("Process stage"), K::Choice, "process_stage", kProcess},
          {"t.mandatory", N("Mandatory"), K::Bool, "mandatory"},
          {"t.funnel_step", N("Funnel step"), K::Choice, "funnel_step", kFunnel, nullptr, false},
          {"t.default_probability", N("Probability"), K::Percent}}},
        {"channels", N("Channels"), {{"t.name", N("Channel")}, {"t.type", N("Type")}}},
        {"channel_costs", N("Channel costs"),
         {{"t.month", N("Month"), K::Month}, {CHANNEL("channel_id"), N("Channel")}, {"t.cost", N("Cost"), K::Money}}},
        {"plans", N("Plans"),
         {{"t.month", N("Month"), K::Month}, {"t.scope", N("Scope")}, {"t.scope_ref", N("For")},
          {"t.revenue_plan", N("Revenue plan"), K::Money}, {"t.new_clients_plan", N("New clients plan"), K::Integer},
          {"t.forecast_amount", N("Forecast"), K::Money}}},
        {"financials", N("Financials"),
         {{"t.month", N("Month"), K::Month}, {"t.revenue", N("Revenue"), K::Money},
          {"t.gross_profit", N("Gross profit"), K::Money}, {"t.net_profit", N("Net profit"), K::Money},
          {"t.sales_team_cost", N("Sales team cost"), K::Money}, {"t.marketing_cost", N("Marketing cost"), K::Money}}},
    };
}

EntityDef buildIssues()
{
    return {"data_issues", N("Data quality"),
            {{"t.severity", N("Severity"), K::Choice, nullptr, kSeverity}, {"t.entity", N("Table")},
             {"t.row_no", N("File row"), K::Integer}, {"t.column_name", N("Column")},
             {"t.raw_value", N("Value")}, {"t.message", N("Problem")}, {"t.record_id", N("Record"), K::Integer}}};
}

std::vector<EntityDef> buildExtras()
{
    return {
        {"evidence", N("Evidence"),
         {{"t.kind", N("Kind")}, {"t.title", N("Title")}, {"t.date", N("Date"), K::Date},
          {"t.respondent", N("Respondent")}, {"t.role", N("Role")},
          {"(SELECT group_concat(criterion_id, ', ') FROM evidence_criteria c WHERE c.evidence_id = t.id)",
           N("Criteria")},
          {"t.body", N("Notes")}}},
        {"actions", N("Action plan"),
         {{"t.priority", N("Priority"), K::Integer, "priority"}, {"t.text", N("Action")},
          {"t.criterion_ids", N("Criteria")},
          {"t.horizon", N("Horizon"), K::Choice, "horizon", kHorizon, nullptr, false},
          {"t.owner_role", N("Owner")}, {"t.due_date", N("Due"), K::Date},
          {"t.status", N("Status"), K::Choice, "status", kActionStatus, nullptr, false}}},
    };
}

} // namespace

const std::vector<EntityDef>& entityDefs()
{
    static const std::vector<EntityDef> defs = buildDefs();
    return defs;
}

const EntityDef& dataIssuesDef()
{
    static const EntityDef def = buildIssues();
    return def;
}

const EntityDef* findEntity(const QString& name)
{
    static const std::vector<EntityDef> extras = buildExtras();
    QString key = name.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("nps"))
        key = QStringLiteral("nps_responses");
    for (const auto* list : {&entityDefs(), &extras})
        for (const auto& e : *list)
            if (key == QLatin1String(e.table))
                return &e;
    if (key == QLatin1String(dataIssuesDef().table))
        return &dataIssuesDef();
    return nullptr;
}

QString headerText(const ColumnDef& c)
{
    return QCoreApplication::translate("sa::app::EntityColumns", c.header);
}

QString titleText(const EntityDef& e)
{
    return QCoreApplication::translate("sa::app::EntityColumns", e.title);
}

QString choiceLabel(const ColumnDef& c, const QString& value)
{
    for (const auto& ch : c.choices)
        if (value == QLatin1String(ch.value))
            return QCoreApplication::translate("sa::app::EntityColumns", ch.label);
    return value;
}

} // namespace sa::app
