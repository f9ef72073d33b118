#pragma once
// An action of the audit's action plan (spec §7), as stored in table `actions`.
#include "common/DateTime.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sa::plan {

enum class Horizon { QuickWin, ThreeMonths, OneYear, ThreeYears };
enum class ActionStatus { Proposed, Planned, InProgress, Done, Dropped };

[[nodiscard]] const char* toString(Horizon h) noexcept; ///< "QW", "3M", "1Y", "3Y"
[[nodiscard]] const char* toString(ActionStatus s) noexcept; ///< "proposed", "planned", ...
[[nodiscard]] std::optional<Horizon> parseHorizon(std::string_view s) noexcept;
[[nodiscard]] std::optional<ActionStatus> parseActionStatus(std::string_view s) noexcept;

struct ActionRecord {
    std::int64_t id = 0; ///< 0 until stored
    std::vector<std::string> criteria; ///< criterion ids it addresses
    std::string catalogueAction; ///< "P4.1" for generated actions, empty for the consultant's own
    std::string text;
    Horizon horizon = Horizon::ThreeMonths;
    std::string ownerRole; ///< "ROP", "MKT+ROP", ...
    std::string ownerName; ///< the person, once the consultant names one
    std::string targetKpi;
    std::optional<double> expectedEffect; ///< per year, audit currency (the criterion's impact)
    std::string effectKind; ///< "calc", "expert" or empty
    std::vector<std::string> prerequisites; ///< criterion ids whose actions come first
    ActionStatus status = ActionStatus::Proposed;
    int priority = 0; ///< 1 = first; the plan's order
    std::optional<LocalSeconds> dueDate;
    bool userOrigin = false; ///< added by the consultant (kept when regenerating)
};

} // namespace sa::plan
