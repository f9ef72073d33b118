// Deals and stage history from the project's deals snapshot (rollup "deals", docs/STORAGE.md):
// the same rows, in the same order, as loadDeals / loadStageHistory read from the tables.
#include "metrics/AuditDataLoader.h"
#include "rollup/Rollup.h"

#include <bit>

namespace sa::metrics {

namespace {

using rollup::DealColumn;

/// Row of a referenced id (kNone for NULL or an id `index` does not know), as columns::ref.
Row refOf(const rollup::pack::IntColumn& c, std::size_t i, const IdIndex& index)
{
    return c.isNull(i) ? kNone : index.find(c.at(i));
}

/// Row of a text code in the chunk dictionary (kNone for NULL).
Row textOf(const rollup::pack::IntColumn& c, std::size_t i, const std::vector<Row>& rows)
{
    return c.isNull(i) ? kNone : rows[static_cast<std::size_t>(c.at(i))];
}

std::vector<Row> internAll(const std::vector<std::string_view>& entries, Dictionary& dict)
{
    std::vector<Row> rows;
    rows.reserve(entries.size());
    for (auto e : entries)
        rows.push_back(dict.intern(e));
    return rows;
}

} // namespace

void AuditDataLoader::readSnapshot(
    const store::Connection& db, IdRange deals, IdRange visits, std::optional<rollup::DealSnapshot>& out)
{
    m_d.dealSource = "table";
    if (!rollupsAllowed()) {
        m_d.dealSourceNote = "snapshot not used (SA_NO_ROLLUP=1 or LoadOptions)";
        return;
    }
    auto opt = [](IdRange r) { return r.hi < r.lo ? std::nullopt : std::optional(r.hi); };
    auto found = rollup::readDeals(db, { deals.rows, opt(deals), visits.rows, opt(visits) });
    if (found.state != rollup::State::Current) {
        m_d.dealSourceNote = std::string("snapshot ") + rollup::toString(found.state) + ": " + found.reason;
        return;
    }
    m_d.dealSource = "snapshot";
    out = std::move(found.snapshot);
}

std::vector<LoadTask> AuditDataLoader::snapshotTasks(const rollup::DealSnapshot& s)
{
    // Before the small tables intern anything, in dictionary order: the rows the table read's merge
    // gives (first use in deal id order, sales_channel before pipeline_name).
    m_snapshotTexts = internAll(s.texts, m_d.texts);
    m_snapshotReasons = internAll(s.reasons, m_d.reasons);
    std::vector<LoadTask> tasks;
    const std::size_t deals = s.deals, visits = s.visits;
    for (std::size_t k = 0; k < 2; ++k)
        tasks.push_back({ "deals snapshot", [this, &s, k, deals](const store::Connection&, int) -> Status {
                             dealsFromSnapshot(s, k * deals / 2, (k + 1) * deals / 2);
                             return {};
                         } });
    // Visits go straight into their place (the two halves' gaps closed afterwards): no merge copy.
    for (std::size_t k = 0; k < 2; ++k)
        tasks.push_back({ "stage_history snapshot", [this, &s, k, visits](const store::Connection&, int) {
                             m_visitsKept[k] = visitsFromSnapshot(s, k * visits / 2, (k + 1) * visits / 2);
                             return Status {};
                         } });
    return tasks;
}

void AuditDataLoader::sizeSnapshotRows(const rollup::DealSnapshot& s)
{
    // Touching ~0.3 GB of fresh pages is most of this: done in phase 1, while the other worker
    // still reads the clients, not on the way to the conversion.
    m_d.deals.resize(s.deals);
    m_leadIdOfDeal.resize(s.deals);
    m_d.stageHistory.resize(s.visits);
    std::vector<std::int64_t> ids(s.deals);
    for (std::size_t i = 0; i < s.deals; ++i)
        ids[i] = s.deal[rollup::kDealId].at(i); // ascending (checked by the decoder)
    m_d.m_dealIndex.build(ids);
}

void AuditDataLoader::dealsFromSnapshot(const rollup::DealSnapshot& s, std::size_t from, std::size_t to)
{
    const auto& c = s.deal;
    for (std::size_t i = from; i < to; ++i) {
        Deal& d = m_d.deals[i];
        d.id = c[rollup::kDealId].at(i);
        d.createdAt = c[rollup::kCreatedAt].at(i);
        d.closedAt = c[rollup::kClosedAt].orElse(i, kNoTime);
        d.expectedCloseDate = c[rollup::kExpectedClose].orElse(i, kNoTime);
        d.stageChangedAt = c[rollup::kStageChangedAt].orElse(i, kNoTime);
        d.hasAmount = !c[rollup::kAmount].isNull(i);
        d.amount = c[rollup::kAmount].at(i);
        d.status = static_cast<DealStatus>(c[rollup::kStatus].at(i));
        d.pipeline = static_cast<Pipeline>(c[rollup::kPipeline].at(i));
        d.probability = c[rollup::kProbability].isNull(i)
            ? -1.0f
            : std::bit_cast<float>(static_cast<std::uint32_t>(c[rollup::kProbability].at(i)));
        d.client = refOf(c[rollup::kClientId], i, m_d.m_clientIndex);
        m_leadIdOfDeal[i] = c[rollup::kLeadId].orElse(i, -1);
        d.owner = refOf(c[rollup::kOwnerId], i, m_d.m_managerIndex);
        d.stage = refOf(c[rollup::kStageId], i, m_d.m_stageIndex);
        d.channel = refOf(c[rollup::kChannelId], i, m_d.m_channelIndex);
        d.salesChannel = textOf(c[rollup::kSalesChannel], i, m_snapshotTexts);
        d.pipelineName = textOf(c[rollup::kPipelineName], i, m_snapshotTexts);
        d.lossReason = textOf(c[rollup::kLossReason], i, m_snapshotReasons);
    }
}

std::size_t AuditDataLoader::visitsFromSnapshot(const rollup::DealSnapshot& s, std::size_t from, std::size_t to)
{
    const auto& c = s.visit;
    StageVisit* out = m_d.stageHistory.data() + from;
    for (std::size_t i = from; i < to; ++i) {
        StageVisit v;
        v.deal = refOf(c[rollup::kVisitDeal], i, m_d.m_dealIndex);
        v.stage = refOf(c[rollup::kVisitStage], i, m_d.m_stageIndex);
        if (v.stage == kNone || v.deal == kNone)
            continue;
        v.enteredAt = c[rollup::kVisitEntered].at(i);
        v.exitedAt = c[rollup::kVisitExited].orElse(i, kNoTime);
        *out++ = v;
    }
    return static_cast<std::size_t>(out - (m_d.stageHistory.data() + from));
}

void AuditDataLoader::closeSnapshotVisits()
{
    // The halves kept kept[0] and kept[1] rows at [0, half) and [half, n): close the gap.
    auto& v = m_d.stageHistory;
    const std::size_t half = v.size() / 2;
    std::move(v.begin() + static_cast<std::ptrdiff_t>(half),
        v.begin() + static_cast<std::ptrdiff_t>(half + m_visitsKept[1]),
        v.begin() + static_cast<std::ptrdiff_t>(m_visitsKept[0]));
    v.resize(m_visitsKept[0] + m_visitsKept[1]);
}

} // namespace sa::metrics
