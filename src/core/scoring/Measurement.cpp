#include "Measurement.h"

namespace sa::scoring {

const char* toString(Reason r) noexcept
{
    switch (r) {
    case Reason::None:
        return "";
    case Reason::NoData:
        return "no_data";
    case Reason::InsufficientSample:
        return "insufficient_sample";
    case Reason::NoEvidence:
        return "no_evidence";
    case Reason::NotApplicable:
        return "not_applicable";
    case Reason::Pending:
        return "pending";
    }
    return "";
}

const char* toString(Status s) noexcept
{
    switch (s) {
    case Status::Green:
        return "green";
    case Status::Yellow:
        return "yellow";
    case Status::Red:
        return "red";
    case Status::NotAssessed:
        return "not_assessed";
    }
    return "not_assessed";
}

} // namespace sa::scoring
