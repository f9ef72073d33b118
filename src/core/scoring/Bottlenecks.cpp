#include "Bottlenecks.h"

#include <algorithm>

namespace sa::scoring {

namespace {

const Measurement* findMeasurement(const std::vector<Measurement>& ms, const std::string& id)
{
    for (const auto& m : ms)
        if (m.criterionId == id)
            return &m;
    return nullptr;
}

double expertShare(char cls, const Params& params)
{
    return cls == 'H' ? params.number("impact_class_high", 0.05)
        : cls == 'M'  ? params.number("impact_class_medium", 0.02)
                      : params.number("impact_class_low", 0.005);
}

Bottleneck candidate(const Criterion& c, const CriterionResult& r, const Params& params, const Measurement* m,
    const evidence::CriterionAssessment* a, const ImpactBase& base)
{
    Bottleneck b;
    b.id = c.id;
    b.status = r.status;
    b.weight = c.weight;
    b.partial = r.partial;
    if (c.impactKind == ImpactKind::Calc && m && m->impact) {
        b.impactKind = "calc";
        b.impact = std::max(0.0, *m->impact);
        b.revenueBasis = m->impactOnRevenueBasis;
        b.partial = b.partial || m->impactPartial;
        const double limit = params.number("outlier_share_of_revenue", 0.3);
        b.outlier = base.revenue && *b.impact > limit * *base.revenue;
        if (b.outlier && !(a && a->outlierConfirmed))
            return b; // rank stays 0 until the consultant confirms it
    } else {
        b.impactKind = "expert";
        b.impactClassDefault = !(a && a->impactClass);
        b.expertClass = a && a->impactClass ? *a->impactClass : (r.status == Status::Red ? 'M' : 'L');
        b.revenueBasis = !base.gm;
        if (auto gp = base.grossProfit())
            b.impact = expertShare(*b.expertClass, params) * *gp;
    }
    if (b.impact)
        b.priority = c.weight * *b.impact;
    b.rank = -1; // ranked below
    return b;
}

} // namespace

void rankBottlenecks(const Catalogue& catalogue, const Params& params, const std::vector<Measurement>& measurements,
    const evidence::Assessments& assessments, ScoreResult& out)
{
    std::vector<Bottleneck> ranked;
    for (const auto& r : out.criteria) {
        const Criterion* c = catalogue.find(r.id);
        if (!c)
            continue;
        if (r.weight == 3 && r.status == Status::NotAssessed)
            out.blindSpots.push_back(r.id);
        if ((r.status != Status::Red && r.status != Status::Yellow) || c->impactKind == ImpactKind::Outcome)
            continue;
        auto b = candidate(*c, r, params, findMeasurement(measurements, r.id), assessments.find(r.id), out.base);
        (b.rank == 0 ? out.unranked : ranked).push_back(std::move(b));
    }
    std::sort(ranked.begin(), ranked.end(), [&](const Bottleneck& x, const Bottleneck& y) {
        if (x.priority.has_value() != y.priority.has_value())
            return x.priority.has_value(); // unknown money basis goes last
        if (x.priority && *x.priority != *y.priority)
            return *x.priority > *y.priority;
        if (x.status != y.status)
            return x.status == Status::Red;
        if (x.weight != y.weight)
            return x.weight > y.weight;
        return catalogue.indexOf(x.id) < catalogue.indexOf(y.id);
    });
    for (std::size_t i = 0; i < ranked.size(); ++i)
        ranked[i].rank = static_cast<int>(i + 1);
    out.bottlenecks = std::move(ranked);
}

} // namespace sa::scoring
