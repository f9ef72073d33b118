#include "Catalogue.h"

#include "CatalogueValidator.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <utility>

namespace sa::scoring {

using json = nlohmann::json;

const char* toString(Direction d) noexcept
{
    return d == Direction::LowerIsBetter ? "lower_is_better" : "higher_is_better";
}

const char* toString(EvidenceKind e) noexcept
{
    switch (e) {
    case EvidenceKind::Metric:
        return "metric";
    case EvidenceKind::Checklist:
        return "checklist";
    case EvidenceKind::Rating:
        return "rating";
    case EvidenceKind::MetricChecklist:
        return "metric+checklist";
    }
    return "metric";
}

const char* toString(ImpactKind k) noexcept
{
    switch (k) {
    case ImpactKind::Calc:
        return "calc";
    case ImpactKind::Expert:
        return "expert";
    case ImpactKind::Outcome:
        return "outcome";
    }
    return "expert";
}

bool ChecklistItem::appliesTo(store::Variant v) const
{
    return variants.empty() || std::find(variants.begin(), variants.end(), v) != variants.end();
}

bool Criterion::inVariant(store::Variant v) const
{
    return std::find(variants.begin(), variants.end(), v) != variants.end();
}

const Indicator* Criterion::indicator(const std::string& key) const
{
    if (metric)
        for (const auto& part : metric->parts)
            for (const auto& ind : part.indicators)
                if (ind.key == key)
                    return &ind;
    return nullptr;
}

const Criterion* Catalogue::find(const std::string& id) const
{
    for (const auto& c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

Criterion* Catalogue::find(const std::string& id)
{
    return const_cast<Criterion*>(std::as_const(*this).find(id));
}

int Catalogue::indexOf(const std::string& id) const
{
    for (std::size_t i = 0; i < criteria.size(); ++i)
        if (criteria[i].id == id)
            return static_cast<int>(i);
    return -1;
}

const std::vector<std::string>& componentFileNames()
{
    static const std::vector<std::string> names = { "P.json", "M.json", "C.json", "L.json", "S.json" };
    return names;
}

namespace {

// The documents were validated before these run, so keys and types are known to be right.
Text text(const json& j)
{
    return { j.at("en").get<std::string>(), j.at("ru").get<std::string>() };
}

std::vector<store::Variant> variants(const json& j)
{
    std::vector<store::Variant> out;
    if (j.is_array())
        for (const auto& v : j)
            if (auto parsed = store::parseVariant(v.get<std::string>()))
                out.push_back(*parsed);
    return out;
}

MetricSpec metricSpec(const json& j)
{
    MetricSpec m;
    m.formula = text(j.at("formula"));
    m.unit = j.at("unit").get<std::string>();
    if (!j.at("min_sample").is_null())
        m.minSample = j.at("min_sample").get<int>();
    m.confirmedAbsentAllowed = j.at("confirmed_absent_allowed").get<bool>();
    for (const auto& p : j.at("parts")) {
        MetricPart part { p.at("id").get<std::string>(), text(p.at("name")), {} };
        for (const auto& i : p.at("indicators"))
            part.indicators.push_back({ i.at("key").get<std::string>(), text(i.at("name")),
                i.at("direction") == "lower_is_better" ? Direction::LowerIsBetter : Direction::HigherIsBetter,
                i.at("green").get<double>(), i.at("yellow").get<double>(), i.value("unit", std::string()) });
        m.parts.push_back(std::move(part));
    }
    return m;
}

EvidenceKind evidenceKind(const std::string& s)
{
    if (s == "checklist")
        return EvidenceKind::Checklist;
    if (s == "rating")
        return EvidenceKind::Rating;
    if (s == "metric+checklist")
        return EvidenceKind::MetricChecklist;
    return EvidenceKind::Metric;
}

void readParts(Criterion& c, const json& j)
{
    if (!j.at("metric").is_null())
        c.metric = metricSpec(j.at("metric"));
    if (!j.at("checklist").is_null())
        for (const auto& i : j.at("checklist"))
            c.checklist.push_back({ i.at("id").get<std::string>(), text(i.at("text")),
                i.at("auto_hint").is_null() ? std::nullopt : std::optional<Text>(text(i.at("auto_hint"))),
                variants(i.at("variants")) });
    if (!j.at("rating").is_null()) {
        RatingSpec r;
        for (int level = 0; level < 3; ++level)
            r.levels[level] = text(j.at("rating").at("levels").at(std::to_string(level)));
        r.basisRequired = text(j.at("rating").at("basis_required"));
        c.rating = r;
    }
    const auto& impact = j.at("impact");
    const auto kind = impact.at("kind").get<std::string>();
    c.impactKind = kind == "calc" ? ImpactKind::Calc : kind == "outcome" ? ImpactKind::Outcome : ImpactKind::Expert;
    if (!impact.at("formula").is_null())
        c.impactFormula = text(impact.at("formula"));
    for (const auto& a : j.at("actions"))
        c.actions.push_back({ a.at("id").get<std::string>(), text(a.at("text")), a.at("horizon").get<std::string>(),
            a.at("owner").get<std::vector<std::string>>(), text(a.at("target_kpi")) });
}

Criterion criterion(const json& j)
{
    Criterion c;
    c.id = j.at("id").get<std::string>();
    c.component = j.at("component").get<std::string>();
    c.weight = j.at("weight").get<int>();
    c.variants = variants(j.at("variants"));
    c.name = text(j.at("name"));
    c.checks = text(j.at("checks"));
    c.green = text(j.at("green"));
    c.missing = text(j.at("missing"));
    c.evidence = evidenceKind(j.at("evidence").get<std::string>());
    c.metricType = j.at("metric_type").is_null() ? std::string() : j.at("metric_type").get<std::string>();
    c.seeds = j.at("seeds").get<std::vector<std::string>>();
    c.prerequisites = j.at("prerequisites").get<std::vector<std::string>>();
    readParts(c, j);
    return c;
}

} // namespace

Result<Catalogue> loadCatalogue(const std::string& dir)
{
    const auto issues = validateCatalogueDir(dir);
    if (!issues.empty()) {
        std::string msg = "the criteria catalogue is invalid (" + std::to_string(issues.size()) + " problem(s)):";
        for (const auto& i : issues)
            msg += "\n  " + i.describe();
        return Error::rejected(msg, dir);
    }
    Catalogue cat;
    cat.dir = dir;
    try {
        std::vector<CatalogueIssue> ignored;
        for (const auto& name : componentFileNames()) {
            const json doc = readJsonFile((std::filesystem::path(dir) / name).string(), name, ignored);
            const auto& comp = doc.at("component");
            cat.components.push_back(
                { comp.at("id").get<std::string>(), comp.at("order").get<int>(), text(comp.at("name")) });
            for (const auto& c : doc.at("criteria"))
                cat.criteria.push_back(criterion(c));
        }
    } catch (const json::exception& e) {
        return Error::internal(std::string("catalogue passed validation but could not be read: ") + e.what());
    }
    std::stable_sort(cat.components.begin(), cat.components.end(),
        [](const Component& a, const Component& b) { return a.order < b.order; });
    std::stable_sort(cat.criteria.begin(), cat.criteria.end(), [&](const Criterion& a, const Criterion& b) {
        const auto order = [&](const std::string& comp) {
            for (const auto& c : cat.components)
                if (c.id == comp)
                    return c.order;
            return 99;
        };
        return order(a.component) < order(b.component);
    });
    return cat;
}

} // namespace sa::scoring
