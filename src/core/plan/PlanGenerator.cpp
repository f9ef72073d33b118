#include "PlanGenerator.h"

#include <algorithm>
#include <map>
#include <set>

namespace sa::plan {

namespace {

const std::string& pick(const scoring::Text& t, const std::string& language) { return language == "en" ? t.en : t.ru; }

Horizon horizonOf(const std::string& h)
{
    return parseHorizon(h).value_or(Horizon::ThreeMonths);
}

std::string joinOwners(const std::vector<std::string>& owners)
{
    std::string out;
    for (const auto& o : owners)
        out += (out.empty() ? "" : "+") + o;
    return out;
}

// Criteria to plan for, in plan order: M1 first, then ranked bottlenecks, then the other red and
// yellow criteria (unranked outliers) in catalogue order.
std::vector<const scoring::CriterionResult*> plannedCriteria(const scoring::ScoreResult& score)
{
    std::vector<const scoring::CriterionResult*> out;
    std::set<std::string> seen;
    auto add = [&](const std::string& id) {
        const auto* c = score.find(id);
        if (c && seen.insert(id).second
            && (c->status == scoring::Status::Red || c->status == scoring::Status::Yellow))
            out.push_back(c);
    };
    add("M1");
    for (const auto& b : score.bottlenecks)
        add(b.id);
    for (const auto& b : score.unranked)
        add(b.id);
    for (const auto& c : score.criteria)
        add(c.id);
    return out;
}

const scoring::Bottleneck* bottleneckOf(const scoring::ScoreResult& score, const std::string& id)
{
    for (const auto* list : {&score.bottlenecks, &score.unranked})
        for (const auto& b : *list)
            if (b.id == id)
                return &b;
    return nullptr;
}

} // namespace

std::vector<ActionRecord> generatePlan(const scoring::ScoreResult& score, const scoring::Catalogue& catalogue,
                                       const std::string& language)
{
    std::vector<ActionRecord> actions;
    for (const auto* result : plannedCriteria(score)) {
        const scoring::Criterion* criterion = catalogue.find(result->id);
        if (!criterion)
            continue;
        const std::size_t count = result->status == scoring::Status::Red ? criterion->actions.size()
                                                                         : std::min<std::size_t>(1, criterion->actions.size());
        const scoring::Bottleneck* b = bottleneckOf(score, result->id);
        for (std::size_t i = 0; i < count; ++i) {
            const scoring::Action& a = criterion->actions[i];
            ActionRecord r;
            r.criteria = {result->id};
            r.catalogueAction = a.id;
            r.text = pick(a.text, language);
            r.horizon = horizonOf(a.horizon);
            r.ownerRole = joinOwners(a.owner);
            r.targetKpi = pick(a.targetKpi, language);
            if (b && b->impact) {
                r.expectedEffect = b->impact;
                r.effectKind = b->impactKind;
            }
            r.prerequisites = criterion->prerequisites;
            actions.push_back(std::move(r));
        }
    }
    orderByPrerequisites(actions);
    for (std::size_t i = 0; i < actions.size(); ++i)
        actions[i].priority = static_cast<int>(i) + 1;
    return actions;
}

void orderByPrerequisites(std::vector<ActionRecord>& actions)
{
    // Repeatedly take the first action none of whose prerequisite criteria still has actions
    // waiting: stable, and O(n²) on plans of a few dozen actions.
    std::vector<ActionRecord> pending = std::move(actions);
    actions.clear();
    while (!pending.empty()) {
        auto waiting = [&](const std::string& criterion) {
            return std::any_of(pending.begin(), pending.end(), [&](const ActionRecord& p) {
                return std::find(p.criteria.begin(), p.criteria.end(), criterion) != p.criteria.end();
            });
        };
        auto ready = std::find_if(pending.begin(), pending.end(), [&](const ActionRecord& a) {
            return std::none_of(a.prerequisites.begin(), a.prerequisites.end(), [&](const std::string& pre) {
                return std::find(a.criteria.begin(), a.criteria.end(), pre) == a.criteria.end() && waiting(pre);
            });
        });
        if (ready == pending.end())
            ready = pending.begin(); // a cycle: keep the given order
        actions.push_back(std::move(*ready));
        pending.erase(ready);
    }
}

} // namespace sa::plan
