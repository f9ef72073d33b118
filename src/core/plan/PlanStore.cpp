#include "PlanStore.h"

#include "common/Text.h"

#include <algorithm>

namespace sa::plan {

namespace {

constexpr const char* kColumns
    = "id, criterion_ids, catalogue_action, text, horizon, owner_role, owner_name, target_kpi,"
      " expected_effect, effect_kind, prerequisites, status, priority, due_date, origin";

std::vector<std::string> splitList(std::string_view s)
{
    std::vector<std::string> out;
    for (auto part : text::split(s, ','))
        if (!text::trim(part).empty())
            out.emplace_back(text::trim(part));
    return out;
}

ActionRecord readRow(const store::Statement& st)
{
    ActionRecord a;
    a.id = st.getInt(0);
    a.criteria = splitList(st.getTextView(1));
    a.catalogueAction = st.getOptText(2).value_or("");
    a.text = st.getText(3);
    a.horizon = parseHorizon(st.getTextView(4)).value_or(Horizon::ThreeMonths);
    a.ownerRole = st.getText(5);
    a.ownerName = st.getText(6);
    a.targetKpi = st.getText(7);
    a.expectedEffect = st.getOptDouble(8);
    a.effectKind = st.getOptText(9).value_or("");
    a.prerequisites = splitList(st.getTextView(10));
    a.status = parseActionStatus(st.getTextView(11)).value_or(ActionStatus::Proposed);
    a.priority = static_cast<int>(st.getInt(12));
    a.dueDate = st.getOptInt(13);
    a.userOrigin = st.getTextView(14) == "user";
    return a;
}

// Binds the editable fields at ?1..?13 (the statement's own layout).
void bindFields(store::Statement& st, const ActionRecord& a)
{
    st.bind(1, text::join(a.criteria, ","))
        .bind(2, a.catalogueAction.empty() ? std::optional<std::string>() : a.catalogueAction)
        .bind(3, a.text)
        .bind(4, toString(a.horizon))
        .bind(5, a.ownerRole)
        .bind(6, a.ownerName)
        .bind(7, a.targetKpi)
        .bind(8, a.expectedEffect)
        .bind(9, a.effectKind.empty() ? std::optional<std::string>() : a.effectKind)
        .bind(10, text::join(a.prerequisites, ","))
        .bind(11, toString(a.status))
        .bind(12, a.priority)
        .bind(13, a.dueDate);
}

Result<std::int64_t> insert(store::Connection& db, const ActionRecord& a, const Clock& clock)
{
    auto st = db.prepare("INSERT INTO actions (criterion_ids, catalogue_action, text, horizon, owner_role, owner_name,"
                         " target_kpi, expected_effect, effect_kind, prerequisites, status, priority, due_date, origin,"
                         " sort_order, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                         " ?12, ?13, ?14, ?12, ?15, ?15)");
    if (!st)
        return st.error();
    bindFields(*st, a);
    st->bind(14, a.userOrigin ? "user" : "generated").bind(15, clock.now());
    if (Status s = st->run(); !s)
        return s.error();
    return db.lastInsertRowId();
}

Status update(store::Connection& db, const ActionRecord& a, const Clock& clock)
{
    auto st = db.prepare("UPDATE actions SET criterion_ids = ?1, catalogue_action = ?2, text = ?3, horizon = ?4,"
                         " owner_role = ?5, owner_name = ?6, target_kpi = ?7, expected_effect = ?8, effect_kind = ?9,"
                         " prerequisites = ?10, status = ?11, priority = ?12, due_date = ?13, sort_order = ?12,"
                         " updated_at = ?14 WHERE id = ?15");
    if (!st)
        return st.error();
    bindFields(*st, a);
    st->bind(14, clock.now()).bind(15, a.id);
    if (Status s = st->run(); !s)
        return s;
    if (db.changes() != 1)
        return Error::usage("there is no action " + std::to_string(a.id));
    return {};
}

} // namespace

Status validateAction(const ActionRecord& a)
{
    if (text::trim(a.text).empty())
        return Error::usage("an action needs a text");
    for (const auto& c : a.criteria)
        if (c.size() < 2 || c.size() > 3 || std::string_view("PMCLS").find(c[0]) == std::string_view::npos)
            return Error::usage("\"" + c + "\" is not a criterion id (P1..S9)");
    if (a.priority < 0)
        return Error::usage("the priority must not be negative");
    return {};
}

Result<std::vector<ActionRecord>> loadPlan(const store::Connection& db)
{
    auto st = db.prepare(std::string("SELECT ") + kColumns + " FROM actions ORDER BY priority, id");
    if (!st)
        return st.error();
    std::vector<ActionRecord> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(readRow(*st));
    }
    return out;
}

Status replaceGenerated(store::Connection& db, const std::vector<ActionRecord>& generated, const Clock& clock)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (Status s = db.exec("DELETE FROM actions WHERE origin = 'generated' AND status = 'proposed'"); !s)
        return s;
    auto kept = loadPlan(db);
    if (!kept)
        return kept.error();
    int priority = 0;
    for (ActionRecord a : generated) {
        a.priority = ++priority;
        a.userOrigin = false;
        if (auto id = insert(db, a, clock); !id)
            return id.error();
    }
    for (ActionRecord a : *kept) {
        a.priority = ++priority;
        if (Status s = update(db, a, clock); !s)
            return s;
    }
    return tx->commit();
}

Result<std::int64_t> addAction(store::Connection& db, ActionRecord action, const Clock& clock)
{
    if (Status s = validateAction(action); !s)
        return s.error();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (action.priority == 0) {
        auto last = db.scalarInt("SELECT max(priority) FROM actions");
        if (!last)
            return last.error();
        action.priority = static_cast<int>(last->value_or(0)) + 1;
    }
    action.userOrigin = true;
    auto id = insert(db, action, clock);
    if (!id)
        return id;
    if (Status s = tx->commit(); !s)
        return s.error();
    return id;
}

Status updateAction(store::Connection& db, const ActionRecord& action, const Clock& clock)
{
    if (Status s = validateAction(action); !s)
        return s;
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (Status s = update(db, action, clock); !s)
        return s;
    return tx->commit();
}

Status deleteAction(store::Connection& db, std::int64_t id)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto st = db.prepare("DELETE FROM actions WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    if (Status s = st->run(); !s)
        return s;
    if (db.changes() != 1)
        return Error::usage("there is no action " + std::to_string(id));
    return tx->commit();
}

Result<ActionRecord> mergeActions(store::Connection& db, const std::vector<std::int64_t>& ids, const Clock& clock)
{
    if (ids.size() < 2)
        return Error::usage("merging needs at least two actions");
    auto plan = loadPlan(db);
    if (!plan)
        return plan.error();
    std::vector<ActionRecord> parts;
    for (auto id : ids) {
        auto it = std::find_if(plan->begin(), plan->end(), [&](const ActionRecord& a) { return a.id == id; });
        if (it == plan->end())
            return Error::usage("there is no action " + std::to_string(id));
        parts.push_back(*it);
    }
    ActionRecord merged = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const ActionRecord& p = parts[i];
        for (const auto& c : p.criteria)
            if (std::find(merged.criteria.begin(), merged.criteria.end(), c) == merged.criteria.end())
                merged.criteria.push_back(c);
        merged.text += "; " + p.text;
        merged.horizon = std::min(merged.horizon, p.horizon);
        merged.priority = std::min(merged.priority, p.priority);
        if (p.dueDate && (!merged.dueDate || *p.dueDate < *merged.dueDate))
            merged.dueDate = p.dueDate;
        if (p.expectedEffect && (!merged.expectedEffect || *p.expectedEffect > *merged.expectedEffect)) {
            merged.expectedEffect = p.expectedEffect;
            merged.effectKind = p.effectKind;
        }
    }
    merged.catalogueAction.clear(); // no longer one catalogue action
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (Status s = update(db, merged, clock); !s)
        return s.error();
    auto del = db.prepare("DELETE FROM actions WHERE id = ?");
    if (!del)
        return del.error();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        del->bind(1, parts[i].id);
        if (Status s = del->run(); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return merged;
}

} // namespace sa::plan
