#include "scoring/measures/MeasureAll.h"

#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <functional>

namespace sa::scoring {

namespace measures {

std::optional<double> assessedValue(const Measurement& m, const std::string& key)
{
    if (m.parts.empty() || m.parts.front().reason != Reason::None)
        return std::nullopt;
    for (const auto& i : m.parts.front().indicators)
        if (i.key == key)
            return i.value;
    return std::nullopt;
}

namespace {

/// Catalogue order of the measured criteria and their parts.
const std::vector<std::pair<std::string, std::vector<std::string>>>& measuredCriteria()
{
    static const std::vector<std::pair<std::string, std::vector<std::string>>> ids = { { "P3", { "main" } },
        { "P4", { "main" } }, { "P5", { "main" } }, { "P6", { "main" } }, { "P9", { "main" } }, { "M1", { "main" } },
        { "M3", { "main" } }, { "M4", { "main" } }, { "M5", { "main" } }, { "M6", { "main" } }, { "M7", { "main" } },
        { "M8", { "A", "B" } }, { "C1", { "main" } }, { "C2", { "main" } }, { "C3", { "main" } }, { "C4", { "main" } },
        { "C5", { "main" } }, { "C6", { "main" } }, { "C7", { "main" } }, { "C9", { "main" } }, { "L1", { "main" } },
        { "L2", { "main" } }, { "L4", { "main" } }, { "L5", { "main" } }, { "L6", { "main" } }, { "L9", { "main" } },
        { "S2", { "main" } }, { "S5", { "main" } }, { "S8", { "main" } }, { "S9", { "A", "B" } } };
    return ids;
}

/// Without an as_of (no dated data at all) nothing can be measured.
std::vector<Measurement> allNoData()
{
    std::vector<Measurement> out;
    for (const auto& [id, parts] : measuredCriteria()) {
        Measurement m;
        m.criterionId = id;
        for (const auto& p : parts) {
            PartMeasurement part;
            part.id = p;
            notAssessed(part, Reason::NoData, "The project holds no dated records, so the audit window is unknown.");
            m.parts.push_back(part);
        }
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<Measurement> measureEverything(const MeasureContext& c)
{
    std::vector<Measurement> out;
    for (auto* fn : { measureP3, measureP4, measureP5, measureP6, measureP9, measureM1, measureM3, measureM4, measureM5,
             measureM6, measureM7, measureM8, measureC1, measureC2 })
        out.push_back(fn(c));
    auto c3 = measureC3(c);
    const auto crr = assessedValue(c3, "retention");
    out.push_back(std::move(c3));
    out.push_back(measureC4(c));
    out.push_back(measureC5(c, crr));
    out.push_back(measureC6(c, crr));
    out.push_back(measureC7(c));
    out.push_back(measureC9(c));
    auto l1 = measureL1(c);
    const auto attributed = assessedValue(l1, "attributed_share");
    out.push_back(std::move(l1));
    out.push_back(measureL2(c, attributed));
    for (auto* fn : { measureL4, measureL5, measureL6, measureL9, measureS2, measureS5, measureS8, measureS9 })
        out.push_back(fn(c));
    return out;
}

} // namespace
} // namespace measures

Result<std::vector<Measurement>> measureAll(const store::Project& project, const Params& params)
{
    auto data = metrics::AuditData::load(project, params);
    if (!data.ok())
        return data.error();
    return measureAll(project, *data, params);
}

Result<ExportFacts> readExportFacts(const store::Project& project)
{
    auto fields = measures::MeasureContext::readFields(project.db());
    if (!fields.ok())
        return fields.error();
    return ExportFacts { std::move(*fields) };
}

Result<std::vector<Measurement>> measureAll(
    const store::Project& project, const metrics::AuditData& data, const Params& params, const ExportFacts* facts)
{
    if (!data.hasWindow())
        return measures::allNoData();
    auto ctx = measures::MeasureContext::build(project, data, params, facts ? &facts->fields : nullptr);
    if (!ctx.ok())
        return ctx.error();
    return measures::measureEverything(*ctx);
}

} // namespace sa::scoring
