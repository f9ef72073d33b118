#include "DashboardCharts.h"

#include "MetricsJson.h"
#include "charts/ChartStyle.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace sa::report {

using mj::currencyOf;
using mj::Json;
using mj::labelsOf;
using mj::nameOr;
using mj::noData;
using mj::pct;
using mj::pick;
using mj::sectionReason;

namespace {

/// Sorts parallel (category, value) lists by value, largest first.
void sortByValue(QStringList& cats, std::vector<double>& values)
{
    std::vector<std::size_t> idx(values.size());
    for (std::size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    QStringList c;
    std::vector<double> v;
    for (std::size_t i : idx) {
        c << cats[static_cast<qsizetype>(i)];
        v.push_back(values[i]);
    }
    cats = c;
    values = v;
}

/// Horizontal single-series bars of one per-row value; rows without it go to the note with their reason.
struct RowBars {
    const char* id;
    const Json& rows;
    const char* nameKey;
    const char* valueKey;
    charts::BarChart chart;
    double factor = 1; ///< e.g. 100 for a fraction printed in %
    bool money = false;
};

DashboardChart rowBars(RowBars in, const QString& currency, Language lang)
{
    QStringList cats, missing;
    std::vector<double> values;
    for (const Json& row : in.rows) {
        const QString name = nameOr(row, in.nameKey, lang);
        if (const auto v = mj::number(row, in.valueKey)) {
            cats << name;
            values.push_back(*v * in.factor);
        } else
            missing << mj::withReason(name, mj::reason(row, in.valueKey), lang);
    }
    if (cats.isEmpty())
        return noData(in.id, in.chart,
            in.rows.empty() ? pick(lang, "нет строк за период", "no rows for the period") : mj::leftOut(missing, lang));
    sortByValue(cats, values);
    if (in.money) {
        double maxAbs = 0;
        for (double v : values)
            maxAbs = std::max(maxAbs, std::abs(v));
        const mj::MoneyScale s = mj::moneyScale(maxAbs, currency, lang);
        for (double& v : values)
            v /= s.divisor;
        in.chart.valueAxisLabel = s.unit;
        in.chart.decimals = s.divisor > 1 ? 1 : 0;
    }
    in.chart.orientation = charts::Orientation::Horizontal;
    in.chart.categories = cats;
    in.chart.series.push_back({ in.chart.title, values, std::nullopt });
    return { in.id, std::move(in.chart), true, mj::leftOut(missing, lang) };
}

} // namespace

const std::vector<std::string>& dashboardChartIds()
{
    static const std::vector<std::string> ids { "funnel", "pipeline_manager_stage", "revenue_plan_forecast",
        "nps_by_month", "abc_xyz", "channel_roi", "channel_cpl", "activities_per_manager", "plan_by_manager" };
    return ids;
}

DashboardChart funnelChart(const metrics::MetricsResult& m, Language lang)
{
    charts::FunnelChart f;
    f.title = pick(lang, "Воронка продаж", "Sales funnel");
    f.secondaryLabel = pick(lang, "P(выигрыш), Марков", "P(win), Markov");
    const Json* fun = mj::object(m.json, "funnel");
    if (!fun)
        return noData("funnel", f, sectionReason(m, "funnel", lang));
    if (const QString p = mj::text(*fun, "pipeline"); !p.isEmpty())
        f.title += QStringLiteral(": ") + p;
    bool any = false;
    for (const Json& s : mj::array(*fun, "stages")) {
        const double reached = mj::number(s, "reached").value_or(0);
        any = any || reached > 0;
        f.stages.push_back({ mj::text(s, "name"), reached, std::nullopt, mj::number(s, "markov_p_win") });
    }
    if (!any)
        return noData("funnel", charts::FunnelChart { f.title, {}, f.secondaryLabel, 0, {} },
            pick(lang, "нет сделок, созданных в периоде", "no deals created in the period"));
    const Labels& l = labelsOf(lang);
    QString note = pick(lang, "Когорта: %1 сделок, созданных в периоде; конверсия в выигрыш %2.",
        "Cohort: %1 deals created in the period; %2 converted to won.")
                       .arg(l.number(mj::number(*fun, "deals").value_or(0)),
                           pct(mj::number(*fun, "overall_conversion").value_or(0), lang, 1));
    if (const Json* st = mj::object(*fun, "stalled"); st && mj::number(*st, "open"))
        note += QLatin1Char(' ')
            + pick(lang, "Зависших открытых сделок: %1 из %2.", "Stalled open deals: %1 of %2.")
                  .arg(l.number(mj::number(*st, "count").value_or(0)), l.number(*mj::number(*st, "open")));
    return { "funnel", std::move(f), true, note };
}

namespace {

/// Stages in pipeline order (by_stage) and the open amount per manager per stage (by_stage_manager).
struct PipelineGrid {
    QStringList stages;
    std::map<QString, std::vector<double>> byManager;
};

PipelineGrid pipelineGrid(const Json& pipe, Language lang)
{
    PipelineGrid g;
    for (const Json& s : mj::array(pipe, "by_stage"))
        g.stages << nameOr(s, "stage", lang);
    for (const Json& row : mj::array(pipe, "by_stage_manager")) {
        const qsizetype stage = g.stages.indexOf(nameOr(row, "stage", lang));
        if (stage < 0)
            continue;
        auto& v = g.byManager[nameOr(row, "manager", lang)];
        v.resize(static_cast<std::size_t>(g.stages.size()), 0.0);
        v[static_cast<std::size_t>(stage)] += mj::number(row, "amount").value_or(0);
    }
    return g;
}

} // namespace

DashboardChart pipelineChart(const metrics::MetricsResult& m, Language lang)
{
    charts::BarChart b;
    b.title = pick(lang, "Открытые сделки: менеджер × этап", "Open pipeline: manager × stage");
    b.mode = charts::BarMode::Stacked;
    b.orientation = charts::Orientation::Horizontal;
    b.showValues = false;
    const Json* pipe = mj::object(m.json, "pipeline");
    if (!pipe)
        return noData("pipeline_manager_stage", b, sectionReason(m, "pipeline", lang));
    const PipelineGrid g = pipelineGrid(*pipe, lang);
    std::vector<std::pair<double, QString>> order; // managers by total amount, largest first
    for (const auto& [name, v] : g.byManager)
        if (const double total = std::accumulate(v.begin(), v.end(), 0.0); total > 0)
            order.emplace_back(-total, name);
    std::sort(order.begin(), order.end());
    if (order.empty())
        return noData("pipeline_manager_stage", b,
            pick(lang, "нет открытых сделок с суммой на %1", "no open deals with an amount at %1")
                .arg(mj::text(*pipe, "as_of")));
    const mj::MoneyScale scale = mj::moneyScale(-order.front().first, currencyOf(m), lang);
    for (qsizetype s = 0; s < g.stages.size(); ++s) {
        charts::BarSeries series { g.stages[s], {}, std::nullopt };
        for (const auto& o : order)
            series.values.push_back(g.byManager.at(o.second)[static_cast<std::size_t>(s)] / scale.divisor);
        b.series.push_back(std::move(series));
    }
    for (const auto& o : order)
        b.categories << o.second;
    b.valueAxisLabel = scale.unit;
    b.decimals = 1;
    const Labels& l = labelsOf(lang);
    const QString cur = currencyOf(m);
    const QString note
        = pick(lang, "Открытых сделок на %1: %2 на %3, взвешенная по вероятности сумма %4.",
            "Open deals at %1: %2 worth %3, probability-weighted %4.")
              .arg(mj::text(*pipe, "as_of"), l.number(mj::number(*pipe, "count").value_or(0)),
                  l.money(mj::number(*pipe, "amount"), cur), l.money(mj::number(*pipe, "weighted_amount"), cur));
    return { "pipeline_manager_stage", std::move(b), true, note };
}

DashboardChart npsChart(const metrics::MetricsResult& m, Language lang)
{
    charts::BarChart b;
    b.title = pick(lang, "NPS по месяцам", "NPS by month");
    b.mode = charts::BarMode::Stacked;
    b.valueAxisLabel = pick(lang, "ответов", "responses");
    const Json* nps = mj::object(m.json, "nps");
    if (!nps)
        return noData("nps_by_month", b, sectionReason(m, "nps", lang));
    if (mj::number(*nps, "responses").value_or(0) <= 0 || mj::array(*nps, "by_month").empty())
        return noData("nps_by_month", b, pick(lang, "нет ответов NPS за период", "no NPS responses in the period"));
    const charts::Palette palette;
    const std::array<std::pair<const char*, QString>, 3> groups { {
        { "detractors", pick(lang, "Критики (0–6)", "Detractors (0–6)") },
        { "passives", pick(lang, "Нейтральные (7–8)", "Passives (7–8)") },
        { "promoters", pick(lang, "Сторонники (9–10)", "Promoters (9–10)") },
    } };
    const std::array<QColor, 3> colors { palette.red, palette.yellow, palette.green };
    for (std::size_t g = 0; g < groups.size(); ++g)
        b.series.push_back({ groups[g].second, {}, colors[g] });
    for (const Json& month : mj::array(*nps, "by_month")) {
        b.categories << mj::monthLabel(mj::text(month, "month"), lang);
        for (std::size_t g = 0; g < groups.size(); ++g)
            b.series[g].values.push_back(mj::number(month, groups[g].first).value_or(0));
    }
    const Labels& l = labelsOf(lang);
    const double score = mj::number(*nps, "score").value_or(0);
    b.title += QStringLiteral(" · NPS ") + (score > 0.5 ? QStringLiteral("+") : QString()) + l.number(score, 0);
    const QString note = pick(lang, "Ответов за период: %1 (последний ответ каждого респондента).",
        "Responses in the period: %1 (latest per respondent).")
                             .arg(l.number(mj::number(*nps, "responses").value_or(0)));
    return { "nps_by_month", std::move(b), true, note };
}

DashboardChart abcXyzChart(const metrics::MetricsResult& m, Language lang)
{
    charts::AbcXyzHeatmap h;
    h.title = pick(lang, "ABC-XYZ клиентов", "ABC-XYZ of clients");
    h.valueLabel = pick(lang, "клиентов", "clients");
    h.shareLabel = pick(lang, "выручки", "of revenue");
    const Json* ax = mj::object(m.json, "abc_xyz");
    if (!ax)
        return noData("abc_xyz", h, sectionReason(m, "abc_xyz", lang));
    double total = 0;
    for (const Json& c : mj::array(*ax, "cells"))
        total += mj::number(c, "revenue").value_or(0);
    int cells = 0;
    for (const Json& c : mj::array(*ax, "cells")) {
        const auto a = QStringLiteral("ABC").indexOf(mj::text(c, "abc"));
        const auto x = QStringLiteral("XYZ").indexOf(mj::text(c, "xyz"));
        if (a < 0 || x < 0 || mj::text(c, "abc").size() != 1 || mj::text(c, "xyz").size() != 1)
            continue;
        auto& v = h.values[static_cast<std::size_t>(a)][static_cast<std::size_t>(x)];
        v = mj::number(c, "clients").value_or(0);
        cells += v > 0;
        if (total > 0)
            h.shares[static_cast<std::size_t>(a)][static_cast<std::size_t>(x)]
                = mj::number(c, "revenue").value_or(0) / total;
    }
    if (cells == 0)
        return noData("abc_xyz", charts::AbcXyzHeatmap { h.title, {}, {}, h.valueLabel, h.shareLabel, {} },
            pick(lang, "нет клиентов с выручкой за 12 месяцев", "no clients with revenue in the 12 months"));
    const QString note = pick(lang, "A/B/C — доли выручки 80/15/5 %; X/Y/Z — стабильность помесячной выручки.",
        "A/B/C: 80/15/5 % of revenue; X/Y/Z: stability of the monthly revenue.");
    return { "abc_xyz", std::move(h), true, note };
}

DashboardChart channelRoiChart(const metrics::MetricsResult& m, Language lang)
{
    charts::BarChart b;
    b.title = pick(lang, "ROI каналов привлечения", "ROI by lead channel");
    b.valueAxisLabel = QStringLiteral("%");
    if (!m.json.contains("by_source") || !m.json["by_source"].is_array())
        return noData("channel_roi", b, sectionReason(m, "by_source", lang));
    return rowBars(
        { "channel_roi", mj::array(m.json, "by_source"), "source", "roi", b, 100.0, false }, currencyOf(m), lang);
}

DashboardChart channelCplChart(const metrics::MetricsResult& m, Language lang)
{
    charts::BarChart b;
    b.title = pick(lang, "Стоимость лида по каналам", "Cost per lead by channel");
    if (!m.json.contains("by_source") || !m.json["by_source"].is_array())
        return noData("channel_cpl", b, sectionReason(m, "by_source", lang));
    return rowBars(
        { "channel_cpl", mj::array(m.json, "by_source"), "source", "cpl", b, 1.0, true }, currencyOf(m), lang);
}

DashboardChart planByManagerChart(const metrics::MetricsResult& m, Language lang)
{
    charts::BarChart b;
    b.title = pick(lang, "Выполнение плана по менеджерам", "Plan fulfilment by manager");
    b.valueAxisLabel = QStringLiteral("%");
    if (!m.json.contains("by_manager") || !m.json["by_manager"].is_array())
        return noData("plan_by_manager", b, sectionReason(m, "by_manager", lang));
    return rowBars(
        { "plan_by_manager", mj::array(m.json, "by_manager"), "manager", "plan_fulfilment", b, 100.0, false },
        currencyOf(m), lang);
}

std::vector<DashboardChart> dashboardCharts(const metrics::MetricsResult& m, Language lang)
{
    return { funnelChart(m, lang), pipelineChart(m, lang), revenueChart(m, lang), npsChart(m, lang),
        abcXyzChart(m, lang), channelRoiChart(m, lang), channelCplChart(m, lang), activitiesChart(m, lang),
        planByManagerChart(m, lang) };
}

} // namespace sa::report
