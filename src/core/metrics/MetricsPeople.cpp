// Activities, results, win rate, per-manager league table, lead sources, personnel spread.
#include "metrics/MetricsFamilies.h"
#include "metrics/Stats.h"

#include <algorithm>
#include <map>

namespace sa::metrics::detail {

namespace {

/// Workdays of the period on which manager m was employed.
int employedWorkdays(const Ctx& c, const Manager& m)
{
    int n = 0;
    if (c.period.empty())
        return 0;
    for (LocalSeconds day = startOfDay(c.period.from); day <= c.period.to; day += kSecondsPerDay)
        n += c.d.isWorkday(day) && m.employedIn(monthIndex(day)) ? 1 : 0;
    return n;
}

} // namespace

std::vector<ManagerStats> managerStats(const Ctx& c)
{
    std::vector<ManagerStats> s(c.d.managers.size());
    for (Row r : c.created)
        if (const Row owner = c.deal(r).owner; owner != kNone)
            ++s[static_cast<std::size_t>(owner)].deals;
    for (Row r : c.closed) {
        const auto& d = c.deal(r);
        if (d.owner == kNone || !d.isRealOpportunity())
            continue;
        auto& m = s[static_cast<std::size_t>(d.owner)];
        if (d.isWon()) {
            ++m.won;
            m.wonAmount += d.amount;
            m.wonCycleDays.push_back(cycleDays(d));
        } else
            ++m.lost;
    }
    for (Row r : c.open)
        if (const auto& d = c.deal(r); d.owner != kNone) {
            ++s[static_cast<std::size_t>(d.owner)].open;
            s[static_cast<std::size_t>(d.owner)].openAmount += d.amount;
        }
    for (const auto& a : c.d.activityDays) {
        if (a.manager == kNone || !c.period.contains(a.day))
            continue;
        auto& m = s[static_cast<std::size_t>(a.manager)];
        m.activities += a.total();
        m.calls += a.count[static_cast<int>(ActivityType::Call)];
        m.meetings += a.count[static_cast<int>(ActivityType::Meeting)];
        m.emails += a.count[static_cast<int>(ActivityType::Email)];
    }
    for (const auto& e : c.d.revenue.events())
        if (e.manager != kNone && c.period.contains(e.at))
            s[static_cast<std::size_t>(e.manager)].revenue += e.amount;
    for (const auto& p : c.d.plans)
        if (p.scope == "manager" && p.manager != kNone && p.revenuePlan && p.month >= c.period.fromMonth()
            && p.month <= c.period.toMonth())
            s[static_cast<std::size_t>(p.manager)].plan
                = s[static_cast<std::size_t>(p.manager)].plan.value_or(0) + *p.revenuePlan;
    return s;
}

Json activities(const Ctx& c, const std::vector<ManagerStats>& stats)
{
    Json j;
    std::int64_t counts[kActivityTypes] = {}, calls = 0, callsWithOutcome = 0;
    for (const auto& a : c.d.activityDays) {
        if (!c.period.contains(a.day) || (c.filter.manager && a.manager != *c.filter.manager))
            continue;
        for (int t = 0; t < kActivityTypes; ++t)
            counts[t] += a.count[t];
        calls += a.count[static_cast<int>(ActivityType::Call)];
        callsWithOutcome += a.callsWithOutcome;
    }
    std::int64_t total = 0;
    for (int t = 0; t < kActivityTypes; ++t) {
        j["done"][toString(static_cast<ActivityType>(t))] = counts[t];
        total += counts[t];
    }
    j["done_total"] = total;
    putRatio(j, "calls_with_outcome_share", double(callsWithOutcome), double(calls), "no calls in the period");
    std::int64_t wonDeals = 0, wonActivities = 0;
    for (Row r : c.closed)
        if (c.deal(r).isWon()) {
            ++wonDeals;
            wonActivities += c.deal(r).doneActivities;
        }
    putRatio(j, "activities_per_won_deal", double(wonActivities), double(wonDeals), "no won deals in the period");
    j["by_manager"] = Json::array();
    for (std::size_t i = 0; i < c.d.managers.size(); ++i) {
        const auto& m = c.d.managers[i];
        if ((c.filter.manager && *c.filter.manager != static_cast<Row>(i)) || stats[i].activities == 0)
            continue;
        const int days = employedWorkdays(c, m);
        Json e;
        e["manager"] = m.name;
        e["workdays"] = days;
        putRatio(e, "calls_per_day", double(stats[i].calls), days, "not employed on any working day of the period");
        putRatio(
            e, "meetings_per_day", double(stats[i].meetings), days, "not employed on any working day of the period");
        putRatio(e, "emails_per_day", double(stats[i].emails), days, "not employed on any working day of the period");
        putRatio(e, "activities_per_day", double(stats[i].activities), days,
            "not employed on any working day of the period");
        j["by_manager"].push_back(e);
    }
    return j;
}

Json winRate(const Ctx& c)
{
    std::int64_t won = 0, lost = 0;
    for (Row r : c.closed) {
        const auto& d = c.deal(r);
        won += d.isRealOpportunity() && d.isWon() ? 1 : 0;
        lost += d.isRealOpportunity() && d.isLost() ? 1 : 0;
    }
    Json j;
    putRatio(j, "value", double(won), double(won + lost), "no deals closed in the period");
    j["won"] = won;
    j["lost"] = lost;
    putNumber(j, "by_amount", c.d.facts.winRateAmt, "no acquisition deals closed in W");
    return j;
}

Json byManager(const Ctx& c, const std::vector<ManagerStats>& stats)
{
    Json a = Json::array();
    for (std::size_t i = 0; i < stats.size(); ++i) {
        const auto& s = stats[i];
        if (c.filter.manager && *c.filter.manager != static_cast<Row>(i))
            continue;
        if (s.deals + s.won + s.lost + s.open == 0)
            continue;
        Json e;
        e["manager"] = c.d.managers[i].name;
        e["deals"] = s.deals;
        e["won"] = s.won;
        e["lost"] = s.lost;
        putRatio(e, "win_rate", double(s.won), double(s.won + s.lost), "no deals closed in the period");
        e["won_amount"] = c.major(s.wonAmount);
        e["open_deals"] = s.open;
        e["open_amount"] = c.major(s.openAmount);
        putNumber(e, "avg_won_amount",
            s.won ? std::optional<double>(c.major(s.wonAmount) / double(s.won)) : std::nullopt,
            "no won deals in the period");
        putNumber(e, "median_cycle_days", stats::medianOf(s.wonCycleDays), "no won deals in the period");
        e["revenue"] = c.major(s.revenue);
        putRatio(e, "plan_fulfilment", double(s.revenue), s.plan ? double(*s.plan) : 0.0,
            "no manager revenue plan in the period");
        const int days = employedWorkdays(c, c.d.managers[i]);
        putRatio(e, "activities_per_day", double(s.activities), days, "not employed on any working day of the period");
        a.push_back(e);
    }
    return a;
}

namespace {

struct Src {
    bool seen = false;
    std::int64_t leads = 0, deals = 0, won = 0;
    Minor revenue = 0, cost = 0;
    std::vector<double> response;
};

Json sourceJson(const Ctx& c, Row ch, Src& s)
{
    Json e;
    e["source"] = ch == kNone ? Json(nullptr) : Json(c.d.channels[static_cast<std::size_t>(ch)].name);
    e["leads"] = s.leads;
    e["deals"] = s.deals;
    e["won"] = s.won;
    putRatio(e, "conversion", double(s.won), double(s.leads), "no leads from this source in the period");
    e["revenue"] = c.major(s.revenue);
    e["cost"] = c.major(s.cost);
    const char* noCost = "no cost recorded for this channel";
    putNumber(e, "cpl", s.cost && s.leads ? std::optional<double>(c.major(s.cost) / double(s.leads)) : std::nullopt,
        s.cost ? "no leads from this source" : noCost);
    putNumber(e, "cac", s.cost && s.won ? std::optional<double>(c.major(s.cost) / double(s.won)) : std::nullopt,
        s.cost ? "no won deals from this source" : noCost);
    putNumber(e, "roi", s.cost ? std::optional<double>(double(s.revenue - s.cost) / double(s.cost)) : std::nullopt,
        "undefined: " + std::string(noCost));
    putNumber(e, "median_first_response_hours", stats::median(s.response), "no first contact recorded");
    return e;
}

} // namespace

Json bySource(const Ctx& c)
{
    std::vector<Src> by(c.d.channels.size() + 1); // channel row + 1 (0 = none)
    auto slot = [&](Row ch) -> Src& {
        auto& s = by[static_cast<std::size_t>(ch + 1)];
        s.seen = true;
        return s;
    };
    for (const auto& l : c.d.leads) {
        if (!c.period.contains(l.createdAt)
            || (c.filtered && l.deal != kNone && !c.filter.matches(c.d, c.deal(l.deal))))
            continue;
        auto& s = slot(l.channel);
        ++s.leads;
        if (l.firstContactAt != kNoTime && l.firstContactAt >= l.createdAt)
            s.response.push_back(double(l.firstContactAt - l.createdAt) / 3600.0);
        if (l.deal == kNone)
            continue;
        const auto& d = c.deal(l.deal);
        ++s.deals;
        if (d.isWon() && d.closedAt <= c.snapshot) {
            ++s.won;
            s.revenue += d.amount;
        }
    }
    for (const auto& cost : c.d.channelCosts)
        if (cost.month >= c.period.fromMonth() && cost.month <= c.period.toMonth())
            slot(cost.channel).cost += cost.cost;
    Json a = Json::array();
    for (std::size_t i = 0; i < by.size(); ++i)
        if (by[i].seen)
            a.push_back(sourceJson(c, static_cast<Row>(i) - 1, by[i]));
    return a;
}

Json personnel(const Ctx& c, const std::vector<ManagerStats>& stats)
{
    std::vector<double> won;
    for (std::size_t i = 0; i < stats.size(); ++i)
        if (c.d.managers[i].isSalesManager() && stats[i].deals + stats[i].won + stats[i].lost > 0)
            won.push_back(c.major(stats[i].wonAmount));
    Json j;
    j["managers"] = won.size();
    putNumber(
        j, "won_amount_cv", won.size() >= 2 ? stats::cv(won) : std::nullopt, "fewer than 2 active sales managers");
    std::optional<double> ratio;
    if (won.size() >= 4) {
        std::sort(won.begin(), won.end());
        const std::size_t q = won.size() / 4;
        const double bottom = std::accumulate(won.begin(), won.begin() + static_cast<std::ptrdiff_t>(q), 0.0);
        const double top = std::accumulate(won.end() - static_cast<std::ptrdiff_t>(q), won.end(), 0.0);
        ratio = stats::ratio(top, bottom);
    }
    putNumber(j, "top_bottom_quartile_ratio", ratio,
        won.size() < 4 ? "fewer than 4 active sales managers" : "the bottom quartile won nothing");
    // Turnover: sales managers terminated in the 12 months ending at period.to / mean headcount at month-ends.
    bool hr = false;
    std::int64_t left = 0;
    double heads = 0.0;
    for (const auto& m : c.d.managers) {
        if (!m.isSalesManager())
            continue;
        hr = hr || m.employmentFromHr;
        left += c.win.w.contains(m.terminatedAt) ? 1 : 0;
        for (int mo = c.win.w.fromMonth(); mo <= c.win.w.toMonth(); ++mo)
            heads += m.employedIn(mo) && (m.terminatedAt == kNoTime || m.terminatedAt >= monthFromIndex(mo + 1) - 1)
                ? 1
                : 0;
    }
    putNumber(j, "turnover", hr && heads > 0 ? std::optional<double>(double(left) / (heads / 12.0)) : std::nullopt,
        "no HR dates (hired_at/terminated_at) for the sales managers");
    j["terminated_in_window"] = left;
    return j;
}

} // namespace sa::metrics::detail
