#pragma once
// The contract between the criterion measures (src/core/scoring/measures: numbers from data) and
// the scoring engine (thresholds from the catalogue, statuses, overrides, ranking).
// A measure never decides a colour from thresholds; it reports values, samples and data reasons.
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sa::scoring {

/// criteria-spec.md §5.1 reasons for not_assessed.
enum class Reason { None, NoData, InsufficientSample, NoEvidence, NotApplicable, Pending };

enum class Status { Green, Yellow, Red, NotAssessed };

[[nodiscard]] const char* toString(Reason r) noexcept; ///< "no_data", "insufficient_sample", ...
[[nodiscard]] const char* toString(Status s) noexcept; ///< "green", "yellow", "red", "not_assessed"

/// One indicator value; `key` matches the catalogue's metric.parts[].indicators[].key.
struct IndicatorValue {
    std::string key;
    double value = 0.0;
};

/// One metric part (catalogue metric.parts[].id, usually "main"; M8 and S9 have "A" and "B").
struct PartMeasurement {
    std::string id = "main";
    /// Indicators computed; an indicator the catalogue lists but missing here is skipped
    /// (e.g. C6 top10 with < 20 active clients). Empty when the part is not assessed.
    std::vector<IndicatorValue> indicators;
    long long n = 0; ///< sample size behind the value
    Reason reason = Reason::None; ///< != None: not assessed for this reason
    bool fieldAbsent = false; ///< a needed field is absent from the export (D type: confirmed_absent may turn it red)
    /// Gate rules of a block (e.g. M4 "tracked < 50 % -> red", "< 90 % caps at yellow").
    std::optional<Status> forced;
    std::optional<Status> cap;
    bool partial = false; ///< computed on partial inputs (fields dropped, fallback used)
    bool indicative = false; ///< below the minimum sample; value shown greyed, never coloured
    std::vector<std::string>
        flags; ///< "fallback", "revenue_basis_deals", "scope_unconfirmed", "seasonality_not_controlled", ...
    std::string note; ///< one English sentence explaining a gate, fallback or missing input
};

/// One set of records behind a criterion's value (drill-down), e.g. the stalled deals of P4 or the
/// won and the lost deals of a win rate. The ids are complete (the JSON details keep 1000 of them)
/// and shared, so copies of a score stay cheap at 1M rows.
struct RowSet {
    std::string label; ///< English title, e.g. "Stalled deals" (the app translates known titles)
    std::string table; ///< store table: deals, clients, leads, activities, orders, nps_responses, managers
    std::shared_ptr<const std::vector<std::int64_t>> ids; ///< database ids, ascending, unique; never null
    [[nodiscard]] std::size_t size() const { return ids ? ids->size() : 0; }
};

/// The row sets as JSON: [{"label", "table", "ids", "total"}], at most `cap` ids per set (0 = all).
[[nodiscard]] nlohmann::json rowSetsJson(const std::vector<RowSet>& sets, std::size_t cap = 0);

/// Everything a measure knows about one criterion, in the audit currency's major units.
struct Measurement {
    std::string criterionId;
    std::vector<PartMeasurement> parts;
    std::optional<double> impact; ///< calc impact per year (§6), when the block has one and inputs exist
    bool impactOnRevenueBasis = false; ///< gm unknown: the impact is stated in revenue, labelled so
    bool impactPartial = false;
    std::string periodFrom, periodTo; ///< "YYYY-MM-DD" of the window the value covers
    /// Reported extras of the block (per manager, per channel, breakdowns) and "rows": the ids behind
    /// the value for drill-down, as [{"label", "table", "ids": [first 1000], "total"}], one per row set.
    nlohmann::json details = nlohmann::json::object();
    /// The complete row sets behind the value (details["rows"] is their capped JSON).
    std::vector<RowSet> rows;
};

} // namespace sa::scoring
