#include "DashboardKpis.h"

#include "charts/NumberFormat.h"
#include "report/dashboards/DashboardCharts.h"

#include <QCoreApplication>
#include <vector>

namespace sa::app {

namespace {

QString reasonText(const std::string& reason, const QString& language)
{
    return report::metricsReasonText(
        reason, language == QLatin1String("ru") ? report::Language::Ru : report::Language::En);
}

/// One tile: the number at `path` × `scale` with `decimals`; the note, or the engine's reason when null.
struct TileDef {
    std::vector<const char*> path;
    double scale = 1;
    int decimals = 0;
    QString caption, unit, note;
};

charts::KpiTile tile(const metrics::Json& m, const TileDef& d, const QString& language)
{
    charts::KpiTile t;
    t.caption = d.caption;
    t.unit = d.unit;
    t.decimals = d.decimals;
    if (const auto v = metricNumber(m, d.path)) {
        t.value = *v * d.scale;
        t.note = d.note;
    } else {
        t.note = reasonText(metricReason(m, d.path), language);
    }
    return t;
}

QString count(const metrics::Json& m, const std::vector<const char*>& path, const QString& language)
{
    const auto v = metricNumber(m, path);
    return v ? charts::formatNumber(*v, 0, charts::NumberFormat::forLanguage(language)) : QStringLiteral("—");
}

} // namespace

std::optional<double> metricNumber(const metrics::Json& metrics, const std::vector<const char*>& path)
{
    const metrics::Json* j = &metrics;
    for (const char* key : path) {
        if (!j->is_object())
            return std::nullopt;
        const auto it = j->find(key);
        if (it == j->end())
            return std::nullopt;
        j = &*it;
    }
    if (!j->is_number())
        return std::nullopt;
    return j->get<double>();
}

std::string metricReason(const metrics::Json& metrics, const std::vector<const char*>& path)
{
    // Walk down as far as the objects go; the deepest "<key>_reason" found on the way explains the null.
    const metrics::Json* j = &metrics;
    std::string reason = "not computed";
    for (const char* key : path) {
        if (!j->is_object())
            break;
        const auto r = j->find(std::string(key) + "_reason");
        if (r != j->end() && r->is_string())
            reason = r->get<std::string>();
        const auto it = j->find(key);
        if (it == j->end())
            break;
        j = &*it;
    }
    return reason;
}

charts::KpiTiles DashboardKpis::tiles(
    const metrics::Json& m, const QString& currency, const QString& language, bool dealFilters)
{
    charts::KpiTiles k;
    k.title = tr("Key figures");
    const QString pct = QStringLiteral("%");
    const TileDef defs[] = {
        { { "win_rate", "value" }, 100, 1, tr("Win rate"), pct,
            tr("%1 won, %2 lost")
                .arg(count(m, { "win_rate", "won" }, language), count(m, { "win_rate", "lost" }, language)) },
        { { "funnel", "overall_conversion" }, 100, 1, tr("Overall conversion"), pct,
            tr("of %1 deals created").arg(count(m, { "funnel", "deals" }, language)) },
        { { "funnel", "stalled", "share" }, 100, 1, tr("Stalled deals"), pct,
            tr("%1 of %2 open deals")
                .arg(count(m, { "funnel", "stalled", "count" }, language),
                    count(m, { "funnel", "stalled", "open" }, language)) },
        { { "funnel", "stalled", "amount" }, 1, 0, tr("Stalled amount"), currency, tr("in stalled deals") },
        { { "nps", "score" }, 1, 0, tr("NPS"), {}, tr("%1 responses").arg(count(m, { "nps", "responses" }, language)) },
        { { "results", "plan_fulfilment" }, 100, 1, tr("Plan fulfilment"), pct, tr("revenue against the plan") },
    };
    for (const TileDef& d : defs)
        k.tiles.push_back(tile(m, d, language));
    if (dealFilters) // answers and plans belong to the company, not to the filtered deals
        for (std::size_t i : { std::size_t(4), std::size_t(5) })
            if (k.tiles[i].value)
                k.tiles[i].note = tr("%1 (company-wide)").arg(k.tiles[i].note);
    return k;
}

} // namespace sa::app
