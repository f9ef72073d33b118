// Pipeline: open deals at the snapshot by stage × manager / sales channel / lead source, aging,
// probability-weighted amounts and plan coverage. Formulas: docs/METRICS.md.
#include "metrics/MetricsFamilies.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <numeric>

namespace sa::metrics::detail {

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

/// Open deals by stage name × the names of one other column of the deal.
struct Cut {
    NameIds names;
    Row Deal::*column = nullptr;
    std::vector<Cell> cells; ///< stage name id × names.names.size() + name id
    void add(std::size_t stage, const Deal& x, double p)
    {
        cells[stage * names.names.size() + static_cast<std::size_t>(names.id(x.*column))].add(x.amount, p);
    }
};

template <class NameOf>
Cut makeCut(const Ctx& c, const std::vector<Row>& open, std::size_t rows, Row Deal::*column, std::size_t stageNames,
    NameOf nameOf)
{
    Cut cut { nameIds(usedRows(c, open, rows, [&](const Deal& x) { return x.*column; }), nameOf), column, {} };
    cut.cells.resize(stageNames * cut.names.names.size());
    return cut;
}

Json cutJson(const Ctx& c, const NameIds& stageNames, const Cut& cut, const char* key)
{
    Json a = Json::array();
    const std::size_t k = cut.names.names.size();
    for (std::size_t i = 0; i < cut.cells.size(); ++i) {
        if (cut.cells[i].count == 0)
            continue;
        Json e = cellJson(c, cut.cells[i]);
        e["stage"] = stageNames.names[i / k];
        const auto& name = cut.names.names[i % k];
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

Json byStageJson(const Ctx& c, const NameIds& stageNames, const std::vector<Cell>& byStage)
{
    Json a = Json::array();
    for (std::size_t s : stageNameOrder(c, stageNames))
        if (byStage[s].count > 0) {
            Json e = cellJson(c, byStage[s]);
            e["stage"] = stageNames.names[s];
            a.push_back(std::move(e));
        }
    return a;
}

Json agingJson(const Ctx& c, const Cell (&aging)[5])
{
    Json a = Json::array();
    const char* bucketNames[] = { "0-30", "31-60", "61-90", "91-180", "181+" };
    for (int i = 0; i < 5; ++i) {
        Json e = cellJson(c, aging[i]);
        e["days"] = bucketNames[i];
        a.push_back(std::move(e));
    }
    return a;
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
    const std::size_t ns = stageNames.names.size();
    Cut byManager = makeCut(c, open, d.managers.size(), &Deal::owner, ns, [&](auto r) { return d.managers[r].name; });
    Cut byChannel = makeCut(
        c, open, d.texts.size(), &Deal::salesChannel, ns, [&](auto r) { return d.texts.text(static_cast<Row>(r)); });
    Cut bySource = makeCut(c, open, d.channels.size(), &Deal::channel, ns, [&](auto r) { return d.channels[r].name; });
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
        for (Cut* cut : { &byManager, &byChannel, &bySource })
            cut->add(s, x, p);
        const double age = daysBetween(x.createdAt, c.snapshot);
        aging[age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 180 ? 3 : 4].add(x.amount, p);
    }
    Json j = cellJson(c, total);
    j["as_of"] = formatDate(c.snapshot);
    j["probability_source"] = { { "deal", bySourceOfP[0] }, { "stage_default", bySourceOfP[1] },
        { "markov", bySourceOfP[2] }, { "none", bySourceOfP[3] } };
    j["by_stage"] = byStageJson(c, stageNames, byStage);
    j["by_stage_manager"] = cutJson(c, stageNames, byManager, "manager");
    j["by_stage_sales_channel"] = cutJson(c, stageNames, byChannel, "sales_channel");
    j["by_stage_source"] = cutJson(c, stageNames, bySource, "source");
    j["aging"] = agingJson(c, aging);
    putCoverage(j, c, total.weighted);
    return j;
}

} // namespace sa::metrics::detail
