// Funnel (empirical and as an absorbing Markov chain) and pipeline. Formulas: docs/METRICS.md.
#include "metrics/MetricsFamilies.h"
#include "metrics/Stats.h"

#include <Eigen/Dense>
#include <algorithm>
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

bool inPipeline(const Ctx& c, const Deal& d)
{
    return d.stage != kNone && c.d.stages[static_cast<std::size_t>(d.stage)].pipelineName == c.pipeline;
}

/// The cohort: deals of the pipeline created in the period, non_target losses excluded (§2).
std::vector<Row> cohort(const Ctx& c)
{
    std::vector<Row> rows;
    for (Row r : c.deals) {
        const auto& d = c.deal(r);
        if (inPipeline(c, d) && c.period.contains(d.createdAt) && d.isRealOpportunity())
            rows.push_back(r);
    }
    return rows;
}

Json stalled(const Ctx& c)
{
    const double fallbackDays = c.d.params().number("stall_fallback_days", 30.0);
    // Time in stage is counted to the start of the snapshot day, as criterion P4 counts it, so that
    // the dashboards and the scorecard name the same stalled deals.
    const LocalSeconds judgedAt = startOfDay(c.snapshot);
    std::int64_t open = 0, stalledN = 0, byLimit = 0, byFallback = 0;
    Minor openAmount = 0, stalledAmount = 0;
    for (Row r : c.deals) {
        const auto& d = c.deal(r);
        if (!d.openAt(c.snapshot) || d.stage == kNone
            || c.d.stages[static_cast<std::size_t>(d.stage)].terminal != Terminal::None)
            continue;
        ++open;
        openAmount += d.amount;
        const auto& med = c.d.facts.medStageDays[static_cast<std::size_t>(d.stage)];
        bool isStalled = false;
        if (d.currentEnteredAt != kNoTime && d.currentEnteredAt <= c.snapshot && med) {
            ++byLimit;
            isStalled = daysBetween(d.currentEnteredAt, judgedAt) > std::max(2.0 * *med, 3.0);
        } else { // P4 fallback: no stage change and no done activity for ≥ stall_fallback_days
            ++byFallback;
            LocalSeconds last = std::max(d.createdAt, d.stageChangedAt);
            if (d.lastDoneActivityAt != kNoTime && d.lastDoneActivityAt <= c.snapshot)
                last = std::max(last, d.lastDoneActivityAt);
            isStalled = daysBetween(last, judgedAt) >= fallbackDays;
        }
        if (isStalled) {
            ++stalledN;
            stalledAmount += d.amount;
        }
    }
    Json j;
    j["count"] = stalledN;
    j["open"] = open;
    putRatio(j, "share", double(stalledN), double(open), "no open deals");
    j["amount"] = c.major(stalledAmount);
    putRatio(j, "amount_share", double(stalledAmount), double(openAmount), "open deals carry no amount");
    j["method"] = byFallback == 0 ? "stage_limit" : byLimit == 0 ? "fallback" : "mixed";
    j["deals_by_stage_limit"] = byLimit;
    j["deals_by_fallback"] = byFallback;
    return j;
}

Json qualification(const Ctx& c)
{
    std::int64_t leads = 0, mql = 0, sql = 0, won = 0;
    for (const auto& l : c.d.leads) {
        if (!c.period.contains(l.createdAt))
            continue;
        if (l.deal != kNone && !c.filter.matches(c.d, c.deal(l.deal)))
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
    std::vector<Row> won;
    std::map<Row, std::vector<Row>> byChannel;
    for (Row r : c.deals) {
        const auto& d = c.deal(r);
        if (d.wonIn(c.period) && d.isAcquisition()) {
            won.push_back(r);
            byChannel[d.channel].push_back(r);
        }
    }
    putNumber(j, "median_days", medianCycle(c, won), "no won acquisition deals in the period");
    j["won_deals"] = won.size();
    j["by_channel"] = Json::array();
    for (const auto& [ch, rows] : byChannel) {
        Json e;
        e["channel"] = ch == kNone ? Json(nullptr) : Json(c.d.channels[static_cast<std::size_t>(ch)].name);
        putNumber(e, "median_days", medianCycle(c, rows), "no won deals");
        e["won_deals"] = rows.size();
        j["by_channel"].push_back(e);
    }
    return j;
}

} // namespace

std::optional<double> medianCycle(const Ctx& c, const std::vector<Row>& rows)
{
    std::vector<double> days;
    for (Row r : rows) {
        const auto& d = c.deal(r);
        if (d.isWon() && d.closedAt != kNoTime)
            days.push_back(daysBetween(d.createdAt, d.closedAt));
    }
    return stats::median(days);
}

Markov markovChain(const Ctx& c)
{
    Row wonStage = kNone;
    const auto open = funnelStages(c, &wonStage);
    const std::size_t n = open.size();
    Markov m;
    m.pWin.assign(c.d.stages.size(), std::nullopt);
    m.days.assign(c.d.stages.size(), std::nullopt);
    std::map<Row, std::size_t> pos;
    for (std::size_t i = 0; i < n; ++i)
        pos[open[i]] = i;
    // Counts: transient i → transient j, → won (column n), → lost (column n + 1); sojourn days per i.
    Eigen::MatrixXd counts = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n + 2));
    std::vector<double> stayDays(n, 0.0), stays(n, 0.0);
    for (Row r : cohort(c)) {
        const auto& d = c.deal(r);
        Eigen::Index prev = -1; // transient position of the previous row, −1 = none
        for (auto i = d.shBegin; i < d.shEnd; ++i) {
            const auto& v = c.d.stageHistory[static_cast<std::size_t>(i)];
            const auto& st = c.d.stages[static_cast<std::size_t>(v.stage)];
            Eigen::Index to = -1;
            if (st.terminal == Terminal::Won)
                to = static_cast<Eigen::Index>(n);
            else if (st.terminal == Terminal::Lost)
                to = static_cast<Eigen::Index>(n + 1);
            else if (pos.count(v.stage))
                to = static_cast<Eigen::Index>(pos[v.stage]);
            if (prev >= 0 && to >= 0 && to != prev)
                counts(prev, to) += 1.0;
            prev = -1;
            if (st.terminal == Terminal::None && pos.count(v.stage)) {
                prev = static_cast<Eigen::Index>(pos[v.stage]);
                if (v.exitedAt != kNoTime) {
                    stayDays[static_cast<std::size_t>(prev)] += daysBetween(v.enteredAt, v.exitedAt);
                    stays[static_cast<std::size_t>(prev)] += 1.0;
                }
            }
        }
        if (prev >= 0 && d.status != DealStatus::Open) // closed without a terminal row in the history
            counts(prev, static_cast<Eigen::Index>(d.isWon() ? n : n + 1)) += 1.0;
    }
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

Json funnel(const Ctx& c, const Markov& m)
{
    Json j;
    j["pipeline"] = c.pipeline;
    Row wonStage = kNone;
    const auto open = funnelStages(c, &wonStage);
    const auto rows = cohort(c);
    j["deals"] = rows.size();
    j["stages"] = Json::array();
    std::int64_t first = -1, prev = -1, won = 0;
    for (Row r : rows)
        won += c.deal(r).isWon() ? 1 : 0;
    // Median time in stage over the period (rows that exited in it).
    std::map<Row, std::vector<double>> stay;
    for (const auto& v : c.d.stageHistory)
        if (c.period.contains(v.exitedAt) && c.deal(v.deal).isRealOpportunity()
            && c.filter.matches(c.d, c.deal(v.deal)))
            stay[v.stage].push_back(daysBetween(v.enteredAt, v.exitedAt));
    auto addStage = [&](const std::string& name, std::int64_t reached, Row stage) {
        Json s;
        s["name"] = name;
        s["reached"] = reached;
        if (first < 0)
            first = reached;
        putRatio(
            s, "conv_prev", double(reached), double(prev < 0 ? reached : prev), "no deals reached the previous stage");
        putRatio(s, "conv_first", double(reached), double(first), "no deals in the period");
        s["drop_off"] = prev < 0 ? 0 : prev - reached;
        auto it = stay.find(stage);
        putNumber(s, "median_days_in_stage", it == stay.end() ? std::nullopt : stats::medianOf(it->second),
            "no deal left this stage in the period");
        putNumber(s, "markov_p_win",
            stage == kNone ? std::optional<double>(1.0) : m.pWin[static_cast<std::size_t>(stage)],
            m.reason.empty() ? "no transitions out of this stage" : m.reason);
        putNumber(s, "markov_expected_days",
            stage == kNone ? std::optional<double>(0.0) : m.days[static_cast<std::size_t>(stage)],
            m.reason.empty() ? "no transitions out of this stage" : m.reason);
        j["stages"].push_back(s);
        prev = reached;
    };
    for (Row s : open) {
        const int order = c.d.stages[static_cast<std::size_t>(s)].order;
        std::int64_t reached = 0;
        for (Row r : rows)
            reached += c.deal(r).isWon() || c.deal(r).reachedOrder >= order ? 1 : 0;
        addStage(c.d.stages[static_cast<std::size_t>(s)].name, reached, s);
    }
    addStage(wonStage == kNone ? "won" : c.d.stages[static_cast<std::size_t>(wonStage)].name, won, kNone);
    putRatio(j, "overall_conversion", double(won), double(rows.size()), "no deals created in the period");
    j["stalled"] = stalled(c);
    j["qualification"] = qualification(c);
    j["cycle"] = cycle(c);
    return j;
}

Json pipeline(const Ctx& c, const Markov& m)
{
    struct Cell {
        std::int64_t count = 0;
        Minor amount = 0;
        double weighted = 0.0;
    };
    std::map<std::pair<std::string, std::string>, Cell> byManager, byChannel, bySource;
    std::map<std::string, Cell> byStage;
    Cell total;
    std::int64_t fromDeal = 0, fromStage = 0, fromMarkov = 0, noWeight = 0;
    const char* bucketNames[] = { "0-30", "31-60", "61-90", "91-180", "181+" };
    Cell aging[5];
    for (Row r : c.deals) {
        const auto& d = c.deal(r);
        if (!d.openAt(c.snapshot) || d.stage == kNone)
            continue;
        const auto& st = c.d.stages[static_cast<std::size_t>(d.stage)];
        double p = 0.0;
        if (d.probability >= 0) {
            p = d.probability / 100.0;
            ++fromDeal;
        } else if (st.defaultProbability >= 0) {
            p = st.defaultProbability / 100.0;
            ++fromStage;
        } else if (m.pWin[static_cast<std::size_t>(d.stage)]) {
            p = *m.pWin[static_cast<std::size_t>(d.stage)];
            ++fromMarkov;
        } else
            ++noWeight;
        auto add = [&](Cell& cell) {
            ++cell.count;
            cell.amount += d.amount;
            cell.weighted += double(d.amount) * p;
        };
        const std::string mgr = d.owner == kNone ? "" : c.d.managers[static_cast<std::size_t>(d.owner)].name;
        const std::string sch = d.salesChannel == kNone ? "" : c.d.texts.text(d.salesChannel);
        const std::string src = d.channel == kNone ? "" : c.d.channels[static_cast<std::size_t>(d.channel)].name;
        add(total);
        add(byStage[st.name]);
        add(byManager[{ st.name, mgr }]);
        add(byChannel[{ st.name, sch }]);
        add(bySource[{ st.name, src }]);
        const double age = daysBetween(d.createdAt, c.snapshot);
        add(aging[age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 180 ? 3 : 4]);
    }
    auto cell = [&](const Cell& x) {
        Json e;
        e["count"] = x.count;
        e["amount"] = c.major(x.amount);
        e["weighted_amount"] = x.weighted / std::pow(10.0, c.d.currency.exponent);
        return e;
    };
    auto cut = [&](const auto& mapOf, const char* key) {
        Json a = Json::array();
        for (const auto& [k, x] : mapOf) {
            Json e = cell(x);
            e["stage"] = k.first;
            e[key] = k.second.empty() ? Json(nullptr) : Json(k.second);
            a.push_back(e);
        }
        return a;
    };
    Json j = cell(total);
    j["as_of"] = formatDate(c.snapshot);
    j["probability_source"]
        = { { "deal", fromDeal }, { "stage_default", fromStage }, { "markov", fromMarkov }, { "none", noWeight } };
    // Stages in pipeline order (a name shared by several pipelines takes its earliest position), so
    // that charts and tables list them as the sales process runs, not alphabetically.
    std::map<std::string, int> rank;
    for (const auto& st : c.d.stages)
        if (auto [it, fresh] = rank.try_emplace(st.name, st.order); !fresh)
            it->second = std::min(it->second, st.order);
    std::vector<std::pair<int, std::string>> stageOrder;
    for (const auto& entry : byStage)
        stageOrder.emplace_back(rank[entry.first], entry.first);
    std::sort(stageOrder.begin(), stageOrder.end());
    j["by_stage"] = Json::array();
    for (const auto& [order, name] : stageOrder) {
        Json e = cell(byStage[name]);
        e["stage"] = name;
        j["by_stage"].push_back(e);
    }
    j["by_stage_manager"] = cut(byManager, "manager");
    j["by_stage_sales_channel"] = cut(byChannel, "sales_channel");
    j["by_stage_source"] = cut(bySource, "source");
    j["aging"] = Json::array();
    for (int i = 0; i < 5; ++i) {
        Json e = cell(aging[i]);
        e["days"] = bucketNames[i];
        j["aging"].push_back(e);
    }
    // Coverage of the plan for the 3 months after the snapshot (company revenue_plan).
    const int m0 = monthIndex(c.snapshot) + 1;
    Minor plan = 0;
    bool planned = false;
    for (const auto& p : c.d.plans)
        if (p.scope == "company" && p.revenuePlan && p.month >= m0 && p.month < m0 + 3) {
            plan += *p.revenuePlan;
            planned = true;
        }
    putRatio(j, "coverage", total.weighted, planned ? double(plan) : 0.0,
        "no company revenue plan for the 3 months after the period");
    return j;
}

} // namespace sa::metrics::detail
