#include "ScoreProject.h"

#include "ScoreEngine.h"
#include "metrics/AuditData.h"
#include "scoring/measures/MeasureAll.h"

#include <filesystem>

namespace sa::scoring {

Result<ScoringSetup> loadScoringSetup(const store::Project& project, const std::string& catalogueDir)
{
    ScoringSetup s;
    auto cat = loadCatalogue(catalogueDir);
    if (!cat)
        return cat.error();
    s.catalogue = std::move(*cat);
    auto params = Params::loadFile((std::filesystem::path(catalogueDir) / "refs.json").string());
    if (!params)
        return params.error();
    s.params = std::move(*params);
    auto info = project.auditInfo();
    if (!info)
        return info.error();
    s.variant = info->variant;
    auto assessments = evidence::loadAssessments(project.db());
    if (!assessments)
        return assessments.error();
    s.assessments = std::move(*assessments);
    if (auto st = applyThresholdOverrides(s.catalogue, s.assessments.refOverrides); !st)
        return st.error();
    if (auto st = applyParamOverrides(s.params, s.assessments.refOverrides); !st)
        return st.error();
    return s;
}

namespace {

/// GP(W) of §2 from the metrics engine's revenue book and gross margin.
ImpactBase impactBase(const metrics::AuditData& data)
{
    ImpactBase b;
    if (!data.hasWindow())
        return b;
    const auto& w = data.window().w;
    b.periodFrom = w.fromText();
    b.periodTo = w.toText();
    const Minor rev = data.revenue.total(w);
    if (rev > 0)
        b.revenue = toMajor(rev, data.currency);
    if (data.gm.known()) {
        b.gm = data.gm.value;
        b.gmSource = metrics::toString(data.gm.source);
    }
    return b;
}

} // namespace

Result<ScoreResult> scoreProject(const store::Project& project, const std::string& catalogueDir)
{
    auto setup = loadScoringSetup(project, catalogueDir);
    if (!setup)
        return setup.error();
    auto data = metrics::AuditData::load(project, setup->params);
    if (!data)
        return data.error();
    return scoreProject(project, *setup, *data);
}

Result<ScoreResult> scoreProject(
    const store::Project& project, const ScoringSetup& setup, const metrics::AuditData& data, const ExportFacts* facts)
{
    auto measurements = measureAll(project, data, setup.params, facts);
    if (!measurements)
        return measurements.error();
    return score(setup.catalogue, setup.params, setup.variant, *measurements, setup.assessments, impactBase(data));
}

} // namespace sa::scoring
