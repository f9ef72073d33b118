#include "AnonymizeRules.h"

#include <algorithm>

namespace sa::privacy {

const char* toString(Treatment t) noexcept
{
    switch (t) {
    case Treatment::Person:
        return "person";
    case Treatment::Client:
        return "client";
    case Treatment::Deal:
        return "deal";
    case Treatment::PersonInn:
        return "inn";
    case Treatment::MatchKeyOf:
        return "match_key";
    case Treatment::Scrub:
        return "scrub";
    }
    return "scrub";
}

const std::vector<ColumnRule>& personalColumns()
{
    using T = Treatment;
    static const std::vector<ColumnRule> rules = {
        { "managers", "name", T::Person, "Manager", "" },
        { "managers", "ext_id", T::Person, "Manager", "" },
        { "manager_aliases", "alias", T::Person, "Manager", "" },
        { "plans", "scope_ref", T::Person, "Manager", "scope = 'manager'" },
        { "nps_responses", "respondent", T::Person, "Respondent", "" },
        { "evidence", "respondent", T::Person, "Respondent", "" },
        { "audit", "consultant", T::Person, "Consultant", "" },
        { "actions", "owner_name", T::Person, "Owner", "" },
        { "overrides", "author", T::Person, "Author", "" },
        { "ref_overrides", "author", T::Person, "Author", "" },
        { "clients", "name", T::Client, "", "" },
        { "clients", "ext_id", T::Client, "", "" },
        { "deals", "client_ref", T::Client, "", "" },
        { "leads", "client_ref", T::Client, "", "" },
        { "activities", "client_ref", T::Client, "", "" },
        { "orders", "client_ref", T::Client, "", "" },
        { "nps_responses", "client_ref", T::Client, "", "" },
        { "clients", "inn", T::PersonInn, "", "" },
        { "deals", "name", T::Deal, "", "" },
        { "manager_aliases", "alias_key", T::MatchKeyOf, "alias", "" },
        { "clients", "name_key", T::MatchKeyOf, "name", "" },
    };
    return rules;
}

Result<std::vector<ColumnRule>> columnRules(const store::Connection& db)
{
    std::vector<ColumnRule> rules = personalColumns();
    auto st = db.prepare("SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c"
                         " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                         " AND m.name NOT LIKE 'evidence\\_fts%' ESCAPE '\\' AND upper(c.type) = 'TEXT'"
                         " ORDER BY m.name, c.cid");
    if (!st)
        return st.error();
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ColumnRule r { st->getText(0), st->getText(1), Treatment::Scrub, "", "" };
        const auto named = std::find_if(personalColumns().begin(), personalColumns().end(),
            [&](const ColumnRule& p) { return p.table == r.table && p.column == r.column; });
        if (named != personalColumns().end() && named->where.empty())
            continue;
        if (named != personalColumns().end())
            r.where = "NOT (" + named->where + ")"; // the rows the named rule leaves
        rules.push_back(std::move(r));
    }
    return rules;
}

} // namespace sa::privacy
