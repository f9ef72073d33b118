#include "Drill.h"

#include "scoring/measures/MeasureAll.h"

#include <algorithm>
#include <cctype>

namespace sa::scoring {

namespace {

Result<std::string> catalogueId(const ScoringSetup& setup, std::string id)
{
    std::transform(
        id.begin(), id.end(), id.begin(), [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    if (!setup.catalogue.find(id))
        return Error::usage("unknown criterion '" + id + "': expected an id of the catalogue such as P4 or C1");
    return id;
}

} // namespace

Result<Drill> drillRows(const store::Project& project, const ScoringSetup& setup, const std::string& criterionId)
{
    auto id = catalogueId(setup, criterionId);
    if (!id)
        return id.error();
    auto data = metrics::AuditData::load(project, setup.params);
    if (!data)
        return data.error();
    return drillRows(project, setup, *data, *id);
}

Result<Drill> drillRows(const store::Project& project, const ScoringSetup& setup, const metrics::AuditData& data,
    const std::string& criterionId)
{
    auto id = catalogueId(setup, criterionId);
    if (!id)
        return id.error();
    auto measurements = measureAll(project, data, setup.params);
    if (!measurements)
        return measurements.error();
    Drill out { *id, {} };
    for (auto& m : *measurements)
        if (m.criterionId == *id)
            out.sets = std::move(m.rows);
    return out;
}

} // namespace sa::scoring
