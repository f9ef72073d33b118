#pragma once
// Hand-built inputs for the pure scoring engine.
#include "common/Params.h"
#include "scoring/Catalogue.h"
#include "scoring/ScoreEngine.h"

#include <catch2/catch.hpp>
#include <filesystem>

namespace sa::test {

inline const scoring::Catalogue& shippedCatalogue()
{
    static const scoring::Catalogue cat = [] {
        auto c = scoring::loadCatalogue(Params::defaultCatalogueDir());
        REQUIRE(c.ok());
        return *c;
    }();
    return cat;
}

inline const Params& shippedParams()
{
    static const Params p = [] {
        auto r = Params::loadFile((std::filesystem::path(Params::defaultCatalogueDir()) / "refs.json").string());
        REQUIRE(r.ok());
        return *r;
    }();
    return p;
}

/// One-part, one-indicator measurement.
inline scoring::Measurement measured(const std::string& id, const std::string& key, double value, long long n = 100)
{
    scoring::Measurement m;
    m.criterionId = id;
    scoring::PartMeasurement p;
    p.indicators.push_back({ key, value });
    p.n = n;
    m.parts.push_back(p);
    return m;
}

/// A measurement whose part is not assessed for `reason`.
inline scoring::Measurement unmeasured(const std::string& id, scoring::Reason reason, const std::string& part = "main")
{
    scoring::Measurement m;
    m.criterionId = id;
    scoring::PartMeasurement p;
    p.id = part;
    p.reason = reason;
    m.parts.push_back(p);
    return m;
}

/// Answers every applicable checklist item of `id` with `answer`, with evidence note 1.
inline void answerAll(
    evidence::Assessments& a, const std::string& id, evidence::Answer answer, bool withEvidence = true)
{
    const auto* c = shippedCatalogue().find(id);
    REQUIRE(c);
    for (const auto& item : c->checklist)
        a.criteria[id].answers[item.id] = { item.id, answer, !withEvidence,
            withEvidence ? std::vector<std::int64_t> { 1 } : std::vector<std::int64_t> {} };
}

inline evidence::Override overrideOf(
    const std::string& id, const std::string& status, std::vector<std::int64_t> ev = {})
{
    evidence::Override o;
    o.id = 1;
    o.criterionId = id;
    o.newStatus = status;
    o.reasonCategory = "business_context";
    o.rationale = "The consultant verified this in the owner interview.";
    o.evidenceIds = std::move(ev);
    return o;
}

} // namespace sa::test
