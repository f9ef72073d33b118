// Funnel (empirical and as an absorbing Markov chain). Formulas: docs/METRICS.md.
#include "metrics/MetricsFamilies.h"
#include "metrics/Stalled.h"
#include "metrics/Stats.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>

namespace sa::metrics::detail {

namespace {

/// Open (non-terminal) stage rows of the funnel's pipeline, in order, then its won stage (if any).
std::vector<Row> funnelStages(const Ctx& c, Row* wonStage)
{
    std::vector<Row> open;
    *wonStage = kNone;
    for (Row s : c.d.orderedStages(c.pipeline)) {
        const auto& st = c.d.stages[static_cast<std::size_t>(s)];
        if (st.terminal == Terminal::None)
            open.push_back(s);
        else if (st.terminal == Terminal::Won && *wonStage == kNone)
            *wonStage = s;
    }
    return open;
}

/// Position of each stage row in `open` (−1 = not an open stage of the funnel).
std::vector<int> positions(const Ctx& c, const std::vector<Row>& open)
{
    std::vector<int> pos(c.d.stages.size(), -1);
    for (std::size_t i = 0; i < open.size(); ++i)
        pos[static_cast<std::size_t>(open[i])] = static_cast<int>(i);
    return pos;
}

} // namespace

std::vector<Row> cohortOf(const Ctx& c)
{
    std::vector<char> inPipeline(c.d.stages.size(), 0);
    for (std::size_t s = 0; s < c.d.stages.size(); ++s)
        inPipeline[s] = c.d.stages[s].pipelineName == c.pipeline ? 1 : 0;
    std::vector<Row> rows;
    for (Row r : c.created) {
        const auto& d = c.deal(r);
        if (d.stage != kNone && inPipeline[static_cast<std::size_t>(d.stage)] && d.isRealOpportunity())
            rows.push_back(r);
    }
    return rows;
}

Json stalled(const Ctx& c)
{
    const StalledDeals st = findStalled(c.d, c.open, c.snapshot);
    const auto count = static_cast<std::int64_t>(st.stalled.size()), open = static_cast<std::int64_t>(st.judged.size());
    Json j;
    j["count"] = count;
    j["open"] = open;
    putRatio(j, "share", double(count), double(open), "no open deals judged");
    j["amount"] = c.major(st.stalledAmount);
    putRatio(j, "amount_share", double(st.stalledAmount), double(st.judgedAmount), "open deals carry no amount");
    j["method"] = open == 0 ? "none" : st.byFallback == 0 ? "stage_limit" : st.byStageLimit == 0 ? "fallback" : "mixed";
    j["deals_by_stage_limit"] = st.byStageLimit;
    j["deals_by_fallback"] = st.byFallback;
    j["open_unjudged"] = st.unjudged.size();
    return j;
}

Json qualification(const Ctx& c)
{
    std::int64_t leads = 0, mql = 0, sql = 0, won = 0;
    for (const auto& l : c.d.leads) {
        if (!c.period.contains(l.createdAt))
            continue;
        if (c.filtered && l.deal != kNone && !c.filter.matches(c.d, c.deal(l.deal)))
            continue;
        ++leads;
        mql += l.mqlAt != kNoTime ? 1 : 0;
        sql += l.sqlAt != kNoTime ? 1 : 0;
        won += l.deal != kNone && c.deal(l.deal).isWon() && c.deal(l.deal).closedAt <= c.snapshot ? 1 : 0;
    }
    Json j;
    j["leads"] = leads;
    j["mql"] = mql;
    j["sql"] = sql;
    j["won"] = won;
    // 0 MQL is a finding only where MQL is recorded at all (lead mql_at or a stage mapped to mql).
    const bool mqlRecorded
        = std::any_of(c.d.leads.begin(), c.d.leads.end(), [](const Lead& l) { return l.mqlAt != kNoTime; })
        || std::any_of(
            c.d.stages.begin(), c.d.stages.end(), [](const Stage& s) { return s.funnelStep == FunnelStep::Mql; });
    if (mqlRecorded)
        putRatio(j, "lead_to_mql", double(mql), double(leads), "no leads in the period");
    else
        putNumber(j, "lead_to_mql", std::nullopt, "no MQL recorded (lead mql_at or a stage mapped to funnel_step mql)");
    putRatio(j, "mql_to_sql", double(sql), double(mql),
        mql == 0 && leads > 0 ? "no MQL recorded (map stages to funnel_step mql)" : "no MQL in the period");
    putRatio(j, "sql_to_won", double(won), double(sql), "no SQL in the period");
    putRatio(j, "overall", double(won), double(leads), "no leads in the period");
    j["leads_derived_from_deals"] = c.d.leadsDerived;
    return j;
}

Json cycle(const Ctx& c)
{
    Json j;
    std::vector<double> won;
    std::map<Row, std::vector<double>> byChannel;
    for (Row r : c.closed) {
        const auto& d = c.deal(r);
        if (d.isWon() && d.isAcquisition()) {
            won.push_back(cycleDays(d));
            byChannel[d.channel].push_back(won.back());
        }
    }
    const std::size_t wonDeals = won.size();
    putNumber(j, "median_days", stats::median(won), "no won acquisition deals in the period");
    j["won_deals"] = wonDeals;
    j["by_channel"] = Json::array();
    for (auto& [ch, days] : byChannel) {
        Json e;
        e["channel"] = ch == kNone ? Json(nullptr) : Json(c.d.channels[static_cast<std::size_t>(ch)].name);
        const std::size_t n = days.size();
        putNumber(e, "median_days", stats::median(days), "no won deals");
        e["won_deals"] = n;
        j["by_channel"].push_back(e);
    }
    return j;
}

namespace {

/// Cohort transitions between the open stages of the funnel: counts(i, j) for transient i → transient
/// j, → won (column n), → lost (column n + 1); sojourn days and exits per transient i.
struct Transitions {
    Eigen::MatrixXd counts;
    std::vector<double> stayDays, stays;
};

Transitions transitions(const Ctx& c, const std::vector<Row>& open)
{
    const auto pos = positions(c, open);
    const auto n = static_cast<Eigen::Index>(open.size());
    Transitions t { Eigen::MatrixXd::Zero(n, n + 2), std::vector<double>(open.size(), 0.0),
        std::vector<double>(open.size(), 0.0) };
    for (Row r : c.cohort) {
        const auto& d = c.deal(r);
        Eigen::Index prev = -1; // transient position of the previous row, −1 = none
        for (auto i = d.shBegin; i < d.shEnd; ++i) {
            const auto& v = c.d.stageHistory[static_cast<std::size_t>(i)];
            const auto terminal = c.d.stages[static_cast<std::size_t>(v.stage)].terminal;
            const Eigen::Index at = pos[static_cast<std::size_t>(v.stage)];
            const Eigen::Index to = terminal == Terminal::Won ? n : terminal == Terminal::Lost ? n + 1 : at;
            if (prev >= 0 && to >= 0 && to != prev)
                t.counts(prev, to) += 1.0;
            prev = terminal == Terminal::None ? at : -1;
            if (prev >= 0 && v.exitedAt != kNoTime) {
                t.stayDays[static_cast<std::size_t>(prev)] += daysBetween(v.enteredAt, v.exitedAt);
                t.stays[static_cast<std::size_t>(prev)] += 1.0;
            }
        }
        if (prev >= 0 && d.status != DealStatus::Open) // closed without a terminal row in the history
            t.counts(prev, d.isWon() ? n : n + 1) += 1.0;
    }
    return t;
}

} // namespace

Markov markovChain(const Ctx& c)
{
    Row wonStage = kNone;
    const auto open = funnelStages(c, &wonStage);
    const std::size_t n = open.size();
    Markov m;
    m.pWin.assign(c.d.stages.size(), std::nullopt);
    m.days.assign(c.d.stages.size(), std::nullopt);
    const auto [counts, stayDays, stays] = transitions(c, open);
    if (n == 0 || counts.sum() == 0.0) {
        m.reason = "no stage history transitions in the period";
        return m;
    }
    Eigen::MatrixXd Q = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    Eigen::MatrixXd R = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), 2);
    Eigen::VectorXd tau = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(n));
    for (std::size_t i = 0; i < n; ++i) {
        const auto ii = static_cast<Eigen::Index>(i);
        const double out = counts.row(ii).sum();
        if (out > 0) {
            Q.row(ii) = counts.row(ii).head(static_cast<Eigen::Index>(n)) / out;
            R.row(ii) = counts.row(ii).tail(2) / out;
        }
        tau(ii) = stays[i] > 0 ? stayDays[i] / stays[i] : 0.0;
    }
    const Eigen::MatrixXd I = Eigen::MatrixXd::Identity(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    Eigen::FullPivLU<Eigen::MatrixXd> lu(I - Q);
    if (!lu.isInvertible()) {
        m.reason = "the transition matrix has no absorbing path from some stage";
        return m;
    }
    const Eigen::MatrixXd N = lu.inverse();
    const Eigen::MatrixXd B = N * R;
    const Eigen::VectorXd t = N * tau;
    for (std::size_t i = 0; i < n; ++i) {
        const auto ii = static_cast<Eigen::Index>(i);
        if (counts.row(ii).sum() == 0.0)
            continue; // never left this stage: no estimate
        m.pWin[static_cast<std::size_t>(open[i])] = B(ii, 0);
        m.days[static_cast<std::size_t>(open[i])] = t(ii);
    }
    return m;
}

/// Median time in stage over the period (history rows that exited in it), per entry of `open`.
std::vector<std::optional<double>> stageStays(const Ctx& c)
{
    Row wonStage = kNone;
    const auto open = funnelStages(c, &wonStage);
    const auto pos = positions(c, open);
    std::vector<std::vector<double>> stay(open.size());
    for (const auto& v : c.d.stageHistory) { // the row's own test first: most rows fail it
        const int i = pos[static_cast<std::size_t>(v.stage)];
        if (i < 0 || !c.period.contains(v.exitedAt))
            continue;
        const auto& d = c.deal(v.deal);
        if (d.isRealOpportunity() && (!c.filtered || c.filter.matches(c.d, d)))
            stay[static_cast<std::size_t>(i)].push_back(daysBetween(v.enteredAt, v.exitedAt));
    }
    std::vector<std::optional<double>> out;
    for (auto& days : stay)
        out.push_back(stats::median(days));
    return out;
}

void countReach(const Ctx& c, FunnelCounts& f)
{
    f.stages = funnelStages(c, &f.wonStage);
    // reached(s) = won deals + the others whose highest order reached is ≥ order(s). The stages are
    // in ascending order: count the deals by how many stages their order reaches, then sum suffixes.
    std::vector<int> orders;
    for (Row s : f.stages)
        orders.push_back(c.d.stages[static_cast<std::size_t>(s)].order);
    std::vector<std::int64_t> reaching(orders.size() + 1, 0);
    for (Row r : c.cohort) {
        const auto& d = c.deal(r);
        if (d.isWon())
            ++f.won;
        else
            ++reaching[static_cast<std::size_t>(
                std::upper_bound(orders.begin(), orders.end(), d.reachedOrder) - orders.begin())];
    }
    f.reached.assign(orders.size(), f.won);
    std::int64_t beyond = 0;
    for (std::size_t i = orders.size(); i-- > 0;) {
        beyond += reaching[i + 1];
        f.reached[i] += beyond;
    }
}

Json funnel(const Ctx& c, const FunnelCounts& f, const Markov& m, Json stalled, Json qualification, Json cycle)
{
    Json j;
    j["pipeline"] = c.pipeline;
    j["deals"] = c.cohort.size();
    j["stages"] = Json::array();
    std::int64_t first = -1, prev = -1;
    const std::string noExit = m.reason.empty() ? "no transitions out of this stage" : m.reason;
    auto addStage = [&](const std::string& name, std::int64_t reached, Row stage, std::optional<double> stay) {
        Json s;
        s["name"] = name;
        s["reached"] = reached;
        if (first < 0)
            first = reached;
        putRatio(
            s, "conv_prev", double(reached), double(prev < 0 ? reached : prev), "no deals reached the previous stage");
        putRatio(s, "conv_first", double(reached), double(first), "no deals in the period");
        s["drop_off"] = prev < 0 ? 0 : prev - reached;
        putNumber(s, "median_days_in_stage", stay, "no deal left this stage in the period");
        const bool won = stage == kNone;
        putNumber(
            s, "markov_p_win", won ? std::optional<double>(1.0) : m.pWin[static_cast<std::size_t>(stage)], noExit);
        putNumber(s, "markov_expected_days", won ? std::optional<double>(0.0) : m.days[static_cast<std::size_t>(stage)],
            noExit);
        j["stages"].push_back(std::move(s));
        prev = reached;
    };
    for (std::size_t i = 0; i < f.stages.size(); ++i)
        addStage(
            c.d.stages[static_cast<std::size_t>(f.stages[i])].name, f.reached[i], f.stages[i], f.medianDaysInStage[i]);
    addStage(f.wonStage == kNone ? "won" : c.d.stages[static_cast<std::size_t>(f.wonStage)].name, f.won, kNone,
        std::nullopt);
    putRatio(j, "overall_conversion", double(f.won), double(c.cohort.size()), "no deals created in the period");
    j["stalled"] = std::move(stalled);
    j["qualification"] = std::move(qualification);
    j["cycle"] = std::move(cycle);
    return j;
}

} // namespace sa::metrics::detail
