#include "EntityColumns.h"

#include <QCoreApplication>

namespace sa::app {

namespace {

using K = ColumnKind;

// Names of referenced rows, so that tables show people and stages instead of ids.
#define MANAGER(col) "(SELECT name FROM managers WHERE id = t." col ")"
#define CLIENT(col) "(SELECT name FROM clients WHERE id = t." col ")"
#define CHANNEL(col) "(SELECT name FROM channels WHERE id = t." col ")"
#define STAGE(col) "(SELECT name FROM stages WHERE id = t." col ")"

const std::vector<ChoiceDef> kTerminal = { { "none", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "not terminal") },
    { "won", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "won") },
    { "lost", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "lost") } };
const std::vector<ChoiceDef> kProcess = { { "generation", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "generation") },
    { "development", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "development") },
    { "conversion", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "conversion") },
    { "fulfilment", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "fulfilment") },
    { "account", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "account") } };
const std::vector<ChoiceDef> kFunnel = { { "none", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "none") },
    { "mql", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "MQL") },
    { "sql", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "SQL") } };
const std::vector<ChoiceDef> kSeverity = { { "info", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "info") },
    { "warning", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "warning") },
    { "error", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "error") } };
const std::vector<ChoiceDef> kDealStatus = { { "open", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "open") },
    { "won", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "won") },
    { "lost", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "lost") } };
const std::vector<ChoiceDef> kHorizon = { { "QW", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "quick win") },
    { "3M", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "3 months") },
    { "1Y", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "1 year") },
    { "3Y", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "3 years") } };
const std::vector<ChoiceDef> kActionStatus = { { "proposed", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "proposed") },
    { "planned", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "planned") },
    { "in_progress", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "in progress") },
    { "done", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "done") },
    { "dropped", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "dropped") } };
const char* const kManagerChoices = "SELECT id, name FROM managers ORDER BY name";

std::vector<EntityDef> buildDefs()
{
    return {
        { "deals", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Deals"),
            { { "t.ext_id", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Source ID") },
                { "t.name", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Deal") },
                { "t.created_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Created"), K::Date },
                { MANAGER("owner_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Manager") },
                { CLIENT("client_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Client") },
                { STAGE("stage_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Stage") },
                { "t.status", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Status"), K::Choice, nullptr, kDealStatus },
                { "t.amount", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Amount"), K::Money },
                { "t.closed_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Closed"), K::Date },
                { "t.sales_channel", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Sales channel") },
                { "t.loss_reason", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Loss reason") } } },
        { "leads", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Leads"),
            { { "t.ext_id", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Source ID") },
                { "t.created_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Created"), K::DateTime },
                { CHANNEL("channel_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Channel") },
                { "t.channel_raw", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Channel (source)") },
                { MANAGER("owner_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Manager") },
                { "t.mql_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "MQL"), K::Date },
                { "t.sql_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "SQL"), K::Date },
                { "t.disqualify_reason", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Disqualified because") } } },
        { "clients", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Clients"),
            { { "t.ext_id", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Source ID") },
                { "t.name", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Client") },
                { "t.inn", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Tax ID") },
                { MANAGER("owner_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Manager") },
                { "t.created_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Created"), K::Date },
                { "t.segment", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Segment") },
                { "t.industry", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Industry") },
                { "t.city", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "City") },
                { "t.churned_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Churned"), K::Date } } },
        { "activities", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Activities"),
            { { "t.type", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Type") },
                { MANAGER("manager_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Manager") },
                { "t.status", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Status") },
                { "t.done_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Done"), K::DateTime },
                { "t.due_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Due"), K::DateTime },
                { "t.duration_s", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Duration, s"), K::Integer },
                { "t.deal_ref", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Deal (source)") },
                { "t.outcome", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Outcome") } } },
        { "stage_history", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Stage history"),
            { { "t.deal_ref", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Deal (source)") },
                { STAGE("stage_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Stage") },
                { "t.entered_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Entered"), K::DateTime },
                { "t.exited_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Left"), K::DateTime } } },
        { "orders", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Orders"),
            { { "t.ext_id", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Source ID") },
                { CLIENT("client_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Client") },
                { "t.order_date", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Date"), K::Date },
                { "t.amount", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Amount"), K::Money },
                { "t.gross_profit", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Gross profit"), K::Money },
                { "t.status", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Status") },
                { "t.product", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Product") } } },
        { "nps_responses", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "NPS responses"),
            { { CLIENT("client_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Client") },
                { "t.responded_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Date"), K::Date },
                { "t.score", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Score"), K::Integer },
                { "t.comment", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Comment") },
                { "t.source", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Source") } } },
        { "managers", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Managers"),
            { { "t.name", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Name") },
                { "t.role", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Role") },
                { "t.team", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Team") },
                { "t.is_sales", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Sales role"), K::Bool },
                { "t.hired_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Hired"), K::Date },
                { "t.terminated_at", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Left"), K::Date },
                { "t.fte", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "FTE"), K::Real } } },
        { "manager_aliases", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Manager aliases"),
            { { "t.alias", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Name in the source") },
                { MANAGER("manager_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Manager"), K::Choice,
                    "manager_id", {}, kManagerChoices, false },
                { "t.origin", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Origin") } } },
        { "stages", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Stages"),
            { { "t.pipeline_name", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Pipeline") },
                { "t.name", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Stage") },
                { "t.ord", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Order"), K::Integer, "ord" },
                { "t.terminal", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Terminal"), K::Choice, "terminal",
                    kTerminal, nullptr, false },
                { "t.process_stage", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Process stage"), K::Choice,
                    "process_stage", kProcess },
                { "t.mandatory", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Mandatory"), K::Bool, "mandatory" },
                { "t.funnel_step", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Funnel step"), K::Choice, "funnel_step",
                    kFunnel, nullptr, false },
                { "t.default_probability", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Probability"), K::Percent } } },
        { "channels", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Channels"),
            { { "t.name", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Channel") },
                { "t.type", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Type") } } },
        { "channel_costs", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Channel costs"),
            { { "t.month", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Month"), K::Month },
                { CHANNEL("channel_id"), QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Channel") },
                { "t.cost", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Cost"), K::Money } } },
        { "plans", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Plans"),
            { { "t.month", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Month"), K::Month },
                { "t.scope", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Scope") },
                { "t.scope_ref", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "For") },
                { "t.revenue_plan", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Revenue plan"), K::Money },
                { "t.new_clients_plan", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "New clients plan"), K::Integer },
                { "t.forecast_amount", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Forecast"), K::Money } } },
        { "financials", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Financials"),
            { { "t.month", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Month"), K::Month },
                { "t.revenue", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Revenue"), K::Money },
                { "t.gross_profit", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Gross profit"), K::Money },
                { "t.net_profit", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Net profit"), K::Money },
                { "t.sales_team_cost", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Sales team cost"), K::Money },
                { "t.marketing_cost", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Marketing cost"), K::Money } } },
    };
}

EntityDef buildIssues()
{
    return { "data_issues", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Data quality"),
        { { "t.severity", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Severity"), K::Choice, nullptr, kSeverity },
            { "t.entity", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Table"), K::Entity },
            { "t.row_no", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "File row"), K::Integer },
            { "t.column_name", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Column") },
            { "t.raw_value", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Value") },
            { "t.message", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Problem") },
            { "t.record_id", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Record"), K::Integer } } };
}

std::vector<EntityDef> buildExtras()
{
    return {
        { "evidence", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Evidence"),
            { { "t.kind", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Kind") },
                { "t.title", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Title") },
                { "t.date", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Date"), K::Date },
                { "t.respondent", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Respondent") },
                { "t.role", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Role") },
                { "(SELECT group_concat(criterion_id, ', ') FROM evidence_criteria c WHERE c.evidence_id = t.id)",
                    QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Criteria") },
                { "t.body", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Notes") } } },
        { "actions", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Action plan"),
            { { "t.priority", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Priority"), K::Integer, "priority" },
                { "t.text", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Action") },
                { "t.criterion_ids", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Criteria") },
                { "t.horizon", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Horizon"), K::Choice, "horizon", kHorizon,
                    nullptr, false },
                { "t.owner_role", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Owner") },
                { "t.due_date", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Due"), K::Date },
                { "t.status", QT_TRANSLATE_NOOP("sa::app::EntityColumns", "Status"), K::Choice, "status", kActionStatus,
                    nullptr, false } } },
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
    for (const auto* list : { &entityDefs(), &extras })
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
