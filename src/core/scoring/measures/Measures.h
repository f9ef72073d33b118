#pragma once
// One function per measured criterion (spec §4 Formula / Missing / Impact lines), grouped by
// component. Inputs a block borrows from another block are passed explicitly.
#include "metrics/Stalled.h"
#include "scoring/Measurement.h"
#include "scoring/measures/MeasureContext.h"

#include <map>
#include <optional>
#include <set>

namespace sa::scoring::measures {

// Process (ProcessMeasures.cpp)
Measurement measureP3(const MeasureContext& c);
/// P4's stalled deals at as_of (metrics::findStalled over every deal; M5 leaves them out).
metrics::StalledDeals stalledDeals(const MeasureContext& c);
Measurement measureP4(const MeasureContext& c);
Measurement measureP5(const MeasureContext& c);
Measurement measureP6(const MeasureContext& c);
Measurement measureP9(const MeasureContext& c);

/// The lead cohort's funnel counts (M4; L4 reads overall()).
struct Funnel {
    long long n0 = 0, n1 = 0, n2 = 0, n3 = 0, won = 0, tracked = 0;
    bool mqlUsed = false, sqlUsed = false; ///< the field or a stage mapped to the step exists
    std::vector<Row> cohortRows, wonRows; ///< lead rows behind n0 and won (filled when asked for)
    [[nodiscard]] double overall() const { return n0 > 0 ? static_cast<double>(won) / static_cast<double>(n0) : -1.0; }
};
Funnel funnelOf(const MeasureContext& c, const Period& cohort, bool keepRows = false);

// Metrics and reports (MetricsMeasures.cpp, FunnelMeasures.cpp)
Measurement measureM1(const MeasureContext& c);
Measurement measureM3(const MeasureContext& c);
Measurement measureM4(const MeasureContext& c);
Measurement measureM5(const MeasureContext& c);
Measurement measureM6(const MeasureContext& c);
Measurement measureM7(const MeasureContext& c);
Measurement measureM8(const MeasureContext& c);

// Clients (ClientMeasures.cpp, ClientBaseMeasures.cpp, ClientValueMeasures.cpp)
/// §2 ABC class per client row ('A', 'B', 'C'; 0 = not active) of a rev(client, T) vector.
std::vector<char> abcClasses(const MeasureContext& c, const std::vector<Minor>& rev);
/// §2 new clients: first order ever ∈ p (client rows).
std::vector<Row> newClientsIn(const MeasureContext& c, const Period& p);
Measurement measureC1(const MeasureContext& c);
Measurement measureC2(const MeasureContext& c);
Measurement measureC3(const MeasureContext& c);
Measurement measureC4(const MeasureContext& c);
/// `crr`: C3's value when C3 was assessed.
Measurement measureC5(const MeasureContext& c, std::optional<double> crr);
Measurement measureC6(const MeasureContext& c, std::optional<double> crr);
Measurement measureC7(const MeasureContext& c);
Measurement measureC9(const MeasureContext& c);

// Lead generation (LeadMeasures.cpp)
Measurement measureL1(const MeasureContext& c);
/// `l1`: the L1 attributed share when assessed (L2 needs ≥ 80 %).
Measurement measureL2(const MeasureContext& c, std::optional<double> l1);
Measurement measureL4(const MeasureContext& c);
Measurement measureL5(const MeasureContext& c);
Measurement measureL6(const MeasureContext& c);
Measurement measureL9(const MeasureContext& c);

// Personnel (PersonnelMeasures.cpp, TeamMeasures.cpp)
/// Won amount per owner row and month (all pipelines).
std::map<Row, std::map<int, double>> wonByMonth(const MeasureContext& c);
/// Median monthly won amount of tenured sales managers of `role` over W.
double tenuredMedian(const MeasureContext& c, const std::map<Row, std::map<int, double>>& won, metrics::Role role);
/// S5 ramp_norm = 2 + ceil(med_cycle / 30) months (nullopt without med_cycle).
std::optional<double> rampNorm(const MeasureContext& c);
Measurement measureS2(const MeasureContext& c);
Measurement measureS5(const MeasureContext& c);
Measurement measureS8(const MeasureContext& c);
Measurement measureS9(const MeasureContext& c);

/// The value of indicator `key` of the first part when that part is assessed.
std::optional<double> assessedValue(const Measurement& m, const std::string& key);

} // namespace sa::scoring::measures
