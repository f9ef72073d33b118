#include "Roadmap.h"

namespace sa::plan {

namespace {
int countOf(const std::vector<ActionRecord>& actions, Horizon h)
{
    int n = 0;
    for (const auto& a : actions)
        n += a.horizon == h && a.status != ActionStatus::Dropped;
    return n;
}
} // namespace

Roadmap buildRoadmap(const std::vector<ActionRecord>& actions)
{
    Roadmap r;
    const int yearActions = countOf(actions, Horizon::OneYear);
    const int longActions = countOf(actions, Horizon::ThreeYears);
    int year = 0, longTerm = 0;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const ActionRecord& a = actions[i];
        if (a.status == ActionStatus::Dropped)
            continue;
        RoadmapItem item { i, 1, 1 };
        switch (a.horizon) {
        case Horizon::QuickWin:
            break;
        case Horizon::ThreeMonths:
            item.endMonth = 3;
            break;
        case Horizon::OneYear: {
            const int quarter = 2 + 3 * year++ / yearActions; // 2, 3 or 4 by priority
            item = { i, 3 * quarter - 2, 3 * quarter };
            break;
        }
        case Horizon::ThreeYears: {
            const int y = 2 + 2 * longTerm++ / longActions; // year 2 or 3 by priority
            item = { i, 12 * (y - 1) + 1, 12 * y };
            break;
        }
        }
        if (a.horizon != Horizon::ThreeYears)
            r.oneYear.push_back(item);
        r.threeYears.push_back(item);
    }
    return r;
}

} // namespace sa::plan
