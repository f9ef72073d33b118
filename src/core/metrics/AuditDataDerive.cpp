// The §2 shared definitions computed from the loaded tables (see AuditData.h).
#include "common/Text.h"
#include "metrics/AuditDataLoader.h"
#include "metrics/Stats.h"

#include <algorithm>
#include <climits>

namespace sa::metrics {

namespace {

std::vector<std::string> sortedKeys(const std::vector<std::string>& values)
{
    std::vector<std::string> keys;
    for (const auto& v : values)
        keys.push_back(text::matchKey(v));
    std::sort(keys.begin(), keys.end());
    return keys;
}

constexpr int kOpenEnded = INT_MAX / 4; // "still employed" month bound

} // namespace

Result<AuditData> AuditData::load(const store::Project& project, const Params& params, const LoadOptions& options)
{
    AuditData d;
    d.m_params = params;
    AuditDataLoader loader(d, project, options);
    if (auto s = loader.run(); !s)
        return s.error();
    return d;
}

void AuditDataLoader::prepareParams()
{
    const Params& p = m_d.m_params;
    m_d.m_genericKeys = sortedKeys(p.strings("generic_values"));
    m_d.m_nonTargetKeys = sortedKeys(p.strings("non_target_reasons"));
    const auto& cal = p.raw("work_calendar");
    if (cal.is_object() && cal.contains("days") && cal["days"].is_array()) {
        std::fill(std::begin(m_d.m_workdays), std::end(m_d.m_workdays), false);
        for (const auto& day : cal["days"]) // ISO: 1 = Monday … 7 = Sunday
            if (day.is_number_integer() && day.get<int>() >= 1 && day.get<int>() <= 7)
                m_d.m_workdays[day.get<int>() - 1] = true;
    }
    if (cal.is_object() && cal.contains("holidays") && cal["holidays"].is_array())
        for (const auto& h : cal["holidays"])
            if (h.is_string())
                if (auto t = parseIsoDate(h.get<std::string>()))
                    m_d.m_holidays.push_back(*t);
    std::sort(m_d.m_holidays.begin(), m_d.m_holidays.end());
}

void AuditDataLoader::deriveStageHistory()
{
    auto& sh = m_d.stageHistory; // rows of unknown deals or stages were dropped while reading
    auto less = [](const StageVisit& a, const StageVisit& b) {
        return a.deal != b.deal ? a.deal < b.deal : a.enteredAt < b.enteredAt;
    };
    if (!std::is_sorted(sh.begin(), sh.end(), less)) // imports keep deals' rows together: usually skipped
        std::stable_sort(sh.begin(), sh.end(), less);
    for (std::size_t i = 0; i < sh.size(); ++i) {
        auto& deal = m_d.deals[static_cast<std::size_t>(sh[i].deal)];
        if (i == 0 || sh[i - 1].deal != sh[i].deal)
            deal.shBegin = static_cast<std::int32_t>(i);
        deal.shEnd = static_cast<std::int32_t>(i + 1);
        const bool last = i + 1 == sh.size() || sh[i + 1].deal != sh[i].deal;
        if (sh[i].exitedAt == kNoTime && !last)
            sh[i].exitedAt = sh[i + 1].enteredAt;
        const auto& stage = m_d.stages[static_cast<std::size_t>(sh[i].stage)];
        if (stage.terminal != Terminal::Lost)
            deal.reachedOrder = std::max(deal.reachedOrder, stage.order);
        if (sh[i].exitedAt == kNoTime)
            deal.currentEnteredAt = sh[i].enteredAt;
    }
    // Without history: the current stage, or for a lost deal the first stage of its pipeline.
    for (auto& deal : m_d.deals) {
        if (deal.shBegin != deal.shEnd || deal.stage == kNone)
            continue;
        const auto& stage = m_d.stages[static_cast<std::size_t>(deal.stage)];
        if (stage.terminal != Terminal::Lost) {
            deal.reachedOrder = stage.order;
            continue;
        }
        const auto ordered = m_d.orderedStages(stage.pipelineName);
        if (!ordered.empty())
            deal.reachedOrder = m_d.stages[static_cast<std::size_t>(ordered.front())].order;
    }
}

namespace {

/// Per pipeline name: the lowest stage order mapped to mql / sql (INT_MAX = not mapped).
struct StepOrders {
    std::string pipeline;
    int mql = INT_MAX, sql = INT_MAX;
};

LocalSeconds firstEntryAtOrBeyond(const AuditData& d, const Deal& deal, int order)
{
    for (auto i = deal.shBegin; i < deal.shEnd; ++i) {
        const auto& v = d.stageHistory[static_cast<std::size_t>(i)];
        const auto& s = d.stages[static_cast<std::size_t>(v.stage)];
        if (s.terminal != Terminal::Lost && s.order >= order)
            return v.enteredAt;
    }
    return kNoTime;
}

} // namespace

void AuditDataLoader::deriveNonTarget()
{
    m_d.reasonGeneric.resize(m_d.reasons.size());
    m_d.reasonNonTarget.resize(m_d.reasons.size());
    for (std::size_t i = 0; i < m_d.reasons.size(); ++i) {
        const auto key = text::matchKey(m_d.reasons.text(static_cast<Row>(i)));
        m_d.reasonGeneric[i]
            = key.empty() || std::binary_search(m_d.m_genericKeys.begin(), m_d.m_genericKeys.end(), key);
        m_d.reasonNonTarget[i] = std::binary_search(m_d.m_nonTargetKeys.begin(), m_d.m_nonTargetKeys.end(), key);
    }
    for (auto& deal : m_d.deals)
        deal.nonTarget = deal.isLost() && deal.lossReason != kNone
            && m_d.reasonNonTarget[static_cast<std::size_t>(deal.lossReason)];
}

void AuditDataLoader::deriveLeads()
{
    std::vector<StepOrders> steps;
    for (const auto& s : m_d.stages) {
        auto it = std::find_if(steps.begin(), steps.end(), [&](const auto& x) { return x.pipeline == s.pipelineName; });
        if (it == steps.end())
            it = steps.insert(steps.end(), StepOrders { s.pipelineName });
        if (s.funnelStep == FunnelStep::Mql)
            it->mql = std::min(it->mql, s.order);
        if (s.funnelStep == FunnelStep::Sql)
            it->sql = std::min(it->sql, s.order);
    }
    std::vector<const StepOrders*> stepOfStage; // by stage row
    for (const auto& s : m_d.stages)
        stepOfStage.push_back(
            &*std::find_if(steps.begin(), steps.end(), [&](const auto& x) { return x.pipeline == s.pipelineName; }));
    auto stepOf = [&](const Deal& deal) {
        return deal.stage == kNone ? nullptr : stepOfStage[static_cast<std::size_t>(deal.stage)];
    };

    if (m_d.leadsDerived) { // rows made by loadLeads
        for (std::size_t i = 0; i < m_d.deals.size(); ++i) {
            const auto& deal = m_d.deals[i];
            Lead& l = m_d.leads[i];
            l = {};
            l.id = deal.id;
            l.createdAt = deal.createdAt;
            l.channel = deal.channel;
            l.owner = deal.owner;
            l.client = deal.client;
            l.deal = static_cast<Row>(i);
            l.disqualifiedAt = deal.nonTarget ? deal.closedAt : kNoTime;
            l.disqualifiedNonTarget = deal.nonTarget;
            l.firstContactAt = deal.firstContactAt;
            m_d.deals[i].lead = static_cast<Row>(i);
        }
    } else {
        for (std::size_t i = 0; i < m_d.deals.size(); ++i)
            if (m_leadIdOfDeal[i] >= 0)
                m_d.deals[i].lead = m_d.m_leadIndex.find(m_leadIdOfDeal[i]);
        for (std::size_t i = 0; i < m_d.leads.size(); ++i) {
            auto& l = m_d.leads[i];
            if (l.deal != kNone && m_d.deals[static_cast<std::size_t>(l.deal)].lead == kNone)
                m_d.deals[static_cast<std::size_t>(l.deal)].lead = static_cast<Row>(i);
            const Row r = m_leadReason[i];
            l.disqualifiedNonTarget
                = l.disqualifiedAt != kNoTime && r != kNone && m_d.reasonNonTarget[static_cast<std::size_t>(r)];
        }
        for (std::size_t i = 0; i < m_d.deals.size(); ++i) {
            const Row l = m_d.deals[i].lead;
            if (l == kNone)
                continue;
            auto& lead = m_d.leads[static_cast<std::size_t>(l)];
            if (lead.deal == kNone)
                lead.deal = static_cast<Row>(i);
            if (m_d.deals[i].channel == kNone)
                m_d.deals[i].channel = lead.channel;
        }
    }
    m_leadIdOfDeal = {};
    m_leadReason = {};
    for (auto& l : m_d.leads) {
        if (l.channel == kNone)
            l.genericChannel = true;
        if (l.direction == Direction::Unknown && l.channel != kNone)
            l.direction = m_d.channels[static_cast<std::size_t>(l.channel)].type == "outbound" ? Direction::Outbound
                                                                                               : Direction::Inbound;
        if (l.deal == kNone)
            continue;
        const auto& deal = m_d.deals[static_cast<std::size_t>(l.deal)];
        if (l.firstContactAt == kNoTime)
            l.firstContactAt = deal.firstContactAt;
        if (const auto* st = stepOf(deal)) { // §1.1: mql_at / sql_at via stages.funnel_step
            if (l.mqlAt == kNoTime && st->mql != INT_MAX)
                l.mqlAt = firstEntryAtOrBeyond(m_d, deal, st->mql);
            if (l.sqlAt == kNoTime && st->sql != INT_MAX)
                l.sqlAt = firstEntryAtOrBeyond(m_d, deal, st->sql);
        }
    }
}

void AuditDataLoader::deriveWindow()
{
    LocalSeconds latest = m_d.latestDate;
    for (const auto& d : m_d.deals) {
        keepMax(latest, d.createdAt);
        keepMax(latest, d.closedAt);
    }
    for (const auto& v : m_d.stageHistory)
        keepMax(latest, v.enteredAt);
    for (const auto& o : m_d.orders)
        keepMax(latest, o.date);
    for (const auto& r : m_d.nps)
        keepMax(latest, r.respondedAt);
    m_d.latestDate = latest;
    std::optional<LocalSeconds> asOf = m_options.asOf ? m_options.asOf : m_auditAsOf;
    const bool fromAudit = !m_options.asOf && m_auditAsOf;
    if (!asOf && latest != kNoTime)
        asOf = asOfFromLatest(latest);
    m_d.m_hasWindow = asOf.has_value();
    if (asOf)
        m_d.m_window = AuditWindow::at(*asOf, fromAudit || m_options.asOf.has_value());
}

void AuditDataLoader::deriveRevenue()
{
    // Each client's first won deal: its channel is the client's channel (§2).
    for (std::size_t i = 0; i < m_d.deals.size(); ++i) {
        const auto& d = m_d.deals[i];
        if (!d.isWon() || d.client == kNone || d.closedAt == kNoTime)
            continue;
        auto& c = m_d.clients[static_cast<std::size_t>(d.client)];
        if (c.firstWonDeal == kNone || d.closedAt < m_d.deals[static_cast<std::size_t>(c.firstWonDeal)].closedAt)
            c.firstWonDeal = static_cast<Row>(i);
    }
    auto event = [&](Row client, Row deal, LocalSeconds at, Minor amount) {
        RevenueEvent e { client, deal, kNone, kNone, at, amount, 0, false };
        if (deal != kNone)
            e.manager = m_d.deals[static_cast<std::size_t>(deal)].owner;
        if (e.manager == kNone && client != kNone)
            e.manager = m_d.clients[static_cast<std::size_t>(client)].owner;
        Row source = deal;
        if (client != kNone && m_d.clients[static_cast<std::size_t>(client)].firstWonDeal != kNone)
            source = m_d.clients[static_cast<std::size_t>(client)].firstWonDeal;
        if (source != kNone)
            e.channel = m_d.deals[static_cast<std::size_t>(source)].channel;
        return e;
    };
    std::vector<RevenueEvent> events;
    const bool orders = !m_d.orders.empty();
    if (orders) {
        for (const auto& o : m_d.orders)
            if (o.counts) {
                auto e = event(o.client, o.deal, o.date, o.amount);
                e.grossProfit = o.grossProfit;
                e.hasGrossProfit = o.hasGrossProfit;
                events.push_back(e);
            }
    } else {
        for (std::size_t i = 0; i < m_d.deals.size(); ++i) {
            const auto& d = m_d.deals[i];
            if (d.isWon() && d.closedAt != kNoTime)
                events.push_back(event(d.client, static_cast<Row>(i), d.closedAt, d.amount));
        }
    }
    m_d.revenue.build(
        std::move(events), m_d.clients.size(), orders ? RevenueBook::Basis::Orders : RevenueBook::Basis::Deals);
    for (std::size_t c = 0; c < m_d.clients.size(); ++c) {
        const auto b = m_d.revenue.clientBegin(static_cast<Row>(c)), e = m_d.revenue.clientEnd(static_cast<Row>(c));
        if (b < e) {
            m_d.clients[c].firstOrderAt = m_d.revenue.events()[static_cast<std::size_t>(b)].at;
            m_d.clients[c].lastOrderAt = m_d.revenue.events()[static_cast<std::size_t>(e - 1)].at;
        }
    }
}

void AuditDataLoader::deriveGrossMargin()
{
    auto& gm = m_d.gm;
    if (m_d.m_hasWindow) {
        const Period& w = m_d.m_window.w;
        Minor gp = 0, rev = 0;
        for (const auto& f : m_d.financials)
            if (f.revenue && f.grossProfit && f.month >= w.fromMonth() && f.month <= w.toMonth()) {
                gp += *f.grossProfit;
                rev += *f.revenue;
            }
        if (rev > 0) {
            gm = { GrossMargin::Source::Financials, double(gp) / double(rev) };
            return;
        }
        const auto [ogp, base] = m_d.revenue.grossProfit(w);
        if (base > 0 && m_d.revenue.basis() == RevenueBook::Basis::Orders) {
            gm = { GrossMargin::Source::Orders, double(ogp) / double(base) };
            return;
        }
    }
    if (const auto v = m_d.m_params.number("gm"))
        gm = { GrossMargin::Source::Param, *v };
}

void AuditDataLoader::deriveEmployment()
{
    const std::size_t n = m_d.managers.size();
    std::vector<int> first(n, INT_MAX), last(n, INT_MIN);
    auto see = [&](Row m, LocalSeconds t) {
        if (m == kNone || t == kNoTime)
            return;
        const int month = monthIndex(t);
        first[static_cast<std::size_t>(m)] = std::min(first[static_cast<std::size_t>(m)], month);
        last[static_cast<std::size_t>(m)] = std::max(last[static_cast<std::size_t>(m)], month);
    };
    for (const auto& d : m_d.deals)
        see(d.owner, d.createdAt);
    for (const auto& a : m_d.activityDays)
        see(a.manager, a.day);
    for (std::size_t i = 0; i < n; ++i) {
        auto& m = m_d.managers[i];
        if (m.hiredAt != kNoTime) {
            m.employmentFromHr = true;
            const bool firstOfMonth = startOfMonth(m.hiredAt) == startOfDay(m.hiredAt);
            m.firstMonth = monthIndex(m.hiredAt);
            m.firstTenuredMonth = m.firstMonth + 6 + (firstOfMonth ? 0 : 1);
            m.lastMonth = m.terminatedAt == kNoTime ? kOpenEnded : monthIndex(m.terminatedAt);
            const bool lastOfMonth = m.terminatedAt != kNoTime
                && startOfDay(m.terminatedAt) == addMonths(startOfMonth(m.terminatedAt), 1) - kSecondsPerDay;
            m.lastFullMonth = m.terminatedAt == kNoTime ? kOpenEnded : m.lastMonth - (lastOfMonth ? 0 : 1);
        } else if (first[i] <= last[i]) {
            m.firstMonth = first[i];
            m.lastMonth = m.terminatedAt == kNoTime ? last[i] : monthIndex(m.terminatedAt);
            m.firstTenuredMonth = m.firstMonth + 6;
            m.lastFullMonth = m.lastMonth;
        }
    }
}

void AuditDataLoader::deriveFacts()
{
    auto& f = m_d.facts;
    if (!m_d.m_hasWindow)
        return;
    const auto& win = m_d.m_window;
    std::vector<double> cycles;
    double wonAmount = 0.0, lostAmount = 0.0, newSum = 0.0;
    std::int64_t newN = 0;
    for (const auto& d : m_d.deals) {
        if (!d.isAcquisition() || !d.isRealOpportunity() || !d.closedIn(win.w))
            continue;
        if (d.isWon()) {
            ++f.wonW;
            wonAmount += double(d.amount);
            cycles.push_back(daysBetween(d.createdAt, d.closedAt));
            if (d.hasAmount) {
                newSum += double(d.amount);
                ++newN;
            }
        } else {
            ++f.lostW;
            lostAmount += double(d.amount);
        }
    }
    f.medCycleN = static_cast<std::int64_t>(cycles.size());
    f.medCycleDays = stats::median(cycles);
    f.lagDays = f.medCycleDays ? std::min(*f.medCycleDays, 180.0) : 0.0;
    const LocalSeconds cohortEnd = win.asOfEnd - static_cast<LocalSeconds>(f.lagDays * kSecondsPerDay);
    f.leadCohort = { cohortEnd - 365 * kSecondsPerDay + 1, cohortEnd };
    if (newN > 0)
        f.avgNew = static_cast<Minor>(newSum / double(newN) + 0.5);
    f.winRateAmt = stats::ratio(wonAmount, wonAmount + lostAmount);
}

void AuditDataLoader::deriveStageMedians()
{
    auto& f = m_d.facts;
    const std::size_t n = m_d.stages.size();
    f.medStageDays.assign(n, std::nullopt);
    f.medStageN.assign(n, 0);
    f.medStageFromParam.assign(n, false);
    std::vector<std::vector<double>> durations(n);
    if (m_d.m_hasWindow)
        for (const auto& v : m_d.stageHistory)
            if (m_d.m_window.w.contains(v.exitedAt) && m_d.deals[static_cast<std::size_t>(v.deal)].isRealOpportunity())
                durations[static_cast<std::size_t>(v.stage)].push_back(daysBetween(v.enteredAt, v.exitedAt));
    const auto& norms = m_d.m_params.raw("norm_stage_days");
    for (std::size_t s = 0; s < n; ++s) {
        f.medStageN[s] = static_cast<std::int64_t>(durations[s].size());
        if (durations[s].size() >= 10) {
            f.medStageDays[s] = stats::median(durations[s]);
        } else if (norms.is_object() && norms.contains(m_d.stages[s].name) && norms[m_d.stages[s].name].is_number()) {
            f.medStageDays[s] = norms[m_d.stages[s].name].get<double>();
            f.medStageFromParam[s] = true;
        }
    }
}

} // namespace sa::metrics
