#pragma once
// What every criterion measure reads: the metrics engine's AuditData (loaded once) plus the few
// facts it does not carry: which fields the export contains (type D rule of §5.2) and the
// evidence linked to C4. Built once per measureAll().
#include "common/Params.h"
#include "metrics/AuditData.h"

#include <set>
#include <string>
#include <vector>

namespace sa::scoring::measures {

using metrics::kNone;
using metrics::kNoTime;
using metrics::Period;
using metrics::Row;

class MeasureContext {
public:
    /// Runs the field-presence (unless `fields` gives them, from readFields on the same data) and
    /// evidence queries; `data` must outlive the context.
    static Result<MeasureContext> build(const store::Project& project, const metrics::AuditData& data,
        const Params& params, const std::set<std::string>* fields = nullptr);
    /// The fields field() reports: import mappings, then one query per table for the rest.
    static Result<std::set<std::string>> readFields(const store::Connection& db);

    const metrics::AuditData& d;
    const Params& params;
    std::vector<Minor> revW, revW1; ///< rev(client row, W) and rev(client row, W−1)
    std::set<Row> c4EvidenceClients; ///< client rows named by evidence tagged C4
    std::vector<Row> leadDeal; ///< per lead row: its deal (lead.deal, else a deal whose lead_id points at it)

    /// "table.column" is in the export: named in an import mapping, or holding a value.
    /// Absent (§5.2 type D "field absent") = never mapped by any import AND empty in every row.
    [[nodiscard]] bool field(const std::string& tableDotColumn) const { return m_fields.count(tableDotColumn) > 0; }
    [[nodiscard]] const metrics::AuditWindow& w() const { return d.window(); }
    [[nodiscard]] double major(Minor m) const;
    [[nodiscard]] bool revenueFromDeals() const { return d.revenue.basis() == metrics::RevenueBook::Basis::Deals; }
    /// Months of revenue history up to as_of (0 when no revenue).
    [[nodiscard]] int monthsOfRevenue() const;
    /// The last `months` months ending `monthsBack` months before the as_of month.
    [[nodiscard]] Period months(int monthsBack, int months) const;

private:
    MeasureContext(const metrics::AuditData& data, const Params& p)
        : d(data)
        , params(p)
    {
    }
    std::set<std::string> m_fields;
    friend struct ContextLoader;
};

} // namespace sa::scoring::measures
