#include "AuditScore.h"

#include "scoring/ScoreEngine.h"
#include "scoring/measures/MeasureAll.h"

namespace sa::report {

namespace {

/// GP(W) of spec §2 as scoring::scoreProject states it (ScoreProject.cpp keeps this private; the
/// report's test "scoreAudit equals scoreProject" guards that both stay the same).
scoring::ImpactBase impactBaseOf(const metrics::AuditData& data)
{
    scoring::ImpactBase b;
    if (!data.hasWindow())
        return b;
    const auto& w = data.window().w;
    b.periodFrom = w.fromText();
    b.periodTo = w.toText();
    if (const Minor rev = data.revenue.total(w); rev > 0)
        b.revenue = toMajor(rev, data.currency);
    if (data.gm.known()) {
        b.gm = data.gm.value;
        b.gmSource = metrics::toString(data.gm.source);
    }
    return b;
}

} // namespace

Result<scoring::ScoreResult> scoreAudit(
    const store::Project& project, const scoring::ScoringSetup& setup, const metrics::AuditData& data)
{
    auto measurements = scoring::measureAll(project, data, setup.params);
    if (!measurements)
        return measurements.error();
    return scoring::score(
        setup.catalogue, setup.params, setup.variant, *measurements, setup.assessments, impactBaseOf(data));
}

} // namespace sa::report
