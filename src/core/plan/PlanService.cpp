#include "PlanService.h"

#include "PlanGenerator.h"
#include "PlanStore.h"
#include "scoring/ScoreProject.h"

namespace sa::plan {

Result<std::vector<ActionRecord>> ensurePlan(store::Project& project, const std::string& catalogueDir,
    const std::string& language, bool regenerate, const Clock& clock)
{
    auto existing = loadPlan(project.db());
    if (!existing)
        return existing;
    if (!existing->empty() && !regenerate)
        return existing;
    auto setup = scoring::loadScoringSetup(project, catalogueDir);
    if (!setup)
        return setup.error();
    auto score = scoring::scoreProject(project, catalogueDir);
    if (!score)
        return score.error();
    if (Status s = replaceGenerated(project.db(), generatePlan(*score, setup->catalogue, language), clock); !s)
        return s.error();
    return loadPlan(project.db());
}

nlohmann::ordered_json toJson(const std::vector<ActionRecord>& actions, const Roadmap& roadmap)
{
    nlohmann::ordered_json j;
    j["actions"] = nlohmann::ordered_json::array();
    for (const auto& a : actions) {
        nlohmann::ordered_json x;
        x["id"] = a.id;
        x["priority"] = a.priority;
        x["criteria"] = a.criteria;
        x["catalogue_action"]
            = a.catalogueAction.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(a.catalogueAction);
        x["text"] = a.text;
        x["horizon"] = toString(a.horizon);
        x["owner_role"] = a.ownerRole;
        x["owner_name"] = a.ownerName;
        x["target_kpi"] = a.targetKpi;
        x["expected_effect"] = a.expectedEffect ? nlohmann::ordered_json(*a.expectedEffect) : nlohmann::ordered_json();
        x["effect_kind"] = a.effectKind.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(a.effectKind);
        x["prerequisites"] = a.prerequisites;
        x["status"] = toString(a.status);
        x["due_date"] = a.dueDate ? nlohmann::ordered_json(formatDate(*a.dueDate)) : nlohmann::ordered_json();
        x["origin"] = a.userOrigin ? "user" : "generated";
        j["actions"].push_back(std::move(x));
    }
    auto items = [&](const std::vector<RoadmapItem>& list) {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (const auto& item : list)
            arr.push_back({ { "action_id", actions[item.action].id }, { "start_month", item.startMonth },
                { "end_month", item.endMonth } });
        return arr;
    };
    j["roadmap"] = { { "one_year", items(roadmap.oneYear) }, { "three_years", items(roadmap.threeYears) } };
    return j;
}

} // namespace sa::plan
