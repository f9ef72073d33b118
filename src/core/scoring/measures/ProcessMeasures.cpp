// Component P, data discipline: P3 pipeline passage, P6 loss reasons, P9 CRM discipline.
#include "scoring/measures/MeasureKit.h"
#include "scoring/measures/Measures.h"

#include <algorithm>

namespace sa::scoring::measures {

using metrics::Deal;
using metrics::Terminal;

namespace {

/// P3 complete(d): every mandatory non-terminal stage of its pipeline up to the highest order reached
/// (won: all of them) has a stage_history row for d.
bool passedMandatory(const MeasureContext& c, const Deal& x, std::map<Row, long long>& skipped)
{
    std::set<Row> visited;
    int highest = -1;
    for (auto i = x.shBegin; i < x.shEnd; ++i) {
        const auto& v = c.d.stageHistory[static_cast<std::size_t>(i)];
        visited.insert(v.stage);
        if (v.stage != kNone && c.d.stages[static_cast<std::size_t>(v.stage)].terminal == Terminal::None)
            highest = std::max(highest, c.d.stages[static_cast<std::size_t>(v.stage)].order);
    }
    const std::string& pipeline = x.pipelineName == kNone ? std::string() : c.d.texts.text(x.pipelineName);
    bool ok = true;
    for (Row s = 0; s < static_cast<Row>(c.d.stages.size()); ++s) {
        const auto& st = c.d.stages[static_cast<std::size_t>(s)];
        if (!st.mandatory || st.terminal != Terminal::None || st.pipelineName != pipeline)
            continue;
        if ((x.isWon() || st.order <= highest) && !visited.count(s)) {
            ok = false;
            ++skipped[s];
        }
    }
    return ok;
}

} // namespace

Measurement measureP3(const MeasureContext& c)
{
    auto m = begin("P3", c.w().w);
    auto& part = m.parts.front();
    const auto& st = c.d.stages;
    const bool mandatory = std::any_of(st.begin(), st.end(), [](const auto& s) { return s.mandatory; });
    if (c.d.stageHistory.empty() || !mandatory) {
        part.fieldAbsent = c.d.stageHistory.empty();
        notAssessed(part, Reason::NoData,
            part.fieldAbsent ? "No stage history was imported."
                             : "No stage is flagged mandatory in the stage dictionary.");
        return m;
    }
    std::map<Row, long long> skipped;
    std::vector<Row> incomplete, closedRows;
    long long closed = 0, complete = 0;
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r) {
        const auto& x = c.d.deals[static_cast<std::size_t>(r)];
        if (!closedAcquisition(x, c.w().w))
            continue;
        ++closed;
        closedRows.push_back(r);
        if (passedMandatory(c, x, skipped))
            ++complete;
        else
            incomplete.push_back(r);
    }
    ratio(part, "complete_share", static_cast<double>(complete), static_cast<double>(closed), 30,
        "closed acquisition deals");
    for (const auto& [s, n] : skipped)
        m.details["skipped_by_stage"][st[static_cast<std::size_t>(s)].name] = n;
    drill(m, "Deals that skipped a mandatory stage", "deals", dealIds(c, incomplete));
    drill(m, "Closed acquisition deals", "deals", dealIds(c, closedRows));
    return m;
}

Measurement measureP6(const MeasureContext& c)
{
    auto m = begin("P6", c.w().w);
    auto& part = m.parts.front();
    if (!c.field("deals.loss_reason")) {
        part.fieldAbsent = true;
        notAssessed(part, Reason::NoData, "The loss reason field is not in the deal export.");
        return m;
    }
    long long lost = 0, specific = 0;
    std::vector<Row> missing, lostRows;
    std::map<std::string, long long> top;
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r) {
        const auto& x = c.d.deals[static_cast<std::size_t>(r)];
        if (!x.lostIn(c.w().w))
            continue;
        ++lost;
        lostRows.push_back(r);
        const bool ok = x.lossReason != kNone && !c.d.reasonGeneric[static_cast<std::size_t>(x.lossReason)];
        if (ok)
            ++specific, ++top[c.d.reasons.text(x.lossReason)];
        else
            missing.push_back(r);
    }
    ratio(part, "reason_share", static_cast<double>(specific), static_cast<double>(lost), 20, "lost deals");
    m.details["reasons"] = top;
    drill(m, "Lost deals without a specific reason", "deals", dealIds(c, missing));
    drill(m, "Lost deals", "deals", dealIds(c, lostRows));
    return m;
}

namespace {
struct P9Fields {
    bool owner, amount, close, nextStep;
};

/// Whether deal row r passes; each failing field gets r in `failing`.
bool p9Ok(const MeasureContext& c, Row r, const P9Fields& f, std::map<std::string, std::vector<Row>>& failing)
{
    const Deal& x = at(c.d.deals, r);
    const auto& w = c.w();
    bool owner = true;
    if (f.owner) {
        const auto* mgr = x.owner == kNone ? nullptr : &c.d.managers[static_cast<std::size_t>(x.owner)];
        owner = mgr && (!mgr->employmentFromHr || mgr->employedIn(w.asOfMonth));
    }
    const bool amount = !f.amount || (x.hasAmount && x.amount > 0);
    const bool close = !f.close || (x.expectedCloseDate != kNoTime && x.expectedCloseDate >= w.asOf);
    const bool next = !f.nextStep || (x.lastPlannedDueAt != kNoTime && x.lastPlannedDueAt >= w.asOf);
    for (auto [field, ok] :
        { std::pair { "owner", owner }, { "amount", amount }, { "expected_close_date", close }, { "next_step", next } })
        if (!ok)
            failing[field].push_back(r);
    return owner && amount && close && next;
}
} // namespace

Measurement measureP9(const MeasureContext& c)
{
    auto m = begin("P9", Period::ofDays(c.w().asOf, c.w().asOf));
    auto& part = m.parts.front();
    // a history-only activity export (no planned task at all) cannot show next steps
    const P9Fields f { c.field("deals.owner_id"), c.field("deals.amount"), c.field("deals.expected_close_date"),
        c.d.plannedActivities > 0 };
    if (!f.owner && !f.amount) {
        part.fieldAbsent = true;
        notAssessed(part, Reason::NoData, "Neither deal owner nor amount is in the export.");
        return m;
    }
    std::map<std::string, std::vector<Row>> failing;
    std::vector<Row> bad, openRows;
    long long open = 0, ok = 0;
    for (Row r = 0; r < static_cast<Row>(c.d.deals.size()); ++r) {
        const auto& x = c.d.deals[static_cast<std::size_t>(r)];
        if (!x.openAt(c.w().asOfEnd))
            continue;
        ++open;
        openRows.push_back(r);
        if (p9Ok(c, r, f, failing))
            ++ok;
        else
            bad.push_back(r);
    }
    part.partial = !(f.owner && f.amount && f.close && f.nextStep);
    if (part.partial)
        part.note = "Fields absent from the export were dropped from the completeness test.";
    ratio(part, "complete_share", static_cast<double>(ok), static_cast<double>(open), 30, "open deals");
    for (const auto& field : { "owner", "amount", "expected_close_date", "next_step" })
        m.details["failing_by_field"][field] = failing[field].size();
    m.details["fields_used"] = { { "owner", f.owner }, { "amount", f.amount }, { "expected_close_date", f.close },
        { "next_step", f.nextStep } };
    drill(m, "Open deals with incomplete fields", "deals", dealIds(c, bad));
    if (f.nextStep)
        drill(m, "Open deals without a future next step", "deals", dealIds(c, failing["next_step"]));
    if (f.close)
        drill(m, "Open deals with a past or missing close date", "deals", dealIds(c, failing["expected_close_date"]));
    if (f.owner)
        drill(m, "Open deals without a current owner", "deals", dealIds(c, failing["owner"]));
    if (f.amount)
        drill(m, "Open deals without an amount", "deals", dealIds(c, failing["amount"]));
    drill(m, "Open deals", "deals", dealIds(c, openRows));
    return m;
}

} // namespace sa::scoring::measures
