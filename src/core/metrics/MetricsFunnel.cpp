// Funnel (empirical and as an absorbing Markov chain) and pipeline. Formulas: docs/METRICS.md.
#include "metrics/MetricsFamilies.h"
#include "metrics/Stalled.h"
#include "metrics/Stats.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

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

namespace {

/// Dense ids for the names of the rows of a table that `used` marks, in name order (equal names
/// share an id; row kNone is the empty name), so that per-deal cells are array slots and still come
/// out in name order.
struct NameIds {
    std::vector<std::string> names; ///< id → name, sorted
    std::vector<int> ofRow; ///< row + 1 → id (index 0 = kNone; −1 = row not used)
    [[nodiscard]] int id(Row r) const { return ofRow[static_cast<std::size_t>(r + 1)]; }
};

template <class NameOf> NameIds nameIds(const std::vector<char>& used, NameOf nameOf)
{
    std::map<std::string, int> sorted { { std::string(), 0 } };
    for (std::size_t r = 0; r < used.size(); ++r)
        if (used[r])
            sorted.emplace(nameOf(r), 0);
    NameIds ids;
    for (auto& [name, id] : sorted) {
        id = static_cast<int>(ids.names.size());
        ids.names.push_back(name);
    }
    ids.ofRow.assign(used.size() + 1, -1);
    ids.ofRow[0] = 0;
    for (std::size_t r = 0; r < used.size(); ++r)
        if (used[r])
            ids.ofRow[r + 1] = sorted[nameOf(r)];
    return ids;
}

/// Marks the rows of a column used by `deals` (size n; kNone is never marked).
template <class Column>
std::vector<char> usedRows(const Ctx& c, const std::vector<Row>& deals, std::size_t n, Column col)
{
    std::vector<char> used(n, 0);
    for (Row r : deals)
        if (const Row v = col(c.deal(r)); v != kNone)
            used[static_cast<std::size_t>(v)] = 1;
    return used;
}

struct Cell {
    std::int64_t count = 0;
    Minor amount = 0;
    double weighted = 0.0;
    void add(Minor a, double p)
    {
        ++count;
        amount += a;
        weighted += double(a) * p;
    }
};

/// Open deals by stage name × the names of one other column.
struct Cut {
    const NameIds* other = nullptr;
    std::vector<Cell> cells; ///< stage name id × other.names.size() + other id
};

/// The win probability of an open deal (deal, else stage default, else Markov) and its source.
enum class PSource { Deal, Stage, Markov, None };
std::pair<double, PSource> probability(const Ctx& c, const Deal& d, const Markov& m)
{
    const auto& st = c.d.stages[static_cast<std::size_t>(d.stage)];
    if (d.probability >= 0)
        return { d.probability / 100.0, PSource::Deal };
    if (st.defaultProbability >= 0)
        return { st.defaultProbability / 100.0, PSource::Stage };
    if (const auto& p = m.pWin[static_cast<std::size_t>(d.stage)])
        return { *p, PSource::Markov };
    return { 0.0, PSource::None };
}

Json cellJson(const Ctx& c, const Cell& x)
{
    Json e;
    e["count"] = x.count;
    e["amount"] = c.major(x.amount);
    e["weighted_amount"] = x.weighted / std::pow(10.0, c.d.currency.exponent);
    return e;
}

Json cutJson(const Ctx& c, const NameIds& stageNames, const Cut& cut, const char* key)
{
    Json a = Json::array();
    const std::size_t k = cut.other->names.size();
    for (std::size_t i = 0; i < cut.cells.size(); ++i) {
        if (cut.cells[i].count == 0)
            continue;
        Json e = cellJson(c, cut.cells[i]);
        e["stage"] = stageNames.names[i / k];
        const auto& name = cut.other->names[i % k];
        e[key] = name.empty() ? Json(nullptr) : Json(name);
        a.push_back(std::move(e));
    }
    return a;
}

/// Stage names in pipeline order (a name shared by several pipelines takes its earliest position).
std::vector<std::size_t> stageNameOrder(const Ctx& c, const NameIds& stageNames)
{
    std::vector<int> rank(stageNames.names.size(), std::numeric_limits<int>::max());
    for (std::size_t s = 0; s < c.d.stages.size(); ++s) {
        auto& r = rank[static_cast<std::size_t>(stageNames.id(static_cast<Row>(s)))];
        r = std::min(r, c.d.stages[s].order);
    }
    std::vector<std::size_t> ids(stageNames.names.size());
    std::iota(ids.begin(), ids.end(), std::size_t { 0 });
    std::stable_sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
    return ids;
}

/// Coverage of the plan for the 3 months after the snapshot (company revenue_plan).
void putCoverage(Json& j, const Ctx& c, double weighted)
{
    const int m0 = monthIndex(c.snapshot) + 1;
    Minor plan = 0;
    bool planned = false;
    for (const auto& p : c.d.plans)
        if (p.scope == "company" && p.revenuePlan && p.month >= m0 && p.month < m0 + 3) {
            plan += *p.revenuePlan;
            planned = true;
        }
    putRatio(j, "coverage", weighted, planned ? double(plan) : 0.0,
        "no company revenue plan for the 3 months after the period");
}

} // namespace

Json pipeline(const Ctx& c, const Markov& m)
{
    const auto& d = c.d;
    std::vector<Row> open; // open deals with a stage
    std::copy_if(
        c.open.begin(), c.open.end(), std::back_inserter(open), [&](Row r) { return c.deal(r).stage != kNone; });
    const NameIds stageNames = nameIds(std::vector<char>(d.stages.size(), 1), [&](auto r) { return d.stages[r].name; });
    const NameIds managers = nameIds(usedRows(c, open, d.managers.size(), [](const Deal& x) { return x.owner; }),
        [&](auto r) { return d.managers[r].name; });
    const NameIds sales = nameIds(usedRows(c, open, d.texts.size(), [](const Deal& x) { return x.salesChannel; }),
        [&](auto r) { return d.texts.text(static_cast<Row>(r)); });
    const NameIds sources = nameIds(usedRows(c, open, d.channels.size(), [](const Deal& x) { return x.channel; }),
        [&](auto r) { return d.channels[r].name; });
    const std::size_t ns = stageNames.names.size();
    Cut byManager { &managers, std::vector<Cell>(ns * managers.names.size()) };
    Cut byChannel { &sales, std::vector<Cell>(ns * sales.names.size()) };
    Cut bySource { &sources, std::vector<Cell>(ns * sources.names.size()) };
    std::vector<Cell> byStage(ns);
    Cell total, aging[5];
    std::int64_t bySourceOfP[4] = {};
    for (Row r : open) {
        const auto& x = c.deal(r);
        const auto [p, from] = probability(c, x, m);
        ++bySourceOfP[static_cast<int>(from)];
        const auto s = static_cast<std::size_t>(stageNames.id(x.stage));
        total.add(x.amount, p);
        byStage[s].add(x.amount, p);
        byManager.cells[s * managers.names.size() + static_cast<std::size_t>(managers.id(x.owner))].add(x.amount, p);
        byChannel.cells[s * sales.names.size() + static_cast<std::size_t>(sales.id(x.salesChannel))].add(x.amount, p);
        bySource.cells[s * sources.names.size() + static_cast<std::size_t>(sources.id(x.channel))].add(x.amount, p);
        const double age = daysBetween(x.createdAt, c.snapshot);
        aging[age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 180 ? 3 : 4].add(x.amount, p);
    }
    Json j = cellJson(c, total);
    j["as_of"] = formatDate(c.snapshot);
    j["probability_source"] = { { "deal", bySourceOfP[0] }, { "stage_default", bySourceOfP[1] },
        { "markov", bySourceOfP[2] }, { "none", bySourceOfP[3] } };
    j["by_stage"] = Json::array();
    for (std::size_t s : stageNameOrder(c, stageNames))
        if (byStage[s].count > 0) {
            Json e = cellJson(c, byStage[s]);
            e["stage"] = stageNames.names[s];
            j["by_stage"].push_back(std::move(e));
        }
    j["by_stage_manager"] = cutJson(c, stageNames, byManager, "manager");
    j["by_stage_sales_channel"] = cutJson(c, stageNames, byChannel, "sales_channel");
    j["by_stage_source"] = cutJson(c, stageNames, bySource, "source");
    j["aging"] = Json::array();
    const char* bucketNames[] = { "0-30", "31-60", "61-90", "91-180", "181+" };
    for (int i = 0; i < 5; ++i) {
        Json e = cellJson(c, aging[i]);
        e["days"] = bucketNames[i];
        j["aging"].push_back(std::move(e));
    }
    putCoverage(j, c, total.weighted);
    return j;
}

} // namespace sa::metrics::detail
