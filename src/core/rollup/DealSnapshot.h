#pragma once
// The deals snapshot as stored in the project (rollup "deals", docs/STORAGE.md): the columns the
// metrics loader reads from deals and stage_history, packed per column in id order. It keeps the
// raw database ids of the referenced rows (client, lead, owner, stage, channel, deal), never loaded
// row numbers, so that it depends on the deals and stage_history rows alone.
#include "common/Result.h"
#include "metrics/AuditData.h"
#include "rollup/Packing.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sa::store {
class Connection;
}

namespace sa::rollup {

/// Payload format; a payload of any other version is treated as damaged (rebuilt by `optimize`).
constexpr std::uint32_t kDealSnapshotFormat = 1;

/// The deal columns the loader reads, in DealColumn order (append the WHERE clause).
constexpr std::string_view kDealColumns
    = "SELECT id, created_at, closed_at, expected_close_date, stage_changed_at, amount, status, pipeline,"
      " probability, client_id, lead_id, owner_id, stage_id, channel_id, sales_channel, pipeline_name,"
      " loss_reason FROM deals";
/// The stage-history columns the loader reads, in StageColumn order.
constexpr std::string_view kStageColumns = "SELECT deal_id, stage_id, entered_at, exited_at FROM stage_history";

enum DealColumn : int {
    kDealId,
    kCreatedAt,
    kClosedAt,
    kExpectedClose,
    kStageChangedAt,
    kAmount,
    kStatus,
    kPipeline,
    kProbability,
    kClientId,
    kLeadId,
    kOwnerId,
    kStageId,
    kChannelId,
    kSalesChannel,
    kPipelineName,
    kLossReason,
    kDealColumnCount
};
/// The integer columns (ids, dates, amount, referenced ids): DealValues::ints.
constexpr DealColumn kDealIntColumns[] = { kDealId, kCreatedAt, kClosedAt, kExpectedClose, kStageChangedAt, kAmount,
    kClientId, kLeadId, kOwnerId, kStageId, kChannelId };
enum StageColumn : int { kVisitDeal, kVisitStage, kVisitEntered, kVisitExited, kStageColumnCount };

[[nodiscard]] metrics::DealStatus parseDealStatus(std::string_view s) noexcept;
[[nodiscard]] metrics::Pipeline parsePipeline(std::string_view s) noexcept;

/// A decoded snapshot: column views into the payload it owns. Text columns hold dictionary codes
/// (sales_channel and pipeline_name share `texts`, interned in row order as the loader interns
/// them; loss_reason uses `reasons`); status and pipeline hold the parsed enums; probability the
/// bits of the float the loader keeps.
struct DealSnapshot {
    std::unique_ptr<std::string> bytes;
    std::uint64_t deals = 0, visits = 0;
    std::vector<std::string_view> texts, reasons;
    pack::IntColumn deal[kDealColumnCount];
    pack::IntColumn visit[kStageColumnCount];
};

/// The snapshot's values of one deal row, as stored. `ints` is read for the integer columns
/// (id, dates, amount, referenced ids); the enum, float and text columns have fields of their own.
struct DealValues {
    std::optional<std::int64_t> ints[kDealColumnCount];
    metrics::DealStatus status = metrics::DealStatus::Open;
    metrics::Pipeline pipeline = metrics::Pipeline::Acquisition;
    std::optional<float> probability;
    std::optional<std::string_view> salesChannel, pipelineName, lossReason;
};

/// Packs a snapshot: every deal in id order, then endDeals(), then every stage-history row in id
/// order, then take(). The deal columns are packed (and their buffers freed) at endDeals(), so the
/// peak memory is one table's columns, not both.
class DealSnapshotBuilder {
public:
    void addDeal(const DealValues& d);
    void endDeals();
    void addVisit(const std::optional<std::int64_t> (&v)[kStageColumnCount]);
    [[nodiscard]] std::string take();

private:
    pack::Writer m_out;
    pack::IntColumnBuilder m_deals[kDealColumnCount];
    pack::IntColumnBuilder m_visits[kStageColumnCount];
    pack::TextDictionary m_texts, m_reasons;
};

/// One pass over deals and one over stage_history (in id order): the packed payload.
[[nodiscard]] Result<std::string> buildDealSnapshot(const store::Connection& db);
/// Checks every length, code and the id order; a clear message on any mismatch, never a partial
/// result.
[[nodiscard]] Result<DealSnapshot> decodeDealSnapshot(std::string bytes);

} // namespace sa::rollup
