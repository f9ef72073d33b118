#include "DashboardJob.h"

#include "DashboardKpis.h"
#include "report/dashboards/DashboardCharts.h"

#include <QCollator>
#include <QElapsedTimer>
#include <algorithm>
#include <exception>

namespace sa::app {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

bool stillWanted(const DashboardInput& in)
{
    return !in.wanted || in.wanted->load() == in.serial;
}

void sortByName(QList<QPair<qint64, QString>>& list)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(list.begin(), list.end(),
        [&](const auto& a, const auto& b) { return collator.compare(a.second, b.second) < 0; });
}

bool hasDealFilters(const DashboardFilters& f)
{
    return f.pipeline || f.managerId || f.salesChannel || f.sourceId;
}

void computeInto(DashboardOutcome& out, const DashboardInput& in)
{
    auto options = metricsOptionsFor(*out.data, in.filters);
    if (!options) {
        out.error = fromStd(options.error().message);
        return;
    }
    auto result = metrics::computeMetrics(*out.data, *options);
    const std::string currency = out.data->currencyCode;
    out.period = options->period.value_or(out.data->hasWindow() ? out.data->window().w : metrics::Period {});
    const auto lang = in.language == QLatin1String("ru") ? report::Language::Ru : report::Language::En;
    out.charts.push_back({ QStringLiteral("kpi"),
        DashboardKpis::tiles(result.json, fromStd(currency), in.language, hasDealFilters(in.filters)), {} });
    for (report::DashboardChart& c : report::dashboardCharts(result, lang))
        out.charts.push_back({ fromStd(c.id), std::move(c.spec), std::move(c.note) });
    out.metrics = std::make_shared<const metrics::Json>(std::move(result.json));
}

} // namespace

FilterChoices filterChoicesOf(const metrics::AuditData& data)
{
    FilterChoices c;
    for (const std::string& name : data.pipelineNames())
        c.pipelines << fromStd(name);
    for (const metrics::Manager& m : data.managers)
        c.managers.append({ m.id, fromStd(m.name) });
    for (const metrics::Channel& ch : data.channels)
        c.sources.append({ ch.id, fromStd(ch.name) });
    sortByName(c.managers);
    sortByName(c.sources);
    std::vector<bool> used(data.texts.size(), false);
    for (const metrics::Deal& d : data.deals)
        if (d.salesChannel != metrics::kNone)
            used[static_cast<std::size_t>(d.salesChannel)] = true;
    for (std::size_t i = 0; i < used.size(); ++i)
        if (used[i] && !data.texts.values()[i].empty())
            c.salesChannels << fromStd(data.texts.values()[i]);
    QCollator collator;
    std::sort(c.salesChannels.begin(), c.salesChannels.end(),
        [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return c;
}

Result<metrics::MetricsOptions> metricsOptionsFor(const metrics::AuditData& data, const DashboardFilters& f)
{
    metrics::MetricsOptions o;
    if (f.from && f.to)
        o.period = metrics::Period::ofDays(startOfDay(*f.from), startOfDay(*f.to));
    if (f.pipeline)
        o.filter.pipeline = f.pipeline->toStdString();
    if (f.salesChannel)
        o.filter.salesChannel = f.salesChannel->toStdString();
    if (f.managerId) {
        const metrics::Row row = data.managerRow(*f.managerId);
        if (row == metrics::kNone)
            return Error::usage("the chosen manager is no longer in the project");
        o.filter.manager = row;
    }
    if (f.sourceId) {
        const metrics::Row row = data.channelRow(*f.sourceId);
        if (row == metrics::kNone)
            return Error::usage("the chosen lead source is no longer in the project");
        o.filter.source = row;
    }
    return o;
}

DashboardOutcome runDashboardJob(const DashboardInput& in)
{
    DashboardOutcome out;
    out.serial = in.serial;
    out.path = in.path;
    out.filters = in.filters;
    out.data = in.data;
    out.loadMs = in.loadMs;
    if (!out.data) {
        out.error = QStringLiteral("the audit's data is not loaded");
        return out;
    }
    try {
        out.choices = filterChoicesOf(*out.data);
        if (!stillWanted(in)) {
            out.superseded = true;
            return out;
        }
        QElapsedTimer timer;
        timer.start();
        computeInto(out, in);
        out.computeMs = double(timer.nsecsElapsed()) / 1e6;
    } catch (const std::exception& e) {
        // Allocation failure or a library exception: reported, never escaping the worker thread.
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace sa::app
