// Component L, attribution and cost: L1 source recorded, L2 channel ROI, L5 non-target share,
// L9 CAC trend.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <algorithm>
#include <cmath>

namespace sa::scoring::measures {

Measurement measureL1(const MeasureContext& c)
{
    auto m = begin("L1", c.w().w);
    auto& part = m.parts.front();
    if (!c.field("leads.channel_id") && !c.field("leads.channel_raw") && !c.field("deals.channel_id")) {
        part.fieldAbsent = true;
        return notAssessed(part, Reason::NoData, "No lead source field in leads or deals."), m;
    }
    long long leads = 0, attributed = 0, won = 0, wonAttributed = 0;
    std::vector<Row> unattributed, unattributedWon;
    for (Row r = 0; r < static_cast<Row>(c.d.leads.size()); ++r)
        if (const auto& l = at(c.d.leads, r); c.w().w.contains(l.createdAt)) {
            ++leads, attributed += !l.genericChannel;
            if (l.genericChannel)
                unattributed.push_back(r);
        }
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r)
        if (const auto& x = at(c.d.deals, r); x.isAcquisition() && x.wonIn(c.w().w)) {
            ++won, wonAttributed += x.channel != kNone;
            if (x.channel == kNone)
                unattributedWon.push_back(r);
        }
    const double f2 = won > 0 ? static_cast<double>(wonAttributed) / static_cast<double>(won) : kNaN;
    const double f1 = leads > 0 ? static_cast<double>(attributed) / static_cast<double>(leads) : kNaN;
    m.details = { { "leads_share", leads ? nlohmann::json(f1) : nlohmann::json() },
        { "won_deals_share", won ? nlohmann::json(f2) : nlohmann::json() } };
    if (!c.d.leadsDerived)
        drill(m, "Leads without a source", "leads", idsOf(c.d.leads, unattributed));
    drill(m, "Won deals without a source", "deals", dealIds(c, unattributedWon));
    if (c.d.leadsDerived || leads == 0) {
        if (won == 0)
            return notAssessed(part, Reason::NoData, "No leads and no won acquisition deals in W."), m;
        setValue(part, "attributed_share", f2, won);
    } else {
        setValue(part, "attributed_share", won > 0 ? std::min(f1, f2) : f1, leads);
    }
    requireSample(part, c.d.leadsDerived ? won : leads, 30, "leads");
    return m;
}

namespace {
struct ChannelRoi {
    long long leads = 0, clients = 0;
    double revenue = 0, cost = 0;
    std::vector<Row> leadRows, wonRows; ///< the cohort's leads of the channel and the won ones
};

std::map<Row, ChannelRoi> channelRoi(const MeasureContext& c, const Period& cohort)
{
    std::map<Row, ChannelRoi> out;
    for (std::size_t i = 0; i < c.d.leads.size(); ++i) {
        const auto& l = c.d.leads[i];
        if (l.channel == kNone || !cohort.contains(l.createdAt))
            continue;
        auto& ch = out[l.channel];
        ++ch.leads;
        ch.leadRows.push_back(static_cast<Row>(i));
        const Row deal = c.leadDeal[i];
        if (deal == kNone || !at(c.d.deals, deal).isWon() || at(c.d.deals, deal).closedAt > c.w().asOfEnd)
            continue;
        ch.revenue += c.major(at(c.d.deals, deal).amount), ++ch.clients;
        ch.wonRows.push_back(static_cast<Row>(i));
    }
    for (const auto& k : c.d.channelCosts)
        if (k.channel != kNone && k.month >= cohort.fromMonth() && k.month <= cohort.toMonth())
            out[k.channel].cost += c.major(k.cost);
    return out;
}
} // namespace

Measurement measureL2(const MeasureContext& c, std::optional<double> l1)
{
    const Period cohort = c.d.facts.leadCohort;
    auto m = begin("L2", cohort);
    auto& part = m.parts.front();
    if (c.d.channelCosts.empty()) {
        part.fieldAbsent = true;
        return notAssessed(part, Reason::NoData, "No channel costs were imported."), m;
    }
    if (!l1 || *l1 < 0.8)
        return notAssessed(part, Reason::NoData, "Lead attribution (L1) is below 80 % or not assessed."), m;
    double all = 0, paying = 0, gap = 0;
    long long channels = 0;
    std::vector<Row> paidLeads, paidWon, belowLeads;
    for (const auto& [row, ch] : channelRoi(c, cohort)) {
        const std::string name = at(c.d.channels, row).name;
        const double rr = ch.cost > 0 ? ch.revenue / ch.cost : kNaN;
        m.details["channels"][name] = { { "leads", ch.leads }, { "cost", ch.cost }, { "revenue", ch.revenue },
            { "new_clients", ch.clients }, { "cpl", ch.leads ? ch.cost / double(ch.leads) : 0.0 },
            { "cac", ch.clients ? ch.cost / double(ch.clients) : 0.0 },
            { "rr", ch.cost > 0 ? nlohmann::json(rr) : nlohmann::json() },
            { "gp_roi",
                ch.cost > 0 && c.d.gm.known() ? nlohmann::json((ch.revenue * c.d.gm.value - ch.cost) / ch.cost)
                                              : nlohmann::json() } };
        if (ch.cost <= 0)
            continue;
        ++channels, all += ch.cost;
        if (rr >= 2) {
            paying += ch.cost;
        } else {
            gap += ch.cost - ch.revenue / 2;
            belowLeads.insert(belowLeads.end(), ch.leadRows.begin(), ch.leadRows.end());
        }
        paidLeads.insert(paidLeads.end(), ch.leadRows.begin(), ch.leadRows.end());
        paidWon.insert(paidWon.end(), ch.wonRows.begin(), ch.wonRows.end());
    }
    drill(m, "Leads of paid channels below 2:1", leadTable(c), idsOf(c.d.leads, belowLeads));
    drill(m, "Leads of paid channels", leadTable(c), idsOf(c.d.leads, paidLeads));
    drill(m, "Won leads of paid channels", leadTable(c), idsOf(c.d.leads, paidWon));
    if (all <= 0)
        return notAssessed(part, Reason::NoData, "No paid spend in the cohort months."), m;
    setValue(part, "paid_spend_share_2to1", paying / all, channels);
    setCostImpact(m, gap);
    return m;
}

Measurement measureL5(const MeasureContext& c)
{
    auto m = begin("L5", c.w().w);
    auto& part = m.parts.front();
    if (!c.field(c.d.leadsDerived ? "deals.loss_reason" : "leads.disqualify_reason")) {
        part.fieldAbsent = true;
        return notAssessed(part, Reason::NoData, "The disqualification reason is not in the export."), m;
    }
    long long handed = 0, nonTarget = 0;
    std::vector<Row> handedRows, nonTargetRows;
    for (Row r = 0; r < static_cast<Row>(c.d.leads.size()); ++r) {
        const auto& l = at(c.d.leads, r);
        if (!c.w().w.contains(l.createdAt))
            continue;
        const bool sales = l.owner != kNone && at(c.d.managers, l.owner).isSalesManager();
        if (l.mqlAt == kNoTime && !sales)
            continue;
        ++handed, nonTarget += l.disqualifiedNonTarget;
        handedRows.push_back(r);
        if (l.disqualifiedNonTarget)
            nonTargetRows.push_back(r);
    }
    drill(m, "Non-target leads", leadTable(c), idsOf(c.d.leads, nonTargetRows));
    drill(m, "Leads handed to sales", leadTable(c), idsOf(c.d.leads, handedRows));
    ratio(part, "non_target_share", static_cast<double>(nonTarget), static_cast<double>(handed),
        static_cast<long long>(c.params.number("min_sample_rate", 30)), "leads handed to sales");
    return m;
}

namespace {
struct Cac {
    double cost = 0;
    long long clients = 0;
    int months = 0;
    std::vector<Row> fresh; ///< new client rows
};
Cac cacOf(const MeasureContext& c, const Period& p)
{
    Cac out;
    std::set<int> months;
    for (const auto& k : c.d.channelCosts)
        if (p.contains(monthFromIndex(k.month)))
            out.cost += c.major(k.cost), months.insert(k.month);
    out.months = static_cast<int>(months.size());
    out.fresh = newClientsIn(c, p);
    out.clients = static_cast<long long>(out.fresh.size());
    return out;
}
} // namespace

Measurement measureL9(const MeasureContext& c)
{
    auto m = begin("L9", c.months(0, 24));
    auto& part = m.parts.front();
    Cac now = cacOf(c, c.w().w), before = cacOf(c, c.w().wPrev);
    if (before.months == 0 && now.months >= 12) {
        part.flags.push_back("seasonality_not_controlled");
        now = cacOf(c, c.w().w6), before = cacOf(c, c.months(6, 6));
        m.periodFrom = c.months(6, 6).fromText();
    } else if (now.months + before.months < 12 || now.months == 0) {
        return notAssessed(part, Reason::NoData, "L9 needs 12 months of channel costs."), m;
    }
    m.details = { { "cac_now", now.clients ? now.cost / double(now.clients) : 0.0 },
        { "cac_before", before.clients ? before.cost / double(before.clients) : 0.0 },
        { "new_clients_now", now.clients }, { "new_clients_before", before.clients } };
    drill(m, "New clients (current period)", "clients", idsOf(c.d.clients, now.fresh));
    drill(m, "New clients (previous period)", "clients", idsOf(c.d.clients, before.fresh));
    if (now.clients == 0 || before.clients == 0 || before.cost <= 0)
        return notAssessed(part, Reason::NoData, "No new clients or no cost in one of the periods."), m;
    const double cacNow = now.cost / double(now.clients), cacBefore = before.cost / double(before.clients);
    setValue(part, "cac_growth", cacNow / cacBefore - 1, std::min(now.clients, before.clients));
    requireSample(part, std::min(now.clients, before.clients), 10, "new clients per period");
    if (part.reason == Reason::None)
        setCostImpact(m, std::max(0.0, cacNow - 1.10 * cacBefore) * static_cast<double>(now.clients));
    return m;
}

} // namespace sa::scoring::measures
