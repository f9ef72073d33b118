// Component C, knowledge of the base: C1 NPS, C2 ABC-XYZ vs CRM category, C4 churn reasons.
#include "common/Text.h"
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <algorithm>
#include <numeric>

namespace sa::scoring::measures {

std::vector<char> abcClasses(const MeasureContext& c, const std::vector<Minor>& rev)
{
    std::vector<char> cls(rev.size(), 0);
    std::vector<std::size_t> order;
    Minor total = 0;
    for (std::size_t i = 0; i < rev.size(); ++i)
        if (rev[i] > 0)
            order.push_back(i), total += rev[i];
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return rev[a] > rev[b]; });
    const double a = c.params.number("abc_a", 0.8), b = c.params.number("abc_b", 0.95);
    Minor cum = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        cum += rev[order[k]];
        const double share = static_cast<double>(cum) / static_cast<double>(total);
        // the largest client is A even when it alone exceeds the A share
        cls[order[k]] = (share <= a || k == 0) ? 'A' : share <= b ? 'B' : 'C';
    }
    return cls;
}

Measurement measureC1(const MeasureContext& c)
{
    auto m = begin("C1", c.w().w);
    auto& part = m.parts.front();
    std::map<std::pair<Row, Row>, const metrics::NpsResponse*> latest;
    std::vector<const metrics::NpsResponse*> anonymous;
    for (const auto& r : c.d.nps) {
        if (!c.w().w.contains(r.respondedAt))
            continue;
        if (r.client == kNone && r.respondent == kNone) {
            anonymous.push_back(&r);
            continue;
        }
        auto& slot = latest[{ r.client, r.respondent }];
        if (!slot || r.respondedAt >= slot->respondedAt)
            slot = &r;
    }
    for (const auto& [k, r] : latest)
        anonymous.push_back(r);
    if (anonymous.empty())
        return notAssessed(part, Reason::NoData, "No NPS responses in the window."), m;
    std::map<std::string, std::map<std::string, std::array<long long, 3>>> cuts; // cut → key → (n, prom, detr)
    long long prom = 0, detr = 0;
    std::vector<std::int64_t> all, promoters, detractors;
    for (const auto* r : anonymous) {
        prom += r->score >= 9, detr += r->score <= 6;
        all.push_back(r->id);
        if (r->score >= 9)
            promoters.push_back(r->id);
        else if (r->score <= 6)
            detractors.push_back(r->id);
        const std::string seg = r->segment == kNone ? "(none)" : c.d.texts.text(r->segment);
        const std::string mgr = r->manager == kNone ? "(none)" : at(c.d.managers, r->manager).name;
        for (auto [cut, key] : { std::pair { "by_segment", seg }, { "by_manager", mgr },
                 { "by_source", std::string(r->auditInterview ? "audit_interview" : "crm_survey") } }) {
            auto& cell = cuts[cut][key];
            cell[0] += 1, cell[1] += r->score >= 9, cell[2] += r->score <= 6;
        }
    }
    const auto n = static_cast<long long>(anonymous.size());
    setValue(part, "nps", 100.0 * static_cast<double>(prom - detr) / static_cast<double>(n), n);
    for (const auto& [cut, cells] : cuts)
        for (const auto& [key, v] : cells)
            m.details[cut][key]
                = { { "n", v[0] }, { "nps", 100.0 * static_cast<double>(v[1] - v[2]) / static_cast<double>(v[0]) } };
    requireSample(part, n, 30, "NPS respondents");
    drill(m, "Detractors (0-6)", "nps_responses", std::move(detractors));
    drill(m, "Promoters (9-10)", "nps_responses", std::move(promoters));
    drill(m, "NPS responses counted", "nps_responses", std::move(all));
    return m;
}

namespace {

char xyzClass(const MeasureContext& c, Row client)
{
    auto monthly = c.d.revenue.clientMonthly(client, c.w().w.fromMonth(), c.w().w.toMonth());
    std::vector<double> v;
    const auto& grain = c.params.raw("xyz_grain");
    const std::size_t step = grain.is_string() && grain.get<std::string>() == "quarter" ? 3 : 1;
    for (std::size_t i = 0; i < monthly.size(); i += step)
        v.push_back(static_cast<double>(std::accumulate(monthly.begin() + static_cast<long>(i),
            monthly.begin() + static_cast<long>(std::min(i + step, monthly.size())), Minor { 0 })));
    const double x = cv(v);
    return x <= c.params.number("xyz_x", 0.1) ? 'X' : x <= c.params.number("xyz_y", 0.25) ? 'Y' : 'Z';
}

void c2Matrices(Measurement& m, const MeasureContext& c, const std::vector<char>& abc)
{
    const auto before = abcClasses(c, c.revW1);
    for (Row r = 0; r < static_cast<Row>(abc.size()); ++r) {
        const auto i = static_cast<std::size_t>(r);
        if (abc[i]) {
            auto& cell = m.details["abc_xyz"][std::string { abc[i], xyzClass(c, r) }];
            cell["clients"] = (cell.contains("clients") ? cell["clients"].get<int>() : 0) + 1;
            cell["revenue"] = (cell.contains("revenue") ? cell["revenue"].get<double>() : 0.0) + c.major(c.revW[i]);
        }
        if (abc[i] || before[i]) {
            const std::string key = std::string(1, before[i] ? before[i] : '-') + ">" + (abc[i] ? abc[i] : '-');
            auto& mig = m.details["abc_migration"][key];
            mig = (mig.is_number() ? mig.get<int>() : 0) + 1;
        }
    }
}

} // namespace

Measurement measureC2(const MeasureContext& c)
{
    auto m = begin("C2", c.w().w);
    auto& part = m.parts.front();
    if (!c.field("clients.category")) {
        part.fieldAbsent = true;
        return notAssessed(part, Reason::NoData, "The client category is not in the export."), m;
    }
    const auto abc = abcClasses(c, c.revW);
    const auto active = std::count_if(abc.begin(), abc.end(), [](char x) { return x != 0; });
    if (c.monthsOfRevenue() < 12 || active < 20)
        return notAssessed(part, Reason::NoData, "C2 needs 12 months of orders and at least 20 active clients."), m;
    std::set<std::string> top;
    for (const auto& t : c.params.strings("top_tier_values"))
        top.insert(text::matchKey(t));
    if (top.empty())
        return notAssessed(part, Reason::NoData, "No CRM category is mapped to top_tier (refs.top_tier_values)."), m;
    long long a = 0, tagged = 0;
    std::vector<std::int64_t> untagged, aClients;
    for (std::size_t i = 0; i < abc.size(); ++i) {
        if (abc[i] != 'A')
            continue;
        ++a;
        aClients.push_back(c.d.clients[i].id);
        const Row cat = c.d.clients[i].category;
        if (cat != kNone && top.count(text::matchKey(c.d.texts.text(cat))))
            ++tagged;
        else
            untagged.push_back(c.d.clients[i].id);
    }
    ratio(part, "top_tier_share", static_cast<double>(tagged), static_cast<double>(a), 1, "A clients");
    flagRevenueBasis(part, c);
    c2Matrices(m, c, abc);
    drill(m, "A clients not in the top tier", "clients", std::move(untagged));
    drill(m, "A clients", "clients", std::move(aClients));
    return m;
}

Measurement measureC4(const MeasureContext& c)
{
    auto m = begin("C4", c.w().wPrev);
    auto& part = m.parts.front();
    if (!c.field("clients.churn_reason") && c.c4EvidenceClients.empty()) {
        part.fieldAbsent = true;
        return notAssessed(part, Reason::NoData, "Churn reasons are not in the export and no evidence is tagged C4."),
               m;
    }
    if (c.monthsOfRevenue() < 24)
        return notAssessed(part, Reason::NoData, "C4 needs 24 months of orders."), m;
    const auto abc = abcClasses(c, c.revW1);
    long long lost = 0, known = 0;
    std::vector<std::int64_t> unknown, declining, lostIds;
    for (std::size_t i = 0; i < abc.size(); ++i) {
        if (c.revW1[i] > 0 && c.revW[i] > 0 && static_cast<double>(c.revW[i]) < 0.7 * static_cast<double>(c.revW1[i]))
            declining.push_back(c.d.clients[i].id);
        if ((abc[i] != 'A' && abc[i] != 'B') || c.revW[i] > 0)
            continue;
        ++lost;
        lostIds.push_back(c.d.clients[i].id);
        const Row reason = c.d.clients[i].churnReason;
        const bool ok = (reason != kNone && !c.d.reasonGeneric[static_cast<std::size_t>(reason)])
            || c.c4EvidenceClients.count(static_cast<Row>(i));
        if (ok)
            ++known;
        else
            unknown.push_back(c.d.clients[i].id);
    }
    ratio(part, "reason_share", static_cast<double>(known), static_cast<double>(lost), 3, "lost key clients");
    flagRevenueBasis(part, c);
    m.details["declining_clients"] = declining.size();
    m.details["declining_ids"] = std::vector<std::int64_t>(
        declining.begin(), declining.begin() + static_cast<long>(std::min<std::size_t>(declining.size(), 1000)));
    drill(m, "Lost key clients without a known reason", "clients", std::move(unknown));
    drill(m, "Lost key clients", "clients", std::move(lostIds));
    drill(m, "Declining clients (revenue down > 30 %)", "clients", std::move(declining));
    return m;
}

} // namespace sa::scoring::measures
