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

void pushOpt(IntColumnBuilder& b, sqlite3_value* v)
{
    if (sqlite3_value_type(v) == SQLITE_NULL)
        b.pushNull();
    else
        b.push(sqlite3_value_int64(v));
}

void pushText(IntColumnBuilder& b, sqlite3_value* v, pack::TextDictionary& dict)
{
    if (sqlite3_value_type(v) == SQLITE_NULL)
        b.pushNull();
    else
        b.push(dict.code(metrics::columns::text(v)));
}

/// Steps `sql` in id order to the end, calling fn per row.
template <class Fn> Status eachRow(const store::Connection& db, std::string_view sql, Fn&& fn)
{
    auto st = db.prepare(std::string(sql) + " ORDER BY id");
    if (!st)
        return st.error();
    return store::eachRow(db, *st, fn, "the project for the deals snapshot");
}

Status readDeals(const store::Connection& db, IntColumnBuilder (&cols)[kDealColumnCount], pack::TextDictionary& texts,
    pack::TextDictionary& reasons)
{
    return eachRow(db, kDealColumns, [&](sqlite3_stmt* h) {
        auto v = [h](int c) { return sqlite3_column_value(h, c); };
        for (int c : { kDealId, kCreatedAt, kClosedAt, kExpectedClose, kStageChangedAt, kAmount, kClientId, kLeadId,
                 kOwnerId, kStageId, kChannelId })
            pushOpt(cols[c], v(c));
        cols[kStatus].push(static_cast<std::int64_t>(parseDealStatus(metrics::columns::text(v(kStatus)))));
        cols[kPipeline].push(static_cast<std::int64_t>(parsePipeline(metrics::columns::text(v(kPipeline)))));
        if (sqlite3_value_type(v(kProbability)) == SQLITE_NULL)
            cols[kProbability].pushNull();
        else
            cols[kProbability].push(
                std::bit_cast<std::uint32_t>(static_cast<float>(sqlite3_value_double(v(kProbability)))));
        pushText(cols[kSalesChannel], v(kSalesChannel), texts); // the loader's interning order
        pushText(cols[kPipelineName], v(kPipelineName), texts);
        pushText(cols[kLossReason], v(kLossReason), reasons);
    });
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

Result<std::string> buildDealSnapshot(const store::Connection& db)
{
    pack::Writer w;
    {
        // The deal columns are packed (and their buffers freed) before stage history is read: the
        // peak memory is one table's columns, not both.
        IntColumnBuilder deals[kDealColumnCount];
        pack::TextDictionary texts, reasons;
        if (auto s = readDeals(db, deals, texts, reasons); !s)
            return s.error();
        for (char c : kMagic)
            w.put(static_cast<std::uint8_t>(c));
        w.put(kDealSnapshotFormat);
        w.put(static_cast<std::uint64_t>(deals[0].size()));
        w.put(std::uint64_t(0)); // the visit count, set below
        texts.write(w);
        reasons.write(w);
        for (const auto& c : deals)
            c.write(w);
    }
    IntColumnBuilder visits[kStageColumnCount];
    auto s = eachRow(db, kStageColumns, [&](sqlite3_stmt* h) {
        for (int c = 0; c < kStageColumnCount; ++c)
            pushOpt(visits[c], sqlite3_column_value(h, c));
    });
    if (!s)
        return s.error();
    w.patch(kVisitCountOffset, static_cast<std::uint64_t>(visits[0].size()));
    for (const auto& c : visits)
        c.write(w);
    return w.take();
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
