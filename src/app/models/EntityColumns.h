#pragma once
// Column definitions of every table the Data screen shows: the SQL expression, the header
// (translated through EntityColumns' context), how to format the value and whether it is editable.
#include <QString>
#include <vector>

namespace sa::app {

enum class ColumnKind {
    Text,
    Integer,
    Real,
    Percent, ///< REAL 0..1 shown as %
    Money, ///< INTEGER minor units of the audit currency
    Date, ///< INTEGER local seconds, shown as a date
    DateTime, ///< INTEGER local seconds, shown as date and time
    Month, ///< INTEGER local seconds of the month's first day
    Bool, ///< INTEGER 0/1, shown and edited as a check box
    Entity, ///< TEXT naming a store table or CLI entity, shown as its translated title
    Choice, ///< TEXT from a fixed list (ChoiceDef) or INTEGER id from choicesSql
};

/// One allowed value of a Choice column: stored value and its label (translated in EntityColumns).
struct ChoiceDef {
    const char* value;
    const char* label;
};

struct ColumnDef {
    ColumnDef(const char* expression, const char* headerText, ColumnKind k = ColumnKind::Text,
        const char* edit = nullptr, std::vector<ChoiceDef> fixedChoices = {}, const char* choicesQuery = nullptr,
        bool canBeNull = true)
        : expr(expression)
        , header(headerText)
        , kind(k)
        , editColumn(edit)
        , choices(std::move(fixedChoices))
        , choicesSql(choicesQuery)
        , nullable(canBeNull)
    {
    }
    const char* expr; ///< SQL over alias `t` (display and sort)
    const char* header; ///< source text for tr()
    ColumnKind kind;
    const char* editColumn; ///< the raw column written on edit; nullptr = read-only
    std::vector<ChoiceDef> choices; ///< Choice columns with a fixed list
    const char* choicesSql; ///< Choice columns over rows: SELECT id, label ...
    bool nullable; ///< an editable choice may be set to NULL
};

struct EntityDef {
    const char* table; ///< store table name
    const char* title; ///< source text for tr()
    std::vector<ColumnDef> columns;
};

/// Every entity table in the order the Data screen lists them, then the data-quality list.
const std::vector<EntityDef>& entityDefs();
/// The definition for a store table name or a CLI entity name ("stage-history", "nps"); nullptr if unknown.
const EntityDef* findEntity(const QString& name);
/// The data_issues list (its own tab with jump-to-row).
const EntityDef& dataIssuesDef();

/// Translated texts of a definition.
QString headerText(const ColumnDef& c);
QString titleText(const EntityDef& e);
QString choiceLabel(const ColumnDef& c, const QString& value);

} // namespace sa::app
