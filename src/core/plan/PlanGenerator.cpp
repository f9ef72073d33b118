#include "PlanGenerator.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace sa::plan {

namespace {

const std::string& pick(const scoring::Text& t, const std::string& language)
{
    return language == "en" ? t.en : t.ru;
}

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
        if (c && seen.insert(id).second && (c->status == scoring::Status::Red || c->status == scoring::Status::Yellow))
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
    for (const auto* list : { &score.bottlenecks, &score.unranked })
        for (const auto& b : *list)
            if (b.id == id)
                return &b;
    return nullptr;
}

} // namespace

std::vector<ActionRecord> generatePlan(
    const scoring::ScoreResult& score, const scoring::Catalogue& catalogue, const std::string& language)
{
    std::vector<ActionRecord> actions;
    for (const auto* result : plannedCriteria(score)) {
        const scoring::Criterion* criterion = catalogue.find(result->id);
        if (!criterion)
            continue;
        const std::size_t count = result->status == scoring::Status::Red
            ? criterion->actions.size()
            : std::min<std::size_t>(1, criterion->actions.size());
        const scoring::Bottleneck* b = bottleneckOf(score, result->id);
        for (std::size_t i = 0; i < count; ++i) {
            const scoring::Action& a = criterion->actions[i];
            ActionRecord r;
            r.criteria = { result->id };
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
    // Walk the actions in rank order; before emitting one, pull forward (depth first) the pending
    // actions of its prerequisite criteria. A prerequisite thus rises to just before its first
    // dependant instead of pushing the dependant down to its own rank.
    std::vector<ActionRecord> pending = std::move(actions);
    std::vector<bool> done(pending.size(), false);
    std::vector<bool> visiting(pending.size(), false);
    actions.clear();
    std::function<void(std::size_t)> emit = [&](std::size_t i) {
        if (done[i] || visiting[i])
            return; // emitted, or a cycle (the catalogue validator forbids them)
        visiting[i] = true;
        for (const auto& pre : pending[i].prerequisites)
            for (std::size_t j = 0; j < pending.size(); ++j)
                if (j != i
                    && std::find(pending[j].criteria.begin(), pending[j].criteria.end(), pre)
                        != pending[j].criteria.end()
                    && std::find(pending[i].criteria.begin(), pending[i].criteria.end(), pre)
                        == pending[i].criteria.end())
                    emit(j);
        visiting[i] = false;
        done[i] = true;
        actions.push_back(pending[i]);
    };
    for (std::size_t i = 0; i < pending.size(); ++i)
        emit(i);
}

} // namespace sa::plan
