#pragma once
// The deals snapshot kept current through an import that only appends deals: each deal written
// is packed as it goes, after the snapshot's rows as they stood. Spares the import the rebuild's
// second read of the table (about 1 s at 1M deals).
#include "common/Result.h"
#include "rollup/DealSnapshot.h"

#include <memory>
#include <string>
#include <thread>

namespace sa::store {
class Connection;
}

namespace sa::rollup {

class AppendedDeals {
public:
    /// Starts from the stored snapshot when it is current, or from nothing when deals is empty.
    /// nullptr when neither, when the file keeps no snapshot (before schema v3), or when
    /// stage_history has rows (an import of deals relinks them and fills their exits): the
    /// writer then rebuilds at the end. Call before the first deal is written.
    static Result<std::unique_ptr<AppendedDeals>> begin(const store::Connection& db);

    /// One deal as written, in id order (each id above every id before).
    void add(const DealValues& deal) { m_builder.addDeal(deal); }
    /// No more deals: the snapshot is packed on a thread of its own while the caller goes on
    /// (index builds, relinks).
    void seal();
    /// Stores the snapshot (seal()s first if needed), current for the tables as they are now: only
    /// when every deal written since begin() went through add() and no other deal changed. False
    /// (nothing stored) when stage_history gained rows meanwhile.
    Result<bool> store(store::Connection& db);
    ~AppendedDeals();
    AppendedDeals(const AppendedDeals&) = delete;
    AppendedDeals& operator=(const AppendedDeals&) = delete;

private:
    AppendedDeals() = default;
    DealSnapshotBuilder m_builder;
    std::string m_payload; ///< set by the packing thread
    std::thread m_packing;
};

} // namespace sa::rollup
