#include "metrics/Metrics.h"

#include "metrics/MetricsFamilies.h"

#include <map>
#include <thread>

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

/// The funnel's pipeline: the filter's, else the one holding the most acquisition deals.
std::string mainPipeline(const AuditData& d, const MetricsFilter& f)
{
    if (f.pipeline)
        return *f.pipeline;
    std::map<std::string, std::int64_t> count;
    for (const auto& deal : d.deals)
        if (deal.stage != kNone && deal.isAcquisition())
            ++count[d.stages[static_cast<std::size_t>(deal.stage)].pipelineName];
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

} // namespace

MetricsResult computeMetrics(const AuditData& data, const MetricsOptions& options)
{
    if (!data.hasWindow() && !options.period)
        return emptyResult(data);
    const Period period = options.period ? *options.period : data.window().w;
    detail::Ctx c { data, options.filter, period, AuditWindow::at(period.to, data.window().asOfFromAudit), period.to,
        {}, {} };
    for (std::size_t i = 0; i < data.deals.size(); ++i)
        if (options.filter.matches(data, data.deals[i]))
            c.deals.push_back(static_cast<Row>(i));
    c.pipeline = mainPipeline(data, options.filter);
    MetricsResult r;
    auto& j = r.json;
    j["period"] = { { "from", period.fromText() }, { "to", period.toText() } };
    j["as_of"] = data.hasWindow() ? Json(formatDate(data.window().asOf)) : Json(nullptr);
    j["currency"] = data.currency.code;
    j["revenue_basis"] = data.revenue.basisName();
    j["gm"] = { { "source", toString(data.gm.source) } };
    putNumber(j["gm"], "value", data.gm.known() ? std::optional<double>(data.gm.value) : std::nullopt,
        "no financials, no order gross profit and no refs gm");
    // The families only read `c`: the client families, activities, results, lead sources, personnel
    // and forecast run on a second thread (≈ half the work at 1M deals, the Markov chain and the
    // funnel being the other half); keys are inserted in the same order as before, so the JSON is
    // byte-identical.
    Json cl, activities, results, bySource, personnel, forecast;
    std::thread other([&] {
        cl = detail::clients(c);
        activities = detail::activities(c);
        results = detail::results(c);
        bySource = detail::bySource(c);
        personnel = detail::personnel(c);
        forecast = detail::forecast(c);
    });
    const auto markov = detail::markovChain(c);
    Json funnel = detail::funnel(c, markov), pipeline = detail::pipeline(c, markov);
    Json winRate = detail::winRate(c), byManager = detail::byManager(c);
    other.join();
    j["funnel"] = std::move(funnel);
    j["pipeline"] = std::move(pipeline);
    j["activities"] = std::move(activities);
    j["results"] = std::move(results);
    j["win_rate"] = std::move(winRate);
    j["by_manager"] = std::move(byManager);
    j["by_source"] = std::move(bySource);
    for (const char* key : { "nps", "ltv", "abc_xyz", "retention", "concentration", "dormant", "client_base" })
        j[key] = std::move(cl[key]);
    j["personnel"] = std::move(personnel);
    j["forecast"] = std::move(forecast);
    return r;
}

} // namespace sa::metrics
