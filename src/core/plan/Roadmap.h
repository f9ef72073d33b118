#pragma once
// The roadmap views of the plan (spec §7): 1 year = QW actions in month 1, 3M actions in
// quarter 1, 1Y actions spread over quarters 2-4 by priority; 3 years = the 1-year block, then
// 3Y actions by year (2 and 3) by priority. Dropped actions are left out.
#include "Action.h"

#include <vector>

namespace sa::plan {

struct RoadmapItem {
    std::size_t action = 0; ///< index into the plan's actions
    int startMonth = 1; ///< 1-based month of the plan, inclusive
    int endMonth = 1; ///< inclusive
};

struct Roadmap {
    std::vector<RoadmapItem> oneYear; ///< QW, 3M, 1Y actions
    std::vector<RoadmapItem> threeYears; ///< all of the above plus 3Y actions
};

/// `actions` in plan order (priority ascending).
Roadmap buildRoadmap(const std::vector<ActionRecord>& actions);

} // namespace sa::plan
