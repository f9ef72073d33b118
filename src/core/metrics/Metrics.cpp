#include "metrics/Metrics.h"

#include "metrics/MetricsFamilies.h"
#include "metrics/TwoThreads.h"

#include <map>

namespace sa::metrics {

bool MetricsFilter::matches(const AuditData& d, const Deal& deal) const
{
    if (manager && deal.owner != *manager)
        return false;
    if (source && deal.channel != *source)
        return false;
    if (salesChannel && (deal.salesChannel == kNone || d.texts.text(deal.salesChannel) != *salesChannel))
        return false;
    if (pipeline && (deal.stage == kNone || d.stages[static_cast<std::size_t>(deal.stage)].pipelineName != *pipeline))
        return false;
    return true;
}

namespace {

/// The funnel's pipeline: the filter's, else the one holding the most acquisition deals
/// (`perStage`: acquisition deals per stage row, summed here per pipeline name).
std::string mainPipeline(const AuditData& d, const MetricsFilter& f, const std::vector<std::int64_t>& perStage)
{
    if (f.pipeline)
        return *f.pipeline;
    std::map<std::string, std::int64_t> count;
    for (std::size_t s = 0; s < perStage.size(); ++s)
        if (perStage[s] > 0)
            count[d.stages[s].pipelineName] += perStage[s];
    std::string best;
    std::int64_t most = -1;
    for (const auto& [name, n] : count)
        if (n > most) {
            most = n;
            best = name;
        }
    return best;
}

MetricsResult emptyResult(const AuditData& d)
{
    MetricsResult r;
    const std::string why = "no dated rows in the project (nothing imported yet)";
    r.json["period"] = nullptr;
    r.json["period_reason"] = why;
    r.json["revenue_basis"] = d.revenue.basisName();
    for (const char* key :
        { "funnel", "pipeline", "activities", "results", "win_rate", "by_manager", "by_source", "nps", "ltv", "abc_xyz",
            "retention", "concentration", "dormant", "client_base", "personnel", "forecast" }) {
        r.json[key] = nullptr;
        r.json[std::string(key) + "_reason"] = why;
    }
    return r;
}

/// Deal rows [begin, end) sorted out for Ctx: the filter's deals, their period subsets, and the
/// acquisition deals per stage row (every deal) that choose the funnel's pipeline.
struct DealSplit {
    std::vector<Row> deals, created, closed, open;
    std::vector<std::int64_t> perStage;
};

DealSplit sortOut(const detail::Ctx& c, std::size_t begin, std::size_t end)
{
    DealSplit s { {}, {}, {}, {}, std::vector<std::int64_t>(c.d.stages.size(), 0) };
    for (std::size_t i = begin; i < end; ++i) {
        const Deal& deal = c.d.deals[i];
        if (deal.stage != kNone && deal.isAcquisition())
            ++s.perStage[static_cast<std::size_t>(deal.stage)];
        if (c.filtered && !c.filter.matches(c.d, deal))
            continue;
        const auto r = static_cast<Row>(i);
        s.deals.push_back(r);
        if (c.period.contains(deal.createdAt))
            s.created.push_back(r);
        if (deal.closedIn(c.period))
            s.closed.push_back(r);
        if (deal.openAt(c.snapshot))
            s.open.push_back(r);
    }
    return s;
}

/// The one pass over all deals (its two halves on two threads), then the pipeline and the cohort.
detail::Ctx makeCtx(const AuditData& data, const MetricsOptions& options, const Period& period)
{
    const auto& f = options.filter;
    detail::Ctx c { data, f, period, AuditWindow::at(period.to, data.window().asOfFromAudit), period.to, {}, {}, {}, {},
        {}, {}, f.manager || f.source || f.salesChannel || f.pipeline };
    const std::size_t mid = data.deals.size() / 2;
    DealSplit a, b;
    runOnTwoThreads({ [&] { a = sortOut(c, 0, mid); }, [&] { b = sortOut(c, mid, data.deals.size()); } });
    auto join = [](std::vector<Row>& to, std::vector<Row>& first, const std::vector<Row>& second) {
        to = std::move(first);
        to.insert(to.end(), second.begin(), second.end());
    };
    join(c.deals, a.deals, b.deals);
    join(c.created, a.created, b.created);
    join(c.closed, a.closed, b.closed);
    join(c.open, a.open, b.open);
    std::vector<std::int64_t> perStage = std::move(a.perStage);
    for (std::size_t s = 0; s < perStage.size(); ++s)
        perStage[s] += b.perStage[s];
    c.pipeline = mainPipeline(data, f, perStage);
    c.cohort = detail::cohortOf(c);
    return c;
}

/// The families' results, filled by the tasks of runFamilies (each task its own members).
struct Sections {
    detail::Markov markov;
    detail::FunnelCounts counts;
    std::vector<detail::ManagerStats> people;
    Json clNps, clValue, clAbc, clBase, stalled, qualification, cycle, pipeline, activities, results, winRate,
        byManager, bySource, personnel, forecast;
};

/// The families only read `c` and run as tasks on two threads, longest first (figures: docs/PERFORMANCE.md).
void runFamilies(const detail::Ctx& c, Sections& s)
{
    runOnTwoThreads({
        [&] { s.counts.medianDaysInStage = detail::stageStays(c); },
        [&] { s.clAbc = detail::clientsAbcXyz(c); },
        [&] {
            s.people = detail::managerStats(c);
            s.activities = detail::activities(c, s.people);
            s.byManager = detail::byManager(c, s.people);
            s.personnel = detail::personnel(c, s.people);
        },
        [&] {
            s.markov = detail::markovChain(c);
            s.pipeline = detail::pipeline(c, s.markov);
        },
        [&] { s.clBase = detail::clientsBase(c); },
        [&] { s.clValue = detail::clientsValue(c); },
        [&] { s.bySource = detail::bySource(c); },
        [&] { s.clNps = detail::clientsNps(c); },
        [&] { s.qualification = detail::qualification(c); },
        [&] { detail::countReach(c, s.counts); }, // the members stageStays does not write
        [&] { s.cycle = detail::cycle(c); },
        [&] { s.results = detail::results(c); },
        [&] { s.winRate = detail::winRate(c); },
        [&] { s.stalled = detail::stalled(c); },
        [&] { s.forecast = detail::forecast(c); },
    });
}

/// The sections in the documented order, whatever order the tasks finished in.
void putSections(Json& j, const detail::Ctx& c, Sections& s)
{
    j["funnel"]
        = detail::funnel(c, s.counts, s.markov, std::move(s.stalled), std::move(s.qualification), std::move(s.cycle));
    j["pipeline"] = std::move(s.pipeline);
    j["activities"] = std::move(s.activities);
    j["results"] = std::move(s.results);
    j["win_rate"] = std::move(s.winRate);
    j["by_manager"] = std::move(s.byManager);
    j["by_source"] = std::move(s.bySource);
    Json cl = std::move(s.clNps);
    for (auto* part : { &s.clValue, &s.clAbc, &s.clBase })
        cl.update(std::move(*part));
    for (const char* key : { "nps", "ltv", "abc_xyz", "retention", "concentration", "dormant", "client_base" })
        j[key] = std::move(cl[key]);
    j["personnel"] = std::move(s.personnel);
    j["forecast"] = std::move(s.forecast);
}

} // namespace

MetricsResult computeMetrics(const AuditData& data, const MetricsOptions& options)
{
    if (!data.hasWindow() && !options.period)
        return emptyResult(data);
    const Period period = options.period ? *options.period : data.window().w;
    const detail::Ctx c = makeCtx(data, options, period);
    MetricsResult r;
    auto& j = r.json;
    j["period"] = { { "from", period.fromText() }, { "to", period.toText() } };
    j["as_of"] = data.hasWindow() ? Json(formatDate(data.window().asOf)) : Json(nullptr);
    j["currency"] = data.currency.code;
    j["revenue_basis"] = data.revenue.basisName();
    j["gm"] = { { "source", toString(data.gm.source) } };
    putNumber(j["gm"], "value", data.gm.known() ? std::optional<double>(data.gm.value) : std::nullopt,
        "no financials, no order gross profit and no refs gm");
    Sections sections;
    runFamilies(c, sections);
    putSections(j, c, sections);
    return r;
}

} // namespace sa::metrics
