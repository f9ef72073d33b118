#include "rollup/DealSnapshot.h"

#include "metrics/AuditDataColumns.h"
#include "store/RowLoop.h"
#include "store/Sqlite.h"

#include <sqlite3.h>

namespace sa::rollup {

namespace {

using pack::IntColumnBuilder;

constexpr char kMagic[4] = { 'S', 'A', 'D', 'S' };
constexpr std::size_t kVisitCountOffset = 16; ///< magic, format, deal count, then the visit count

Error damaged(const std::string& why)
{
    return Error::rejected("the deals snapshot is damaged (" + why + "); `salesaudit-cli optimize` rebuilds it");
}

std::optional<std::int64_t> optInt(sqlite3_value* v)
{
    return sqlite3_value_type(v) == SQLITE_NULL ? std::nullopt : std::optional(sqlite3_value_int64(v));
}

std::optional<std::string_view> optText(sqlite3_value* v)
{
    return sqlite3_value_type(v) == SQLITE_NULL ? std::nullopt : std::optional(metrics::columns::text(v));
}

void push(IntColumnBuilder& b, const std::optional<std::int64_t>& v)
{
    v ? b.push(*v) : b.pushNull();
}

void pushText(IntColumnBuilder& b, const std::optional<std::string_view>& v, pack::TextDictionary& dict)
{
    v ? b.push(dict.code(*v)) : b.pushNull();
}

/// Steps `sql` in id order to the end, calling fn per row.
template <class Fn> Status eachRow(const store::Connection& db, std::string_view sql, Fn&& fn)
{
    auto st = db.prepare(std::string(sql) + " ORDER BY id");
    if (!st)
        return st.error();
    return store::eachRow(db, *st, fn, "the project for the deals snapshot");
}

/// Every non-NULL code of `c` below `size`.
bool codesFit(const pack::IntColumn& c, std::uint64_t rows, std::size_t size)
{
    for (std::size_t i = 0; i < rows; ++i)
        if (!c.isNull(i) && (c.at(i) < 0 || static_cast<std::uint64_t>(c.at(i)) >= size))
            return false;
    return true;
}

Status checkDeals(const DealSnapshot& s)
{
    for (std::size_t i = 0; i < s.deals; ++i) {
        if (s.deal[kDealId].isNull(i) || (i > 0 && s.deal[kDealId].at(i) <= s.deal[kDealId].at(i - 1)))
            return damaged("deal ids not ascending");
        if (s.deal[kStatus].at(i) > 2 || s.deal[kPipeline].at(i) > 1 || s.deal[kStatus].at(i) < 0
            || s.deal[kPipeline].at(i) < 0)
            return damaged("bad status or pipeline code");
    }
    if (!codesFit(s.deal[kSalesChannel], s.deals, s.texts.size())
        || !codesFit(s.deal[kPipelineName], s.deals, s.texts.size())
        || !codesFit(s.deal[kLossReason], s.deals, s.reasons.size()))
        return damaged("text code outside its dictionary");
    return {};
}

} // namespace

metrics::DealStatus parseDealStatus(std::string_view s) noexcept
{
    return s == "won" ? metrics::DealStatus::Won : s == "lost" ? metrics::DealStatus::Lost : metrics::DealStatus::Open;
}

metrics::Pipeline parsePipeline(std::string_view s) noexcept
{
    return s == "account" ? metrics::Pipeline::Account : metrics::Pipeline::Acquisition;
}

void DealSnapshotBuilder::addDeal(const DealValues& d)
{
    for (int c : kDealIntColumns)
        push(m_deals[c], d.ints[c]);
    m_deals[kStatus].push(static_cast<std::int64_t>(d.status));
    m_deals[kPipeline].push(static_cast<std::int64_t>(d.pipeline));
    if (d.probability)
        m_deals[kProbability].push(std::bit_cast<std::uint32_t>(*d.probability));
    else
        m_deals[kProbability].pushNull();
    pushText(m_deals[kSalesChannel], d.salesChannel, m_texts); // the loader's interning order
    pushText(m_deals[kPipelineName], d.pipelineName, m_texts);
    pushText(m_deals[kLossReason], d.lossReason, m_reasons);
}

void DealSnapshotBuilder::endDeals()
{
    for (char c : kMagic)
        m_out.put(static_cast<std::uint8_t>(c));
    m_out.put(kDealSnapshotFormat);
    m_out.put(static_cast<std::uint64_t>(m_deals[0].size()));
    m_out.put(std::uint64_t(0)); // the visit count, set by take()
    m_texts.write(m_out);
    m_reasons.write(m_out);
    for (auto& c : m_deals) {
        c.write(m_out);
        c = {};
    }
}

void DealSnapshotBuilder::addVisit(const std::optional<std::int64_t> (&v)[kStageColumnCount])
{
    for (int c = 0; c < kStageColumnCount; ++c)
        push(m_visits[c], v[c]);
}

std::string DealSnapshotBuilder::take()
{
    m_out.patch(kVisitCountOffset, static_cast<std::uint64_t>(m_visits[0].size()));
    for (const auto& c : m_visits)
        c.write(m_out);
    return m_out.take();
}

Result<std::string> buildDealSnapshot(const store::Connection& db)
{
    DealSnapshotBuilder b;
    auto deals = eachRow(db, kDealColumns, [&](sqlite3_stmt* h) {
        auto v = [h](int c) { return sqlite3_column_value(h, c); };
        DealValues d;
        for (int c : kDealIntColumns)
            d.ints[c] = optInt(v(c));
        d.status = parseDealStatus(metrics::columns::text(v(kStatus)));
        d.pipeline = parsePipeline(metrics::columns::text(v(kPipeline)));
        if (sqlite3_value_type(v(kProbability)) != SQLITE_NULL)
            d.probability = static_cast<float>(sqlite3_value_double(v(kProbability)));
        d.salesChannel = optText(v(kSalesChannel));
        d.pipelineName = optText(v(kPipelineName));
        d.lossReason = optText(v(kLossReason));
        b.addDeal(d);
    });
    if (!deals)
        return deals.error();
    b.endDeals();
    auto visits = eachRow(db, kStageColumns, [&](sqlite3_stmt* h) {
        std::optional<std::int64_t> v[kStageColumnCount];
        for (int c = 0; c < kStageColumnCount; ++c)
            v[c] = optInt(sqlite3_column_value(h, c));
        b.addVisit(v);
    });
    if (!visits)
        return visits.error();
    return b.take();
}

Result<DealSnapshot> decodeDealSnapshot(std::string bytes)
{
    DealSnapshot s;
    s.bytes = std::make_unique<std::string>(std::move(bytes));
    pack::Reader in(*s.bytes);
    if (!in.has(24) || std::memcmp(s.bytes->data(), kMagic, 4) != 0)
        return damaged("not a deals snapshot");
    in.get<std::uint32_t>();
    if (const auto format = in.get<std::uint32_t>(); format != kDealSnapshotFormat)
        return damaged("payload format " + std::to_string(format));
    s.deals = in.get<std::uint64_t>();
    s.visits = in.get<std::uint64_t>();
    auto texts = pack::TextDictionary::read(in, "texts");
    auto reasons = texts ? pack::TextDictionary::read(in, "reasons") : texts;
    if (!texts || !reasons)
        return !texts ? texts.error() : reasons.error();
    s.texts = std::move(*texts);
    s.reasons = std::move(*reasons);
    for (auto& c : s.deal) {
        auto col = pack::IntColumn::read(in, s.deals, "deals");
        if (!col)
            return col.error();
        c = *col;
    }
    for (auto& c : s.visit) {
        auto col = pack::IntColumn::read(in, s.visits, "stage_history");
        if (!col)
            return col.error();
        c = *col;
    }
    if (in.left() != 0)
        return damaged(std::to_string(in.left()) + " bytes after the last column");
    if (auto ok = checkDeals(s); !ok)
        return ok.error();
    return s;
}

} // namespace sa::rollup
