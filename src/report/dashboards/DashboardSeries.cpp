// The dashboard charts over months and over managers' working days (see DashboardCharts.h).
#include "DashboardCharts.h"
#include "MetricsJson.h"

#include <algorithm>
#include <cmath>

namespace sa::report {

using mj::Json;
using mj::pick;

namespace {

using Line = std::vector<std::optional<double>>;

/// Revenue, plan and forecast over one list of months: the period's months, then the forecast's.
struct RevenueSeries {
    QStringList months; ///< ISO "YYYY-MM"
    Line revenue, plan, forecast, low, high;
    double maxAbs = 0;

    qsizetype slot(const QString& month)
    {
        qsizetype i = months.indexOf(month);
        if (i < 0) {
            months << month;
            for (Line* l : { &revenue, &plan, &forecast, &low, &high })
                l->push_back(std::nullopt);
            i = months.size() - 1;
        }
        return i;
    }
    void set(Line& line, qsizetype i, std::optional<double> v)
    {
        line[static_cast<std::size_t>(i)] = v;
        if (v)
            maxAbs = std::max(maxAbs, std::abs(*v));
    }
};

RevenueSeries revenueSeries(const Json* results, const Json* forecast)
{
    RevenueSeries s;
    if (results)
        for (const Json& row : mj::array(*results, "by_month")) {
            const qsizetype i = s.slot(mj::text(row, "month"));
            s.set(s.revenue, i, mj::number(row, "revenue"));
            s.set(s.plan, i, mj::number(row, "plan"));
        }
    if (!forecast)
        return s;
    const auto& next = mj::array(*forecast, "next");
    // The forecast line starts at the last actual month so that it reads as a continuation.
    if (!next.empty() && !s.months.isEmpty())
        s.forecast[static_cast<std::size_t>(s.months.size() - 1)] = s.revenue.back();
    for (const Json& row : next) {
        const qsizetype i = s.slot(mj::text(row, "month"));
        s.set(s.forecast, i, mj::number(row, "revenue"));
        s.set(s.low, i, mj::number(row, "low"));
        s.set(s.high, i, mj::number(row, "high"));
    }
    return s;
}

Line scaled(Line line, double divisor)
{
    for (auto& v : line)
        if (v)
            *v /= divisor;
    return line;
}

bool anyValue(const Line& l)
{
    return std::any_of(l.begin(), l.end(), [](const auto& v) { return v.has_value(); });
}

QString revenueNote(const Json* results, const Json* forecast, const metrics::MetricsResult& m, Language lang)
{
    QStringList parts;
    if (results && mj::number(*results, "plan_fulfilment"))
        parts << pick(lang, "Выполнение плана за период: %1.", "Plan fulfilment over the period: %1.")
                     .arg(mj::pct(*mj::number(*results, "plan_fulfilment"), lang, 1));
    if (forecast)
        parts << pick(lang, "Прогноз: тренд и сезонность по %1 мес., 95 %-й интервал.",
            "Forecast: trend and seasonality over %1 months, 95 % interval.")
                     .arg(mj::labelsOf(lang).number(mj::number(*forecast, "months_used").value_or(0)));
    else
        parts << pick(lang, "Прогноз не построен: %1.", "No forecast: %1.").arg(mj::sectionReason(m, "forecast", lang));
    return parts.join(QLatin1Char(' '));
}

} // namespace

DashboardChart revenueChart(const metrics::MetricsResult& m, Language lang)
{
    charts::LineChart c;
    c.title = pick(lang, "Выручка по месяцам: факт, план, прогноз", "Revenue by month: actual, plan, forecast");
    const Json* results = mj::object(m.json, "results");
    const Json* forecast = mj::object(m.json, "forecast");
    RevenueSeries s = revenueSeries(results, forecast);
    if (!anyValue(s.revenue) && !anyValue(s.forecast))
        return mj::noData("revenue_plan_forecast", c,
            results ? pick(lang, "нет выручки за период", "no revenue in the period")
                    : mj::sectionReason(m, "results", lang));
    const mj::MoneyScale scale = mj::moneyScale(s.maxAbs, mj::currencyOf(m), lang);
    for (const QString& month : s.months)
        c.categories << mj::monthLabel(month, lang);
    c.valueAxisLabel = scale.unit;
    c.decimals = 1;
    c.series.push_back({ pick(lang, "Выручка", "Revenue"), scaled(s.revenue, scale.divisor), charts::LineStyle::Solid,
        std::nullopt, {}, {} });
    if (anyValue(s.plan))
        c.series.push_back({ pick(lang, "План", "Plan"), scaled(s.plan, scale.divisor), charts::LineStyle::Dashed,
            std::nullopt, {}, {} });
    if (anyValue(s.forecast))
        c.series.push_back({ pick(lang, "Прогноз", "Forecast"), scaled(s.forecast, scale.divisor),
            charts::LineStyle::Solid, std::nullopt, scaled(s.low, scale.divisor), scaled(s.high, scale.divisor) });
    return { "revenue_plan_forecast", std::move(c), true, revenueNote(results, forecast, m, lang) };
}

DashboardChart activitiesChart(const metrics::MetricsResult& m, Language lang)
{
    charts::BarChart b;
    b.title = pick(lang, "Активности на менеджера в рабочий день", "Activities per manager per working day");
    b.mode = charts::BarMode::Stacked;
    b.orientation = charts::Orientation::Horizontal;
    b.decimals = 1;
    b.valueAxisLabel = pick(lang, "в день", "per day");
    const Json* act = mj::object(m.json, "activities");
    if (!act)
        return mj::noData("activities_per_manager", b, mj::sectionReason(m, "activities", lang));
    std::vector<const Json*> rows;
    QStringList missing;
    for (const Json& row : mj::array(*act, "by_manager")) {
        if (mj::number(row, "activities_per_day"))
            rows.push_back(&row);
        else
            missing << mj::withReason(mj::nameOr(row, "manager", lang), mj::reason(row, "activities_per_day"), lang);
    }
    if (rows.empty() || mj::number(*act, "done_total").value_or(0) <= 0)
        return mj::noData("activities_per_manager", b,
            pick(lang, "нет выполненных активностей за период", "no done activities in the period"));
    std::stable_sort(rows.begin(), rows.end(), [](const Json* a, const Json* z) {
        return *mj::number(*a, "activities_per_day") > *mj::number(*z, "activities_per_day");
    });
    const std::array<std::pair<const char*, QString>, 3> kinds { {
        { "calls_per_day", pick(lang, "Звонки", "Calls") },
        { "meetings_per_day", pick(lang, "Встречи", "Meetings") },
        { "emails_per_day", pick(lang, "Письма", "E-mails") },
    } };
    for (const auto& [key, name] : kinds) {
        charts::BarSeries series { name, {}, std::nullopt };
        for (const Json* row : rows)
            series.values.push_back(mj::number(*row, key).value_or(0));
        b.series.push_back(std::move(series));
    }
    for (const Json* row : rows)
        b.categories << mj::nameOr(*row, "manager", lang);
    return { "activities_per_manager", std::move(b), true, mj::leftOut(missing, lang) };
}

} // namespace sa::report
