#pragma once
// The criteria catalogue (criteria/*.json) as typed structs. Loading validates first
// (CatalogueValidator), so a loaded Catalogue is always well-formed.
#include "common/Result.h"
#include "store/AuditInfo.h"

#include <optional>
#include <string>
#include <vector>

namespace sa::scoring {

/// Bilingual text of the catalogue.
struct Text {
    std::string en;
    std::string ru;
};

enum class Direction { HigherIsBetter, LowerIsBetter };
enum class EvidenceKind { Metric, Checklist, Rating, MetricChecklist };
enum class ImpactKind { Calc, Expert, Outcome };

[[nodiscard]] const char* toString(Direction d) noexcept; ///< "higher_is_better" / "lower_is_better"
[[nodiscard]] const char* toString(EvidenceKind e) noexcept; ///< "metric", "checklist", "rating", "metric+checklist"
[[nodiscard]] const char* toString(ImpactKind k) noexcept; ///< "calc", "expert", "outcome"

/// One threshold pair (metric.parts[].indicators[]).
struct Indicator {
    std::string key;
    Text name;
    Direction direction = Direction::HigherIsBetter;
    double green = 0.0;
    double yellow = 0.0;
    std::string unit; ///< empty = the metric's unit
};

struct MetricPart {
    std::string id; ///< "main", "A", "B", ...
    Text name;
    std::vector<Indicator> indicators; ///< combined "worst"
};

struct MetricSpec {
    Text formula;
    std::string unit;
    std::optional<int> minSample;
    bool confirmedAbsentAllowed = false;
    std::vector<MetricPart> parts;
};

struct ChecklistItem {
    std::string id; ///< "a".."j"
    Text text;
    std::optional<Text> autoHint;
    std::vector<store::Variant> variants; ///< empty = every variant of the criterion
    [[nodiscard]] bool appliesTo(store::Variant v) const;
};

struct RatingSpec {
    Text levels[3];
    Text basisRequired;
};

struct Action {
    std::string id; ///< "P4.1"
    Text text;
    std::string horizon; ///< QW, 3M, 1Y, 3Y
    std::vector<std::string> owner; ///< Owner, ROP, MKT, HR
    Text targetKpi;
};

struct Criterion {
    std::string id;
    std::string component;
    int weight = 1;
    std::vector<store::Variant> variants;
    Text name, checks, green, missing;
    EvidenceKind evidence = EvidenceKind::Metric;
    std::string metricType; ///< "D", "L" or empty
    std::vector<std::string> seeds;
    std::optional<MetricSpec> metric;
    std::vector<ChecklistItem> checklist; ///< empty when the criterion has no checklist
    std::optional<RatingSpec> rating;
    ImpactKind impactKind = ImpactKind::Expert;
    std::optional<Text> impactFormula;
    std::vector<Action> actions;
    std::vector<std::string> prerequisites;

    [[nodiscard]] bool inVariant(store::Variant v) const;
    [[nodiscard]] bool hasMetric() const { return metric.has_value(); }
    [[nodiscard]] bool hasChecklist() const { return !checklist.empty(); }
    /// The indicator with `key` in any part, or nullptr.
    [[nodiscard]] const Indicator* indicator(const std::string& key) const;
};

struct Component {
    std::string id;
    int order = 0;
    Text name;
};

struct Catalogue {
    std::string dir;
    std::vector<Component> components; ///< by order
    std::vector<Criterion> criteria; ///< component order, then file order
    [[nodiscard]] const Criterion* find(const std::string& id) const;
    [[nodiscard]] Criterion* find(const std::string& id);
    /// Position in catalogue order (the "lower id" tie-break of §6), or -1.
    [[nodiscard]] int indexOf(const std::string& id) const;
};

/// The component files read from a catalogue folder, in this order.
[[nodiscard]] const std::vector<std::string>& componentFileNames();

/// Validates (CatalogueValidator) then loads `dir`. On invalid data the error lists every
/// problem as "criteria/P.json: /criteria/3/weight: ..." lines (kind InputRejected).
Result<Catalogue> loadCatalogue(const std::string& dir);

} // namespace sa::scoring
