#pragma once
// Small helpers every measure uses: building Measurements and reasons, statistics, business
// hours and calc impacts on the gm basis.
#include "scoring/Measurement.h"
#include "scoring/measures/MeasureContext.h"

#include <limits>
#include <string>
#include <vector>

namespace sa::scoring::measures {

/// A Measurement with one part `partId` and the period set.
Measurement begin(const std::string& id, const Period& p, const std::string& partId = "main");
/// Marks the part not assessed (indicators cleared unless `keepValue`).
void notAssessed(PartMeasurement& part, Reason reason, std::string note, bool keepValue = false);
void setValue(PartMeasurement& part, const std::string& key, double value, long long n);
/// value = num / den with n = den: den == 0 → no_data; den < minN → insufficient_sample, indicative.
void ratio(
    PartMeasurement& part, const std::string& key, double num, double den, long long minN, const std::string& what);
/// den < minN (after a value was set): insufficient_sample, value kept as indicative.
void requireSample(PartMeasurement& part, long long n, long long minN, const std::string& what);
/// Adds the row set `label` of `table` behind m's value (ids in any order; sorted, duplicates
/// dropped) to m.rows; details["rows"] lists every set as {label, table, ids (first 1000), total}.
void drill(Measurement& m, const std::string& label, const std::string& table, std::vector<std::int64_t> ids);
/// impact = amount × gm, or the amount on revenue basis when gm is unknown (labelled).
void setImpact(Measurement& m, const MeasureContext& c, double revenueAmount);
/// A money impact that is not a revenue amount (L2 spend, L9 cost): never multiplied by gm.
void setCostImpact(Measurement& m, double amount);
/// Flags shared by every revenue-based measure.
void flagRevenueBasis(PartMeasurement& part, const MeasureContext& c);
[[nodiscard]] std::string isoDate(LocalSeconds t);

[[nodiscard]] double median(std::vector<double> v);
[[nodiscard]] double mean(const std::vector<double>& v);
/// Population coefficient of variation; NaN when the mean is 0 or v is empty.
[[nodiscard]] double cv(const std::vector<double>& v);
[[nodiscard]] double days(LocalSeconds from, LocalSeconds to);
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Database ids of the rows `rows` (row indexes, any range) of a loaded table (drill-down).
template <class T, class Rows> std::vector<std::int64_t> idsOf(const std::vector<T>& table, const Rows& rows)
{
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (Row r : rows)
        ids.push_back(table[static_cast<std::size_t>(r)].id);
    return ids;
}
/// Database ids of deal rows (drill-down).
[[nodiscard]] std::vector<std::int64_t> dealIds(const MeasureContext& c, const std::vector<Row>& rows);
/// The store table of lead ids: "deals" when leads are derived from deals (§1.1), else "leads".
[[nodiscard]] std::string leadTable(const MeasureContext& c);
/// §2: won or lost acquisition deal closed in p, non_target losses excluded.
[[nodiscard]] bool closedAcquisition(const metrics::Deal& x, const Period& p);
/// Element of a row-indexed table.
template <class T> const T& at(const std::vector<T>& v, Row r)
{
    return v[static_cast<std::size_t>(r)];
}

/// Business seconds in [t0, t1) on refs.work_calendar days ("start"/"end" hours, default 09:00-18:00).
[[nodiscard]] double businessSeconds(const MeasureContext& c, LocalSeconds t0, LocalSeconds t1);
/// t itself inside business hours, else the start of the next business period.
[[nodiscard]] LocalSeconds nextBusinessMoment(const MeasureContext& c, LocalSeconds t);

} // namespace sa::scoring::measures
