// Results (revenue vs plan, new clients, profit, retention), clients (LTV, ABC-XYZ, concentration,
// dormant, client base churn) and the least-squares forecast. NPS: MetricsNps.cpp.
#include "common/Text.h"
#include "metrics/MetricsFamilies.h"
#include "metrics/Stats.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace sa::metrics::detail {

namespace {

std::vector<Row> activeClients(const std::vector<Minor>& rev)
{
    std::vector<Row> rows;
    for (std::size_t i = 0; i < rev.size(); ++i)
        if (rev[i] > 0)
            rows.push_back(static_cast<Row>(i));
    return rows;
}

/// Clients with revenue before `p` and in `p` over those with revenue in the 12 months before p.
Json retention(const Ctx& c)
{
    const auto now = c.d.revenueByClient(c.win.w), before = c.d.revenueByClient(c.win.wPrev);
    std::int64_t s = 0, r = 0;
    for (std::size_t i = 0; i < now.size(); ++i)
        if (before[i] > 0) {
            ++s;
            r += now[i] > 0 ? 1 : 0;
        }
    Json j;
    putRatio(j, "crr", double(r), double(s), "no clients with revenue in W−1");
    j["active_w_prev"] = s;
    j["retained"] = r;
    j["window"] = { { "from", c.win.w.fromText() }, { "to", c.win.w.toText() } };
    return j;
}

/// C2: ABC by cumulative share (boundary value belongs to the better class; the top client is always A).
std::vector<char> abcClasses(const Ctx& c, const std::vector<Minor>& rev)
{
    std::vector<Row> order = activeClients(rev);
    std::sort(order.begin(), order.end(), [&](Row a, Row b) {
        return rev[static_cast<std::size_t>(a)] != rev[static_cast<std::size_t>(b)]
            ? rev[static_cast<std::size_t>(a)] > rev[static_cast<std::size_t>(b)]
            : a < b;
    });
    const double total = std::accumulate(rev.begin(), rev.end(), 0.0, [](double s, Minor v) { return s + double(v); });
    const double a = c.d.params().number("abc_a", 0.80), b = c.d.params().number("abc_b", 0.95);
    std::vector<char> cls(rev.size(), 0);
    double cum = 0.0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        cum += double(rev[static_cast<std::size_t>(order[i])]);
        const double share = cum / total;
        cls[static_cast<std::size_t>(order[i])] = (i == 0 || share <= a + 1e-12) ? 'A' : share <= b + 1e-12 ? 'B' : 'C';
    }
    return cls;
}

Json abcXyz(const Ctx& c, const std::vector<Minor>& rev)
{
    const auto abc = abcClasses(c, rev);
    const double x = c.d.params().number("xyz_x", 0.10), y = c.d.params().number("xyz_y", 0.25);
    struct Cell {
        std::int64_t clients = 0;
        Minor revenue = 0;
    };
    Cell cells[3][3]; // [A B C][X Y Z]
    const auto active = activeClients(rev);
    std::vector<double> v;
    for (Row r : active) {
        const auto months = c.d.revenue.clientMonthly(r, c.win.w.fromMonth(), c.win.w.toMonth());
        v.assign(months.begin(), months.end());
        const auto cv = stats::cv(v);
        const int z = !cv ? 2 : *cv <= x + 1e-12 ? 0 : *cv <= y + 1e-12 ? 1 : 2;
        auto& cell = cells[abc[static_cast<std::size_t>(r)] - 'A'][z];
        ++cell.clients;
        cell.revenue += rev[static_cast<std::size_t>(r)];
    }
    Json j;
    j["cells"] = Json::array();
    for (int a = 0; a < 3; ++a)
        for (int z = 0; z < 3; ++z)
            j["cells"].push_back({ { "abc", std::string(1, "ABC"[a]) }, { "xyz", std::string(1, "XYZ"[z]) },
                { "clients", cells[a][z].clients }, { "revenue", c.major(cells[a][z].revenue) } });
    j["clients"] = active.size();
    return j;
}

Json concentration(const std::vector<Minor>& rev)
{
    std::vector<double> v;
    for (Minor m : rev)
        if (m > 0)
            v.push_back(double(m));
    std::sort(v.rbegin(), v.rend());
    const double total = std::accumulate(v.begin(), v.end(), 0.0);
    Json j;
    j["active_clients"] = v.size();
    const char* none = "no client revenue in W";
    putNumber(j, "top1_share", total > 0 ? std::optional<double>(v[0] / total) : std::nullopt, none);
    const auto sumTop = [&](std::size_t k) {
        return std::accumulate(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(std::min(k, v.size())), 0.0);
    };
    putNumber(j, "top10_share", total > 0 && v.size() >= 20 ? std::optional<double>(sumTop(10) / total) : std::nullopt,
        total > 0 ? "fewer than 20 active clients (C6 uses top1 only)" : none);
    putNumber(j, "top10pct_share",
        total > 0 ? std::optional<double>(sumTop(std::max<std::size_t>(1, (v.size() + 9) / 10)) / total) : std::nullopt,
        none);
    double hhi = 0.0;
    for (double x : v)
        hhi += (x / total) * (x / total);
    putNumber(j, "hhi", total > 0 ? std::optional<double>(hhi) : std::nullopt, none);
    return j;
}

Json ltv(const Ctx& c, const std::vector<Minor>& rev, const Json& ret)
{
    Json j;
    const auto active = activeClients(rev);
    const double revW = std::accumulate(rev.begin(), rev.end(), 0.0, [](double s, Minor m) { return s + double(m); });
    const double gm = c.d.gm.known() ? c.d.gm.value : 1.0;
    j["gm_source"] = toString(c.d.gm.source);
    j["on_revenue_basis"] = !c.d.gm.known();
    std::optional<double> arpa, life, ltvC5;
    if (!active.empty())
        arpa = revW * gm / double(active.size()) / std::pow(10.0, c.d.currency.exponent);
    if (ret["crr"].is_number())
        life = std::min(1.0 / std::max(1e-9, 1.0 - ret["crr"].get<double>()), 10.0);
    if (arpa && life)
        ltvC5 = *arpa * *life;
    putNumber(j, "arpa", arpa, "no active clients in W");
    putNumber(j, "life_years", life, "retention rate unknown");
    putNumber(j, "c5", ltvC5, "needs ARPA and the retention rate");
    // Historical: mean gross profit per client over its observed life (all revenue up to period.to).
    double gp = 0.0;
    std::int64_t clients = 0;
    for (std::size_t i = 0; i < c.d.clients.size(); ++i) {
        bool any = false;
        for (auto k = c.d.revenue.clientBegin(static_cast<Row>(i)); k < c.d.revenue.clientEnd(static_cast<Row>(i));
             ++k) {
            const auto& e = c.d.revenue.events()[static_cast<std::size_t>(k)];
            if (e.at > c.snapshot)
                break;
            gp += e.hasGrossProfit ? double(e.grossProfit) : double(e.amount) * gm;
            any = true;
        }
        clients += any ? 1 : 0;
    }
    putNumber(j, "historical",
        clients ? std::optional<double>(gp / double(clients) / std::pow(10.0, c.d.currency.exponent)) : std::nullopt,
        "no client revenue");
    // CAC over W: channel costs + sales team cost × acq_share, per new client.
    Minor costs = 0, team = 0;
    for (const auto& x : c.d.channelCosts)
        if (x.month >= c.win.w.fromMonth() && x.month <= c.win.w.toMonth())
            costs += x.cost;
    for (const auto& f : c.d.financials)
        if (f.month >= c.win.w.fromMonth() && f.month <= c.win.w.toMonth() && f.salesTeamCost)
            team += *f.salesTeamCost;
    double hunters = 0.0, fte = 0.0;
    for (const auto& m : c.d.managers)
        if (m.isSalesManager()) {
            fte += m.fte;
            hunters += m.role == Role::Hunter || m.role == Role::Sdr ? m.fte
                : m.role == Role::FullCycle                          ? 0.5 * m.fte
                                                                     : 0.0;
        }
    const double acqShare = c.d.params().number("acq_share").value_or(fte > 0 ? hunters / fte : 0.0);
    std::int64_t newClients = 0;
    for (const auto& cl : c.d.clients)
        newClients += c.win.w.contains(cl.firstOrderAt) ? 1 : 0;
    std::optional<double> cac;
    if (newClients > 0 && costs + team > 0)
        cac = (double(costs) + double(team) * acqShare) / double(newClients) / std::pow(10.0, c.d.currency.exponent);
    putNumber(j, "cac", cac, newClients ? "no channel costs or sales team cost in W" : "no new clients in W");
    putNumber(j, "ltv_cac", ltvC5 && cac && *cac > 0 ? std::optional<double>(*ltvC5 / *cac) : std::nullopt,
        "needs LTV (C5) and CAC");
    return j;
}

Json dormant(const Ctx& c)
{
    std::vector<double> gaps;
    for (std::size_t i = 0; i < c.d.clients.size(); ++i) {
        const auto b = c.d.revenue.clientBegin(static_cast<Row>(i)), e = c.d.revenue.clientEnd(static_cast<Row>(i));
        for (auto k = b + 1; k < e; ++k)
            gaps.push_back(daysBetween(c.d.revenue.events()[static_cast<std::size_t>(k - 1)].at,
                c.d.revenue.events()[static_cast<std::size_t>(k)].at));
    }
    const auto medGap = stats::median(gaps);
    const double days = c.d.params().number("dormant_days").value_or(std::max(180.0, 2.0 * medGap.value_or(0.0)));
    const LocalSeconds lo = monthFromIndex(monthIndex(c.snapshot) - 35),
                       hi = c.snapshot - static_cast<LocalSeconds>(days * kSecondsPerDay);
    std::int64_t n = 0;
    for (const auto& cl : c.d.clients)
        n += cl.lastOrderAt != kNoTime && cl.lastOrderAt >= lo && cl.lastOrderAt < hi ? 1 : 0;
    Json j;
    j["dormant_days"] = days;
    j["clients"] = n;
    return j;
}

/// Churn recorded on the client rows themselves (a CRM or billing export with a churn flag and no
/// revenue history): clients at the snapshot, those churned by it (dated, or undated with a reason).
struct BaseCount {
    std::int64_t clients = 0, churned = 0;
};

Json baseCut(const std::map<std::pair<int, std::string>, BaseCount>& cut, const std::string& key)
{
    Json a = Json::array();
    for (const auto& [k, n] : cut) {
        Json e;
        e[key] = k.first ? Json(k.second) : Json(nullptr);
        e["clients"] = n.clients;
        e["churned"] = n.churned;
        putRatio(e, "churn_share", double(n.churned), double(n.clients), "no clients");
        a.push_back(std::move(e));
    }
    return a;
}

Json clientBase(const Ctx& c)
{
    BaseCount all;
    std::int64_t undated = 0, inPeriod = 0;
    std::map<std::pair<int, std::string>, BaseCount> bySegment, byCategory;
    auto keyOf = [&](Row r) { return r == kNone ? std::pair(0, std::string()) : std::pair(1, c.d.texts.text(r)); };
    for (const auto& cl : c.d.clients) {
        if (cl.createdAt != kNoTime && cl.createdAt > c.snapshot)
            continue;
        if (c.filter.manager && cl.owner != *c.filter.manager)
            continue;
        const bool dated = cl.churnedAt != kNoTime && cl.churnedAt <= c.snapshot;
        const bool undatedChurn = cl.churnedAt == kNoTime && cl.churnReason != kNone
            && !text::trim(c.d.reasons.text(cl.churnReason)).empty();
        const int churned = dated || undatedChurn ? 1 : 0;
        undated += undatedChurn ? 1 : 0;
        inPeriod += dated && c.period.contains(cl.churnedAt) ? 1 : 0;
        for (auto* n : { &all, &bySegment[keyOf(cl.segment)], &byCategory[keyOf(cl.category)] }) {
            ++n->clients;
            n->churned += churned;
        }
    }
    Json j;
    j["clients"] = all.clients;
    j["churned"] = all.churned;
    putRatio(j, "churn_share", double(all.churned), double(all.clients), "no clients");
    putRatio(j, "retained_share", double(all.clients - all.churned), double(all.clients), "no clients");
    j["churned_undated"] = undated;
    j["churned_in_period"] = inPeriod;
    j["by_segment"] = baseCut(bySegment, "segment");
    j["by_category"] = baseCut(byCategory, "category");
    return j;
}

} // namespace

namespace {

/// New clients (first order ever) per month of the period, in one pass over the clients.
std::vector<std::int64_t> newClientsByMonth(const Ctx& c)
{
    std::vector<std::int64_t> fresh(static_cast<std::size_t>(std::max(c.period.months(), 0)), 0);
    for (const auto& cl : c.d.clients)
        if (c.period.contains(cl.firstOrderAt))
            ++fresh[static_cast<std::size_t>(monthIndex(cl.firstOrderAt) - c.period.fromMonth())];
    return fresh;
}

/// The revenue plan of month m: the company's, else the sum of the managers'.
std::optional<Minor> monthPlan(const Ctx& c, int m)
{
    std::optional<Minor> company, managers;
    for (const auto& x : c.d.plans)
        if (x.month == m && x.revenuePlan && (x.scope == "company" || x.scope == "manager")) {
            auto& slot = x.scope == "company" ? company : managers;
            slot = slot.value_or(0) + *x.revenuePlan;
        }
    return company ? company : managers;
}

} // namespace

Json results(const Ctx& c)
{
    Json j;
    j["revenue"] = c.major(c.d.revenue.total(c.period));
    j["by_month"] = Json::array();
    Minor planTotal = 0, actualPlanned = 0;
    const auto fresh = newClientsByMonth(c);
    for (int m = c.period.fromMonth(); m <= c.period.toMonth(); ++m) {
        const Period p = Period::ofMonths(m, m);
        const Minor actual = c.d.revenue.total({ std::max(p.from, c.period.from), std::min(p.to, c.period.to) });
        const auto plan = monthPlan(c, m);
        Json e;
        e["month"] = formatMonth(p.from);
        e["revenue"] = c.major(actual);
        putMoney(e, "plan", plan, c.d.currency, "no revenue plan for this month");
        putRatio(e, "fulfilment", double(actual), plan ? double(*plan) : 0.0, "no revenue plan for this month");
        e["new_clients"] = fresh[static_cast<std::size_t>(m - c.period.fromMonth())];
        if (plan) {
            planTotal += *plan;
            actualPlanned += actual;
        }
        j["by_month"].push_back(e);
    }
    putRatio(j, "plan_fulfilment", double(actualPlanned), double(planTotal), "no revenue plan in the period");
    j["new_clients"] = std::accumulate(fresh.begin(), fresh.end(), std::int64_t { 0 });
    std::optional<Minor> net, rev;
    for (const auto& f : c.d.financials)
        if (f.month >= c.period.fromMonth() && f.month <= c.period.toMonth() && f.netProfit && f.revenue) {
            net = net.value_or(0) + *f.netProfit;
            rev = rev.value_or(0) + *f.revenue;
        }
    putMoney(j, "net_profit", net, c.d.currency, "no financials with net profit and revenue in the period");
    putRatio(j, "net_margin", net ? double(*net) : 0.0, rev ? double(*rev) : 0.0,
        "no financials with net profit and revenue in the period");
    j["retention"] = retention(c);
    return j;
}

Json clientsValue(const Ctx& c)
{
    const auto rev = c.d.revenueByClient(c.win.w);
    Json j;
    j["retention"] = retention(c);
    j["ltv"] = ltv(c, rev, j["retention"]);
    j["concentration"] = concentration(rev);
    return j;
}

Json clientsAbcXyz(const Ctx& c)
{
    return { { "abc_xyz", abcXyz(c, c.d.revenueByClient(c.win.w)) } };
}

Json clientsBase(const Ctx& c)
{
    return { { "dormant", dormant(c) }, { "client_base", clientBase(c) } };
}

Json forecast(const Ctx& c)
{
    Json j;
    const LocalSeconds first = c.d.revenue.firstAt();
    const int last = monthIndex(c.snapshot + 1) - 1; // last complete month at the snapshot
    const int m0 = first == kNoTime ? last + 1 : monthIndex(first);
    const int n = last - m0 + 1;
    j["months_used"] = std::max(n, 0);
    if (n < 6) {
        j["method"] = nullptr;
        j["method_reason"] = "fewer than 6 months of revenue";
        j["next"] = Json::array();
        return j;
    }
    const bool seasonal = n >= 24;
    const auto series = c.d.revenue.monthly(m0, last);
    const int k = 2 + (seasonal ? 11 : 0);
    Eigen::MatrixXd X = Eigen::MatrixXd::Zero(n, k);
    Eigen::VectorXd yv(n);
    auto row = [&](int t, Eigen::Ref<Eigen::RowVectorXd> x) {
        x.setZero();
        x(0) = 1.0;
        x(1) = t;
        const int mon = (m0 + t) % 12;
        if (seasonal && mon > 0)
            x(1 + mon) = 1.0; // January = baseline
    };
    for (int t = 0; t < n; ++t) {
        Eigen::RowVectorXd x(k);
        row(t, x);
        X.row(t) = x;
        yv(t) = c.major(series[static_cast<std::size_t>(t)]);
    }
    const Eigen::VectorXd beta = X.colPivHouseholderQr().solve(yv);
    const Eigen::VectorXd resid = yv - X * beta;
    const double sigma = std::sqrt(resid.squaredNorm() / std::max(1, n - k));
    const Eigen::MatrixXd xtxInv = (X.transpose() * X).completeOrthogonalDecomposition().pseudoInverse();
    j["method"] = seasonal ? "least squares: trend + 11 month dummies" : "least squares: linear trend";
    j["next"] = Json::array();
    for (int h = 1; h <= 3; ++h) {
        Eigen::RowVectorXd x(k);
        row(n - 1 + h, x);
        const double yhat = x * beta;
        const double se = sigma * std::sqrt(1.0 + (x * xtxInv * x.transpose())(0, 0));
        Json e;
        e["month"] = formatMonth(monthFromIndex(last + h));
        putNumber(e, "revenue", yhat, "");
        putNumber(e, "low", yhat - 1.96 * se, "");
        putNumber(e, "high", yhat + 1.96 * se, "");
        j["next"].push_back(e);
    }
    j["interval"] = "approximate 95 % prediction interval (±1.96 σ)";
    // Accuracy where the company forecast exists: MAPE and bias over up to 6 months.
    std::vector<double> err, bias;
    for (const auto& p : c.d.plans)
        if (p.scope == "company" && p.forecastAmount && p.month <= last && p.month > last - 6
            && (p.forecastMadeAt == kNoTime || p.forecastMadeAt < monthFromIndex(p.month))) {
            const double actual = double(c.d.revenue.total(Period::ofMonths(p.month, p.month)));
            if (actual > 0) {
                err.push_back(std::abs(actual - double(*p.forecastAmount)) / actual);
                bias.push_back((double(*p.forecastAmount) - actual) / actual);
            }
        }
    putNumber(j, "accuracy_mape", stats::mean(err), "no company forecast_amount in the last 6 months");
    putNumber(j, "accuracy_bias", stats::mean(bias), "no company forecast_amount in the last 6 months");
    return j;
}

} // namespace sa::metrics::detail
