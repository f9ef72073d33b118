#include "rollup/AppendedDeals.h"

#include "rollup/Rollup.h"
#include "rollup/RollupParts.h"
#include "store/Sqlite.h"

#include <bit>

namespace sa::rollup {

namespace {

Result<bool> noStageHistory(const store::Connection& db)
{
    auto any = db.scalarInt("SELECT EXISTS (SELECT 1 FROM stage_history)");
    if (!any)
        return any.error();
    return any->value_or(1) == 0;
}

/// Row i of a decoded snapshot, as the builder takes it.
DealValues dealAt(const DealSnapshot& s, std::size_t i)
{
    DealValues d;
    for (int c : kDealIntColumns)
        if (!s.deal[c].isNull(i))
            d.ints[c] = s.deal[c].at(i);
    d.status = static_cast<metrics::DealStatus>(s.deal[kStatus].at(i));
    d.pipeline = static_cast<metrics::Pipeline>(s.deal[kPipeline].at(i));
    if (!s.deal[kProbability].isNull(i))
        d.probability = std::bit_cast<float>(static_cast<std::uint32_t>(s.deal[kProbability].at(i)));
    auto text = [&](int c, const std::vector<std::string_view>& dict) -> std::optional<std::string_view> {
        if (s.deal[c].isNull(i))
            return std::nullopt;
        return dict[static_cast<std::size_t>(s.deal[c].at(i))];
    };
    d.salesChannel = text(kSalesChannel, s.texts);
    d.pipelineName = text(kPipelineName, s.texts);
    d.lossReason = text(kLossReason, s.reasons);
    return d;
}

} // namespace

Result<std::unique_ptr<AppendedDeals>> AppendedDeals::begin(const store::Connection& db)
{
    auto none = std::unique_ptr<AppendedDeals> {};
    auto tables = parts::hasTables(db);
    if (!tables)
        return tables.error();
    auto triggers = *tables ? parts::hasDealTriggers(db) : Result<bool>(false);
    if (!triggers)
        return triggers.error();
    auto empty = *triggers ? noStageHistory(db) : Result<bool>(false);
    if (!empty)
        return empty.error();
    if (!*empty)
        return none;
    auto fp = dealsFingerprint(db);
    if (!fp)
        return fp.error();
    auto found = readDeals(db, *fp);
    if (found.state != State::Current && fp->rows > 0)
        return none;
    std::unique_ptr<AppendedDeals> a(new AppendedDeals());
    if (found.snapshot) // decoded and checked (ids ascending, codes in their dictionaries)
        for (std::size_t i = 0; i < found.snapshot->deals; ++i)
            a->add(dealAt(*found.snapshot, i));
    return a;
}

AppendedDeals::~AppendedDeals()
{
    if (m_packing.joinable())
        m_packing.join();
}

void AppendedDeals::seal()
{
    if (!m_packing.joinable() && m_payload.empty())
        m_packing = std::thread([this] {
            m_builder.endDeals();
            m_payload = m_builder.take();
        });
}

Result<bool> AppendedDeals::store(store::Connection& db)
{
    seal();
    m_packing.join();
    auto empty = noStageHistory(db);
    if (!empty || !*empty)
        return empty;
    if (auto s = storeDeals(db, m_payload); !s)
        return s.error();
    return true;
}

} // namespace sa::rollup
