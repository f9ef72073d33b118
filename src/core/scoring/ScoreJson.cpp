#include "ScoreJson.h"

#include "common/DateTime.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace sa::scoring {

using ojson = nlohmann::ordered_json;

namespace {

ojson num(std::optional<double> v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return nullptr;
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(*v * scale) / scale;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0.0"
}

ojson reasonJson(Status s, Reason r)
{
    return s == Status::NotAssessed && r != Reason::None ? ojson(toString(r)) : ojson(nullptr);
}

ojson indicatorJson(const IndicatorResult& i)
{
    return { { "part", i.part }, { "key", i.key }, { "value", num(i.value, 6) }, { "status", toString(i.status) },
        { "direction", toString(i.direction) }, { "green", num(i.green, 6) }, { "yellow", num(i.yellow, 6) },
        { "unit", i.unit } };
}

ojson partsJson(const CriterionResult& c)
{
    ojson parts = ojson::array();
    for (const auto& p : c.parts) {
        ojson ind = ojson::array();
        for (const auto& i : p.indicators)
            ind.push_back({ { "key", i.key }, { "value", num(i.value, 6) }, { "status", toString(i.status) } });
        parts.push_back({ { "id", p.id }, { "status", toString(p.status) },
            { "reason", reasonJson(p.status, p.reason) }, { "n", p.n }, { "indicative", p.indicative },
            { "indicators", ind }, { "flags", p.flags }, { "note", p.note } });
    }
    return parts;
}

std::vector<std::string> flagsOf(const CriterionResult& c)
{
    std::vector<std::string> f;
    const std::pair<bool, const char*> known[] = { { c.confirmedAbsent, "confirmed_absent" },
        { c.declared, "declared" }, { c.indicative, "indicative" }, { c.partial, "partial" } };
    for (const auto& [on, name] : known)
        if (on)
            f.emplace_back(name);
    f.insert(f.end(), c.flags.begin(), c.flags.end());
    std::sort(f.begin(), f.end());
    return f;
}

ojson criterionJson(const CriterionResult& c)
{
    ojson j = { { "id", c.id }, { "component", c.component }, { "weight", c.weight },
        { "evidence", toString(c.evidence) }, { "status", toString(c.status) },
        { "reason", reasonJson(c.status, c.reason) }, { "value", num(c.value, 6) }, { "unit", c.unit }, { "n", c.n },
        { "thresholds", c.thresholds ? indicatorJson(*c.thresholds) : ojson(nullptr) },
        { "source", toString(c.source) }, { "evidence_ids", c.evidenceIds }, { "auto_status", toString(c.autoStatus) },
        { "auto_reason", reasonJson(c.autoStatus, c.autoReason) }, { "flags", flagsOf(c) }, { "parts", partsJson(c) } };
    if (c.checklist) {
        const auto& k = *c.checklist;
        j["checklist"] = { { "score", num(k.score, 6) }, { "applicable", k.applicable }, { "answered", k.answered },
            { "yes", k.yes }, { "partly", k.partly }, { "no", k.no }, { "na", k.na },
            { "without_evidence", k.withoutEvidence }, { "declared", k.declared } };
    }
    if (c.rating)
        j["rating"] = { { "value", *c.rating }, { "basis", c.ratingBasis } };
    if (c.override) {
        const auto& o = *c.override;
        j["override"] = { { "id", o.id }, { "new_status", o.newStatus }, { "reason_category", o.reasonCategory },
            { "rationale", o.rationale }, { "evidence_ids", o.evidenceIds }, { "author", o.author },
            { "applied", c.source == Source::Override } };
    }
    j["note"] = c.note;
    return j;
}

ojson bottleneckJson(const Bottleneck& b)
{
    return { { "rank", b.rank }, { "id", b.id }, { "status", toString(b.status) }, { "weight", b.weight },
        { "priority", num(b.priority, 2) }, { "impact", num(b.impact, 2) }, { "impact_kind", b.impactKind },
        { "expert_class", b.expertClass ? ojson(std::string(1, *b.expertClass)) : ojson(nullptr) },
        { "impact_class_default", b.impactClassDefault }, { "revenue_basis", b.revenueBasis }, { "partial", b.partial },
        { "outlier", b.outlier } };
}

ojson baseJson(const ScoreResult& r)
{
    return { { "revenue_w", num(r.base.revenue, 2) }, { "gm", num(r.base.gm, 6) }, { "gm_source", r.base.gmSource },
        { "basis", r.base.gm ? "gross_profit" : "revenue" }, { "period_from", r.base.periodFrom },
        { "period_to", r.base.periodTo } };
}

} // namespace

ojson toJson(const ScoreResult& r)
{
    ojson j;
    j["variant"] = store::toString(r.variant);
    j["criteria"] = ojson::array();
    for (const auto& c : r.criteria)
        j["criteria"].push_back(criterionJson(c));
    j["components"] = ojson::array();
    for (const auto& k : r.components)
        j["components"].push_back(
            { { "id", k.id }, { "score", num(k.score, 2) }, { "coverage", num(k.coverage, 2) }, { "status", k.status },
                { "capped", k.capped }, { "assessed_weight", k.assessedWeight }, { "scope_weight", k.scopeWeight } });
    j["overall"] = { { "score", num(r.overall.score, 2) }, { "status", r.overall.status },
        { "coloured_components", r.overall.colouredComponents }, { "mean_coverage", num(r.overall.meanCoverage, 2) },
        { "indicative", r.overall.indicative } };
    j["bottlenecks"] = ojson::array();
    const Bottleneck* largest = nullptr;
    for (const auto& b : r.bottlenecks) {
        j["bottlenecks"].push_back(bottleneckJson(b));
        if (b.impact && (!largest || *b.impact > *largest->impact))
            largest = &b;
    }
    j["largest_impact_id"] = largest ? ojson(largest->id) : ojson(nullptr);
    j["unranked_outliers"] = ojson::array();
    for (const auto& b : r.unranked)
        j["unranked_outliers"].push_back(bottleneckJson(b));
    j["blind_spots"] = r.blindSpots;
    j["impact_base"] = baseJson(r);
    j["parameter_changes"] = ojson::array();
    for (const auto& p : r.refOverrides)
        j["parameter_changes"].push_back(
            { { "criterion_id", p.criterionId }, { "param", p.param }, { "value", ojson::parse(p.value.dump()) },
                { "rationale", p.rationale }, { "author", p.author }, { "changed_at", formatDateTime(p.changedAt) } });
    return j;
}

std::string toJsonText(const ScoreResult& r)
{
    return toJson(r).dump(2) + "\n";
}

std::string formatValue(double v, const std::string& unit)
{
    char buf[64];
    if (unit == "share" || unit == "checklist_score")
        std::snprintf(buf, sizeof buf, "%.1f %%", v * 100.0);
    else
        std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    if (unit == "days" || unit == "months" || unit == "pp")
        s += " " + unit;
    return s;
}

namespace {

const char* symbol(Status s)
{
    switch (s) {
    // The same symbols as the report and the charts: the light never relies on colour alone.
    case Status::Green:
        return "● green";
    case Status::Yellow:
        return "▲ yellow";
    case Status::Red:
        return "✕ red";
    case Status::NotAssessed:
        return "○ not assessed";
    }
    return "";
}

std::string pad(std::string s, std::size_t width)
{
    std::size_t cps = 0;
    for (unsigned char ch : s)
        cps += (ch & 0xC0) != 0x80;
    s.append(cps < width ? width - cps : 1, ' '); // long values still get a separator
    return s;
}

std::string valueText(const CriterionResult& c)
{
    if (c.status == Status::NotAssessed && !c.value)
        return toString(c.reason);
    if (!c.value)
        return "-";
    std::string s = formatValue(*c.value, c.unit);
    if (c.thresholds) {
        const char* op = c.thresholds->direction == Direction::LowerIsBetter ? "<=" : ">=";
        s += std::string(" (G ") + op + " " + formatValue(c.thresholds->green, c.unit) + ", Y " + op + " "
            + formatValue(c.thresholds->yellow, c.unit) + ")";
    }
    if (c.status == Status::NotAssessed)
        s += " [" + std::string(toString(c.reason)) + "]";
    return s;
}

} // namespace

std::string toTable(const ScoreResult& r)
{
    std::ostringstream o;
    o << pad("ID", 4) << pad("Comp", 5) << pad("Status", 17) << pad("Value vs threshold", 44) << "Source\n";
    for (const auto& c : r.criteria)
        o << pad(c.id, 4) << pad(c.component, 5) << pad(symbol(c.status), 17) << pad(valueText(c), 44)
          << toString(c.source)
          << (c.source == Source::Override ? std::string(" (auto: ") + toString(c.autoStatus) + ")" : "") << "\n";
    o << "\nComponents:\n";
    for (const auto& k : r.components) {
        char buf[128];
        std::snprintf(buf, sizeof buf, "  %s  score %s  coverage %.0f %%  %s%s\n", k.id.c_str(),
            k.score ? std::to_string(static_cast<int>(std::lround(*k.score))).c_str() : "-", k.coverage,
            k.status.c_str(), k.capped ? " (capped by a weight-3 red)" : "");
        o << buf;
    }
    o << "Overall: " << (r.overall.score ? std::to_string(static_cast<int>(std::lround(*r.overall.score))) : "-") << " "
      << r.overall.status << (r.overall.indicative ? " (indicative: express audit)" : "") << "\n";
    o << "\nBottlenecks (impacts per year, never summed):\n";
    for (const auto& b : r.bottlenecks)
        o << "  " << b.rank << ". " << b.id << "  " << toString(b.status) << "  impact "
          << (b.impact ? formatValue(*b.impact, "money") : "-") << " (" << b.impactKind
          << (b.expertClass ? std::string(" ") + *b.expertClass : "") << ")\n";
    for (const auto& b : r.unranked)
        o << "  -  " << b.id << "  outlier impact " << formatValue(*b.impact, "money") << " awaits confirmation\n";
    if (!r.blindSpots.empty()) {
        o << "Blind spots (weight 3, not assessed):";
        for (const auto& id : r.blindSpots)
            o << " " << id;
        o << "\n";
    }
    return o.str();
}

} // namespace sa::scoring
