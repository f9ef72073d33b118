#include "Action.h"

namespace sa::plan {

const char* toString(Horizon h) noexcept
{
    switch (h) {
    case Horizon::QuickWin:
        return "QW";
    case Horizon::ThreeMonths:
        return "3M";
    case Horizon::OneYear:
        return "1Y";
    case Horizon::ThreeYears:
        return "3Y";
    }
    return "3M";
}

const char* toString(ActionStatus s) noexcept
{
    switch (s) {
    case ActionStatus::Proposed:
        return "proposed";
    case ActionStatus::Planned:
        return "planned";
    case ActionStatus::InProgress:
        return "in_progress";
    case ActionStatus::Done:
        return "done";
    case ActionStatus::Dropped:
        return "dropped";
    }
    return "proposed";
}

std::optional<Horizon> parseHorizon(std::string_view s) noexcept
{
    for (Horizon h : { Horizon::QuickWin, Horizon::ThreeMonths, Horizon::OneYear, Horizon::ThreeYears })
        if (s == toString(h))
            return h;
    return std::nullopt;
}

std::optional<ActionStatus> parseActionStatus(std::string_view s) noexcept
{
    for (ActionStatus a : { ActionStatus::Proposed, ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
             ActionStatus::Dropped })
        if (s == toString(a))
            return a;
    return std::nullopt;
}

} // namespace sa::plan
