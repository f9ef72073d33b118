// ImportSession, the rollups kept in-stream: an import that only appends rows hands each row it
// writes to the rollup it feeds (rollup::AppendedActivities, rollup::AppendedDeals), which then
// stores itself at the end instead of being rebuilt from a second read of the table.
#include "ImportSession.h"

#include <optional>
#include <string_view>

namespace sa::import {

namespace {

/// Position of `name` in the entity's fields, for the field lookups below (done once).
std::size_t at(Entity e, const char* name)
{
    return static_cast<std::size_t>(fieldIndex(entityDef(e), name));
}

std::optional<std::int64_t> asInt(const Cell& c)
{
    return c.type == Cell::Type::Int ? std::optional(c.i) : std::nullopt;
}

std::optional<std::string_view> asText(const Cell& c)
{
    return c.type == Cell::Type::Text ? std::optional<std::string_view>(c.s) : std::nullopt;
}

} // namespace

// Only imports that append: no --replace (which deletes rows), and only the tables each rollup
// reads; begin() declines when the rollup was stale or relinks could change its rows.
Status ImportSession::beginRollups()
{
    if (m_mode != Mode::Import || m_sum.replacedBatch)
        return {};
    if (m_req.entity == Entity::Activities) {
        auto a = rollup::AppendedActivities::begin(m_db);
        if (!a)
            return a.error();
        m_appendedActivities = std::move(*a);
    } else if (m_req.entity == Entity::Deals) {
        auto d = rollup::AppendedDeals::begin(m_db);
        if (!d)
            return d.error();
        m_appendedDeals = std::move(*d);
    }
    return {};
}

void ImportSession::followRow(std::int64_t id)
{
    if (m_appendedActivities)
        m_appendedActivities->add(activityFacts());
    if (m_appendedDeals)
        m_appendedDeals->add(dealValues(id));
}

void ImportSession::sealRollups()
{
    if (m_appendedActivities)
        m_appendedActivities->seal();
    if (m_appendedDeals)
        m_appendedDeals->seal();
}

Result<rollup::Stored> ImportSession::storeRollups()
{
    rollup::Stored stored;
    if (m_appendedActivities) {
        if (auto s = m_appendedActivities->store(m_db); !s)
            return s.error();
        stored.activities = true;
    }
    if (m_appendedDeals) {
        auto s = m_appendedDeals->store(m_db);
        if (!s)
            return s.error();
        stored.deals = *s;
    }
    return stored;
}

// The activities rollup's view of the row just written: the stored values (defaults included).
rollup::ActivityFacts ImportSession::activityFacts() const
{
    constexpr Entity e = Entity::Activities;
    static const std::size_t kManager = at(e, "manager"), kType = at(e, "type"), kStatus = at(e, "status"),
                             kDoneAt = at(e, "done_at"), kDueAt = at(e, "due_at"), kDeal = at(e, "deal"),
                             kClient = at(e, "client"), kLead = at(e, "lead"), kDirection = at(e, "direction"),
                             kOutcome = at(e, "outcome");
    auto integer = [&](std::size_t f) { return asInt(m_writer.written(m_row, f)); };
    auto text = [&](std::size_t f) { return asText(m_writer.written(m_row, f)).value_or(""); };
    rollup::ActivityFacts a;
    a.manager = integer(kManager);
    a.deal = integer(kDeal);
    a.client = integer(kClient);
    a.lead = integer(kLead);
    a.type = rollup::parseActivityType(text(kType));
    a.status = rollup::parseActivityStatus(text(kStatus));
    a.doneAt = integer(kDoneAt);
    a.dueAt = integer(kDueAt);
    a.inbound = text(kDirection) == "inbound";
    a.withOutcome = !text(kOutcome).empty();
    return a;
}

// The deals snapshot's view of the deal just written (id `id`): the stored values.
rollup::DealValues ImportSession::dealValues(std::int64_t id) const
{
    using namespace rollup;
    static const std::size_t kCreated = at(Entity::Deals, "created_at"), kClosed = at(Entity::Deals, "closed_at"),
                             kExpected = at(Entity::Deals, "expected_close_date"),
                             kChanged = at(Entity::Deals, "stage_changed_at"),
                             kAmountField = at(Entity::Deals, "amount"), kClient = at(Entity::Deals, "client"),
                             kLead = at(Entity::Deals, "lead"), kOwner = at(Entity::Deals, "owner"),
                             kStage = at(Entity::Deals, "stage"), kChannel = at(Entity::Deals, "channel"),
                             kStatusField = at(Entity::Deals, "status"), kPipelineField = at(Entity::Deals, "pipeline"),
                             kProbabilityField = at(Entity::Deals, "probability"),
                             kSales = at(Entity::Deals, "sales_channel"), kLoss = at(Entity::Deals, "loss_reason");
    auto integer = [&](std::size_t f) { return asInt(m_writer.written(m_row, f)); };
    auto text = [&](std::size_t f) { return asText(m_writer.written(m_row, f)); };
    DealValues d;
    d.ints[kDealId] = id;
    for (auto [column, field] :
        { std::pair { kCreatedAt, kCreated }, { kClosedAt, kClosed }, { kExpectedClose, kExpected },
            { kStageChangedAt, kChanged }, { kAmount, kAmountField }, { kClientId, kClient }, { kLeadId, kLead },
            { kOwnerId, kOwner }, { kStageId, kStage }, { kChannelId, kChannel } })
        d.ints[column] = integer(field);
    d.status = parseDealStatus(text(kStatusField).value_or(""));
    d.pipeline = parsePipeline(text(kPipelineField).value_or(""));
    if (const Cell& p = m_writer.written(m_row, kProbabilityField); p.type == Cell::Type::Real)
        d.probability = static_cast<float>(p.d);
    else if (p.type == Cell::Type::Int)
        d.probability = static_cast<float>(static_cast<double>(p.i));
    d.salesChannel = text(kSales);
    d.pipelineName = m_writer.writtenRaw(m_row, kPipelineField);
    d.lossReason = text(kLoss);
    return d;
}

} // namespace sa::import
