#pragma once
// The audit side of the demo: the consultant's evidence notes, checklist answers and rating with
// their evidence, two overrides with rationale, and the generated action plan — written through
// the same APIs as the CLI and the GUI.
#include "common/Clock.h"
#include "common/Result.h"
#include "store/Project.h"

#include <string>

namespace sa::demo {

Status addDemoAssessments(store::Project& project, const std::string& catalogueDir, const Clock& clock);

} // namespace sa::demo
