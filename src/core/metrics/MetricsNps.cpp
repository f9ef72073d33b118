// NPS (criterion C1's reading): promoters 9-10 minus detractors 0-6 over the latest response per
// (client, respondent) in the period; overall, by segment and by month. Formulas: docs/METRICS.md.
#include "metrics/MetricsFamilies.h"

#include <map>
#include <unordered_map>

namespace sa::metrics::detail {

namespace {

/// C1: the latest response per (client, respondent) in the period; anonymous responses (no
/// client, no respondent) all count.
std::vector<const NpsResponse*> latestResponses(const Ctx& c)
{
    std::unordered_map<std::uint64_t, const NpsResponse*> latest;
    std::vector<const NpsResponse*> kept;
    for (const auto& r : c.d.nps) {
        if (!c.period.contains(r.respondedAt))
            continue;
        if (r.client == kNone && r.respondent == kNone) {
            kept.push_back(&r);
            continue;
        }
        const auto key = (std::uint64_t(std::uint32_t(r.client)) << 32) | std::uint32_t(r.respondent);
        auto& slot = latest[key];
        if (!slot || slot->respondedAt < r.respondedAt)
            slot = &r;
    }
    for (const auto& [key, r] : latest)
        kept.push_back(r);
    return kept;
}

struct Tally {
    std::int64_t p = 0, n = 0, d = 0;
    void add(int score) { (score >= 9 ? p : score <= 6 ? d : n)++; }
    void add(const Tally& t)
    {
        p += t.p;
        n += t.n;
        d += t.d;
    }
};

Json tallyJson(const Tally& t)
{
    Json e;
    const auto total = t.p + t.n + t.d;
    putNumber(e, "score", total ? std::optional<double>(100.0 * double(t.p - t.d) / double(total)) : std::nullopt,
        "no responses");
    e["promoters"] = t.p;
    e["passives"] = t.n;
    e["detractors"] = t.d;
    e["responses"] = total;
    return e;
}

Json nps(const Ctx& c)
{
    Tally all;
    std::vector<Tally> bySegmentRow(c.d.texts.size() + 1); // segment row + 1 (0 = none)
    std::map<int, Tally> byMonth;
    std::vector<std::int64_t> distribution(11, 0); // responses per score 0..10 (the import rejects others)
    for (const NpsResponse* r : latestResponses(c)) {
        all.add(r->score);
        if (r->score >= 0 && r->score <= 10)
            ++distribution[static_cast<std::size_t>(r->score)];
        bySegmentRow[static_cast<std::size_t>(r->segment + 1)].add(r->score);
        byMonth[monthIndex(r->respondedAt)].add(r->score);
    }
    std::map<std::string, Tally> seg; // by name: no segment and an empty one are the same row
    for (std::size_t i = 0; i < bySegmentRow.size(); ++i)
        if (const auto& t = bySegmentRow[i]; t.p + t.n + t.d > 0)
            seg[i == 0 ? std::string() : c.d.texts.text(static_cast<Row>(i - 1))].add(t);
    Json j = tallyJson(all);
    j["distribution"] = distribution;
    j["by_segment"] = Json::array();
    for (const auto& [s, t] : seg) {
        Json e = tallyJson(t);
        e["segment"] = s.empty() ? Json(nullptr) : Json(s);
        j["by_segment"].push_back(e);
    }
    j["by_month"] = Json::array();
    for (const auto& [m, t] : byMonth) {
        Json e = tallyJson(t);
        e["month"] = formatMonth(monthFromIndex(m));
        j["by_month"].push_back(e);
    }
    return j;
}

} // namespace

Json clientsNps(const Ctx& c)
{
    return { { "nps", nps(c) } };
}

} // namespace sa::metrics::detail
