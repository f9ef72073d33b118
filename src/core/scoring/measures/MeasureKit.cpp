#include "scoring/measures/MeasureKit.h"

#include "metrics/Stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sa::scoring::measures {

std::string isoDate(LocalSeconds t)
{
    return t == kNoTime ? std::string() : formatDate(t);
}

Measurement begin(const std::string& id, const Period& p, const std::string& partId)
{
    Measurement m;
    m.criterionId = id;
    PartMeasurement part;
    part.id = partId;
    m.parts.push_back(part);
    if (!p.empty()) {
        m.periodFrom = p.fromText();
        m.periodTo = p.toText();
    }
    return m;
}

void notAssessed(PartMeasurement& part, Reason reason, std::string note, bool keepValue)
{
    part.reason = reason;
    if (!keepValue)
        part.indicators.clear();
    part.indicative = keepValue && !part.indicators.empty();
    if (!part.note.empty() && !note.empty())
        part.note += " ";
    part.note += note;
}

void setValue(PartMeasurement& part, const std::string& key, double value, long long n)
{
    part.indicators.push_back({ key, value });
    part.n = n;
}

void requireSample(PartMeasurement& part, long long n, long long minN, const std::string& what)
{
    if (n < minN)
        notAssessed(part, Reason::InsufficientSample,
            std::to_string(n) + " " + what + ", fewer than the minimum of " + std::to_string(minN) + ".", true);
}

void ratio(
    PartMeasurement& part, const std::string& key, double num, double den, long long minN, const std::string& what)
{
    if (den <= 0) {
        part.n = 0;
        return notAssessed(part, Reason::NoData, "No " + what + " in the period.");
    }
    setValue(part, key, num / den, static_cast<long long>(den));
    requireSample(part, static_cast<long long>(den), minN, what);
}

void drill(Measurement& m, const std::string& label, const std::string& table, std::vector<std::int64_t> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    m.rows.push_back({ label, table, std::make_shared<const std::vector<std::int64_t>>(std::move(ids)) });
    m.details["rows"] = rowSetsJson(m.rows, 1000);
}

void setImpact(Measurement& m, const MeasureContext& c, double revenueAmount)
{
    if (!std::isfinite(revenueAmount))
        return;
    const auto& gm = c.d.gm;
    m.impact = gm.known() ? revenueAmount * gm.value : revenueAmount;
    m.impactOnRevenueBasis = !gm.known();
    for (const auto& p : m.parts)
        m.impactPartial = m.impactPartial || p.partial;
}

void setCostImpact(Measurement& m, double amount)
{
    if (!std::isfinite(amount))
        return;
    m.impact = amount;
    for (const auto& p : m.parts)
        m.impactPartial = m.impactPartial || p.partial;
}

void flagRevenueBasis(PartMeasurement& part, const MeasureContext& c)
{
    if (c.revenueFromDeals())
        part.flags.push_back("revenue_basis_deals");
}

double median(std::vector<double> v)
{
    return metrics::stats::median(v).value_or(kNaN);
}
double mean(const std::vector<double>& v)
{
    return metrics::stats::mean(v).value_or(kNaN);
}
double cv(const std::vector<double>& v)
{
    return metrics::stats::cv(v).value_or(kNaN);
}

double days(LocalSeconds from, LocalSeconds to)
{
    return static_cast<double>(to - from) / kSecondsPerDay;
}

namespace {
LocalSeconds clockTime(const nlohmann::json& j, const char* key, LocalSeconds fallback)
{
    if (!j.is_object() || !j.contains(key) || !j[key].is_string())
        return fallback;
    int h = 0, m = 0;
    if (std::sscanf(j[key].get<std::string>().c_str(), "%d:%d", &h, &m) != 2 || h < 0 || h > 24 || m < 0 || m > 59)
        return fallback;
    return h * 3600 + m * 60;
}
} // namespace

std::vector<std::int64_t> dealIds(const MeasureContext& c, const std::vector<Row>& rows)
{
    return idsOf(c.d.deals, rows);
}

std::string leadTable(const MeasureContext& c)
{
    return c.d.leadsDerived ? "deals" : "leads";
}

bool closedAcquisition(const metrics::Deal& x, const Period& p)
{
    return x.isAcquisition() && x.closedIn(p) && x.isRealOpportunity();
}

static std::pair<LocalSeconds, LocalSeconds> businessDay(const MeasureContext& c)
{
    const auto& cal = c.params.raw("work_calendar");
    return { clockTime(cal, "start", 9 * 3600), clockTime(cal, "end", 18 * 3600) };
}

LocalSeconds nextBusinessMoment(const MeasureContext& c, LocalSeconds t)
{
    const auto [start, end] = businessDay(c);
    for (LocalSeconds day = startOfDay(t); day < t + 400 * kSecondsPerDay; day += kSecondsPerDay) {
        if (!c.d.isWorkday(day) || t >= day + end)
            continue;
        return std::max(t, day + start);
    }
    return t;
}

double businessSeconds(const MeasureContext& c, LocalSeconds t0, LocalSeconds t1)
{
    const auto [start, end] = businessDay(c);
    double total = 0;
    for (LocalSeconds day = startOfDay(t0); day < t1; day += kSecondsPerDay) {
        if (!c.d.isWorkday(day))
            continue;
        const LocalSeconds a = std::max(t0, day + start), b = std::min(t1, day + end);
        if (b > a)
            total += static_cast<double>(b - a);
    }
    return total;
}

} // namespace sa::scoring::measures
