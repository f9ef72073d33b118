#pragma once
// The output of the scoring engine (spec §5-§6): per-criterion statuses, component scores,
// the overall index and the bottleneck ranking. Only criteria in the audit's variant appear
// (out_of_scope criteria are hidden and excluded from every denominator).
#include "Catalogue.h"
#include "Measurement.h"
#include "evidence/Assessments.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sa::scoring {

enum class Source { Auto, Checklist, Rating, Override };
[[nodiscard]] const char* toString(Source s) noexcept; ///< "auto", "checklist", "rating", "override"

/// Status value of §5.1: green 1, yellow 0.5, red 0 (nullopt for not_assessed).
[[nodiscard]] std::optional<double> statusValue(Status s) noexcept;
/// The worse of two colours (not_assessed is never "worse" than a colour).
[[nodiscard]] Status worse(Status a, Status b) noexcept;
[[nodiscard]] std::optional<Status> parseStatus(std::string_view s) noexcept;

struct IndicatorResult {
    std::string part;
    std::string key;
    double value = 0.0;
    Status status = Status::NotAssessed; ///< by the thresholds alone
    Direction direction = Direction::HigherIsBetter;
    double green = 0.0, yellow = 0.0;
    std::string unit;
};

struct PartResult {
    std::string id; ///< metric part id, or "checklist"
    Status status = Status::NotAssessed;
    Reason reason = Reason::NoData;
    long long n = 0;
    bool indicative = false;
    bool partial = false;
    bool confirmedAbsent = false;
    std::vector<IndicatorResult> indicators;
    std::vector<std::string> flags;
    std::string note;
};

struct ChecklistResult {
    std::optional<double> score; ///< mean of answered applicable items
    int applicable = 0; ///< items of the variant minus n.a. answers
    int answered = 0; ///< counted answers (yes/partly/no)
    int yes = 0, partly = 0, no = 0, na = 0;
    int withoutEvidence = 0; ///< answers not counted for lack of evidence (standard/premium)
    bool declared = false; ///< some counted answer is "declared" (express session)
};

struct CriterionResult {
    std::string id, component;
    int weight = 1;
    EvidenceKind evidence = EvidenceKind::Metric;
    Status status = Status::NotAssessed; ///< final (after an override)
    Reason reason = Reason::NoData;
    Status autoStatus = Status::NotAssessed; ///< before the override; kept for the appendix
    Reason autoReason = Reason::NoData;
    Source source = Source::Auto;
    std::optional<double> value; ///< the value that decided the status (see thresholds)
    std::string unit;
    long long n = 0;
    std::optional<IndicatorResult> thresholds; ///< the deciding indicator and its thresholds
    bool partial = false, indicative = false, declared = false, confirmedAbsent = false;
    std::vector<PartResult> parts;
    std::optional<ChecklistResult> checklist;
    std::optional<int> rating;
    std::string ratingBasis;
    std::vector<std::int64_t> evidenceIds; ///< sorted, unique
    std::vector<RowSet> rows; ///< the records behind the measured value (drill-down), from the measure
    std::optional<evidence::Override> override;
    std::vector<std::string> flags; ///< e.g. "override_needs_evidence", "confirmed_absent_not_allowed"
    std::string note;
};

struct ComponentResult {
    std::string id;
    std::optional<double> score; ///< nullopt when nothing is assessed
    double coverage = 0.0; ///< 0..100
    std::string status; ///< green, yellow, red, insufficient_coverage
    bool capped = false; ///< a weight-3 red limited it to yellow
    int assessedWeight = 0, scopeWeight = 0;
};

struct OverallResult {
    std::optional<double> score; ///< shown only with >= 4 coloured components
    std::string status; ///< green, yellow, red, insufficient_components
    int colouredComponents = 0;
    double meanCoverage = 0.0;
    bool indicative = false; ///< express audits
};

/// GP(W) basis of the expert impacts (spec §2, §6).
struct ImpactBase {
    std::optional<double> revenue; ///< rev(W), major units; nullopt = no orders in W
    std::optional<double> gm; ///< gross margin share; nullopt = impacts on revenue basis
    std::string gmSource; ///< "financials", "orders", "refs" or ""
    std::string periodFrom, periodTo;
    [[nodiscard]] std::optional<double> grossProfit() const;
};

struct Bottleneck {
    std::string id;
    Status status = Status::Red;
    int weight = 1;
    std::optional<double> impact; ///< per year; nullopt when no basis (no revenue)
    std::string impactKind; ///< calc, expert
    std::optional<char> expertClass; ///< H, M, L for expert impacts
    bool impactClassDefault = false;
    bool revenueBasis = false;
    bool partial = false;
    bool outlier = false; ///< calc impact > outlier share of rev(W)
    std::optional<double> priority; ///< w × I
    int rank = 0; ///< 1-based; 0 = not ranked (outlier awaiting confirmation)
};

struct ScoreResult {
    store::Variant variant = store::Variant::Standard;
    std::vector<CriterionResult> criteria; ///< in scope, catalogue order
    std::vector<ComponentResult> components;
    OverallResult overall;
    std::vector<Bottleneck> bottlenecks; ///< ranked, by rank
    std::vector<Bottleneck> unranked; ///< outliers awaiting confirmation
    std::vector<std::string> blindSpots; ///< weight-3 criteria not assessed
    ImpactBase base;
    std::vector<evidence::RefOverride> refOverrides;
    [[nodiscard]] const CriterionResult* find(const std::string& id) const;
};

} // namespace sa::scoring
