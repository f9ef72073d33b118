#include "Measurement.h"

#include <algorithm>

namespace sa::scoring {

nlohmann::json rowSetsJson(const std::vector<RowSet>& sets, std::size_t cap)
{
    auto out = nlohmann::json::array();
    for (const RowSet& set : sets) {
        const auto& all = *set.ids;
        const std::size_t n = cap == 0 ? all.size() : std::min(all.size(), cap);
        std::vector<std::int64_t> head(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n));
        out.push_back({ { "label", set.label }, { "table", set.table }, { "ids", head }, { "total", all.size() } });
    }
    return out;
}

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
