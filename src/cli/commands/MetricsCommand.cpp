#include "MetricsCommand.h"

#include "CommandSupport.h"
#include "common/Text.h"
#include "metrics/Metrics.h"

#include <ostream>

namespace sa::cli {

std::vector<OptionSpec> MetricsCommand::options() const
{
    return { { "json", false, "", "print JSON on stdout" },
        { "from", true, "DATE", "first day of the period (default: W, the 12 months ending at as_of)" },
        { "to", true, "DATE", "last day of the period; open-deal snapshots are taken at its end" },
        { "pipeline", true, "NAME", "only deals of this pipeline (stages.pipeline_name)" },
        { "manager", true, "NAME", "only deals owned by this manager" },
        { "sales-channel", true, "NAME", "only deals of this sales channel" },
        { "source", true, "NAME", "only deals of this lead source (channel)" } };
}

namespace {

/// Resolves the name filters against the loaded data; a name that matches nothing is a usage error.
Status applyFilters(const ParsedArgs& args, const metrics::AuditData& d, metrics::MetricsFilter& f)
{
    f.pipeline = args.get("pipeline");
    f.salesChannel = args.get("sales-channel");
    auto find = [](const auto& rows, const std::string& name) -> std::optional<metrics::Row> {
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (text::matchKey(rows[i].name) == text::matchKey(name))
                return static_cast<metrics::Row>(i);
        return std::nullopt;
    };
    if (auto m = args.get("manager")) {
        f.manager = find(d.managers, *m);
        if (!f.manager)
            return Error::usage("--manager: no manager named \"" + *m + "\" in the project");
    }
    if (auto s = args.get("source")) {
        f.source = find(d.channels, *s);
        if (!f.source)
            return Error::usage("--source: no lead source named \"" + *s + "\" in the project");
    }
    return {};
}

void printText(std::ostream& out, const metrics::Json& j)
{
    auto num = [](const metrics::Json& v) { return v.is_null() ? std::string("n/a") : v.dump(); };
    if (j["period"].is_null()) {
        out << "No metrics: " << j["period_reason"].get<std::string>() << "\n";
        return;
    }
    out << "Period " << j["period"]["from"].get<std::string>() << " .. " << j["period"]["to"].get<std::string>()
        << ", revenue basis " << j["revenue_basis"].get<std::string>() << "\n\nFunnel ("
        << j["funnel"]["pipeline"].get<std::string>() << "):\n";
    for (const auto& s : j["funnel"]["stages"])
        out << "  " << s["name"].get<std::string>() << ": " << s["reached"] << " reached, " << num(s["conv_prev"])
            << " of previous, " << num(s["conv_first"]) << " of first, Markov p(win) " << num(s["markov_p_win"])
            << "\n";
    out << "  overall conversion " << num(j["funnel"]["overall_conversion"]) << "; stalled "
        << j["funnel"]["stalled"]["count"] << " (" << num(j["funnel"]["stalled"]["share"]) << ")\n"
        << "Win rate " << num(j["win_rate"]["value"]) << "; NPS " << num(j["nps"]["score"]) << " ("
        << j["nps"]["responses"] << " responses); retention " << num(j["retention"]["crr"]) << "\n\nManagers:\n";
    for (const auto& m : j["by_manager"])
        out << "  " << m["manager"].get<std::string>() << ": " << m["won"] << " won / " << m["lost"]
            << " lost, win rate " << num(m["win_rate"]) << ", won " << num(m["won_amount"]) << "\n";
    out << "\nLead sources:\n";
    for (const auto& s : j["by_source"])
        out << "  " << (s["source"].is_null() ? "(none)" : s["source"].get<std::string>()) << ": " << s["leads"]
            << " leads, " << s["won"] << " won, ROI " << num(s["roi"]) << "\n";
}

} // namespace

int MetricsCommand::run(const ParsedArgs& args, Context& ctx)
{
    if (args.positional.size() != 1)
        return usageError(ctx, *this, "expected exactly one PROJECT path");
    const auto period = periodOptions(args);
    if (!period)
        return usageError(ctx, *this, period.error().message);
    const auto& [from, to] = *period;
    auto project = openProject(args.positional[0], store::OpenMode::ReadOnly);
    if (!project)
        return fail(ctx, project.error());
    auto params = Params::loadFile(Params::defaultCatalogueDir() + "/refs.json");
    if (!params)
        return fail(ctx, params.error());
    auto data = metrics::AuditData::load(*project, *params);
    if (!data)
        return fail(ctx, data.error());
    metrics::MetricsOptions options;
    if (from)
        options.period = metrics::Period::ofDays(*from, *to);
    if (auto s = applyFilters(args, *data, options.filter); !s)
        return usageError(ctx, *this, s.error().message);
    const auto result = metrics::computeMetrics(*data, options);
    if (args.has("json"))
        ctx.out << result.json.dump(2) << "\n";
    else
        printText(ctx.out, result.json);
    return ExitOk;
}

} // namespace sa::cli
