#include "JsonWriter.h"

#include "AtomicWrite.h"

namespace sa::report {

namespace {

using nlohmann::json;

std::string u8(const QString& s)
{
    return s.toStdString();
}

json strings(const QStringList& list)
{
    json a = json::array();
    for (const QString& s : list)
        a.push_back(u8(s));
    return a;
}

json optionalNumber(std::optional<double> v)
{
    return v ? json(*v) : json(nullptr);
}

json component(const ComponentLight& c)
{
    return { { "id", u8(c.id) }, { "name", u8(c.name) }, { "score", optionalNumber(c.score) },
        { "coverage", c.coverage }, { "status", lightKey(c.light) } };
}

json overrideJson(const OverrideInfo& o)
{
    return { { "automatic", lightKey(o.automatic) }, { "final", lightKey(o.final) }, { "reason", u8(o.reason) },
        { "rationale", u8(o.rationale) }, { "author", u8(o.author) }, { "date", u8(o.date) } };
}

json criterion(const CriterionFinding& c)
{
    json j { { "id", u8(c.id) }, { "name", u8(c.name) }, { "weight", c.weight }, { "status", lightKey(c.status) },
        { "source", static_cast<int>(c.source) }, { "partial", c.partial }, { "finding", u8(c.finding) },
        { "not_assessed_reason", u8(c.notAssessedReason) }, { "data_warnings", strings(c.dataWarnings) } };
    static const char* sources[] = { "auto", "checklist", "rating", "override" };
    j["source"] = sources[static_cast<int>(c.source)];
    json ms = json::array();
    for (const Measurement& m : c.measurements)
        ms.push_back({ { "label", u8(m.label) }, { "value", optionalNumber(m.value) },
            { "value_text", u8(m.valueText) }, { "thresholds", u8(m.thresholds) },
            { "n", m.n ? json(*m.n) : json(nullptr) }, { "period", u8(m.period) }, { "indicative", m.indicative } });
    j["measurements"] = ms;
    json ev = json::array();
    for (const EvidenceQuote& q : c.evidence)
        ev.push_back({ { "title", u8(q.title) }, { "kind", u8(q.kind) }, { "respondent", u8(q.respondent) },
            { "excerpt", u8(q.excerpt) } });
    j["evidence"] = ev;
    j["override"] = c.override ? overrideJson(*c.override) : json(nullptr);
    return j;
}

json summary(const ReportModel& m)
{
    const ExecutiveSummary& s = m.summary;
    json j { { "overall", optionalNumber(s.overall) }, { "overall_status", lightKey(s.overallLight) },
        { "overall_note", u8(s.overallNote) }, { "plan_gap", u8(s.planGap) }, { "verdict", strings(s.verdict) },
        { "blind_spots", strings(s.blindSpots) } };
    j["components"] = json::array();
    for (const ComponentLight& c : s.components)
        j["components"].push_back(component(c));
    j["bottlenecks"] = json::array();
    for (const Bottleneck& b : s.topBottlenecks)
        j["bottlenecks"].push_back({ { "rank", b.rank }, { "criterion", u8(b.criterionId) },
            { "name", u8(b.criterionName) }, { "status", lightKey(b.status) }, { "impact", optionalNumber(b.impact) },
            { "impact_kind", u8(b.impactKind) }, { "note", u8(b.note) } });
    return j;
}

json appendix(const Appendix& a)
{
    json j { { "methodology", strings(a.methodology) }, { "variant", u8(a.variant) },
        { "data_quality", strings(a.dataQuality) } };
    j["sources"] = json::array();
    for (const DataSource& s : a.sources)
        j["sources"].push_back({ { "entity", u8(s.entity) }, { "file", u8(s.fileName) }, { "sha256", u8(s.sha256) },
            { "rows_read", s.rowsRead }, { "rows_imported", s.rowsImported }, { "rows_with_issues", s.rowsWithIssues },
            { "coverage", u8(s.coverage) } });
    j["changed_thresholds"] = json::array();
    for (const ThresholdChange& t : a.thresholds)
        j["changed_thresholds"].push_back({ { "criterion", u8(t.criterionId) }, { "param", u8(t.param) },
            { "default", u8(t.defaultValue) }, { "value", u8(t.newValue) }, { "rationale", u8(t.rationale) },
            { "author", u8(t.author) }, { "date", u8(t.date) } });
    j["overrides"] = json::array();
    for (const OverrideEntry& o : a.overrides) {
        json entry = overrideJson(o.info);
        entry["criterion"] = u8(o.criterionId);
        entry["name"] = u8(o.criterionName);
        j["overrides"].push_back(entry);
    }
    return j;
}

} // namespace

const char* lightKey(Light light)
{
    switch (light) {
    case Light::Green:
        return "green";
    case Light::Yellow:
        return "yellow";
    case Light::Red:
        return "red";
    case Light::InsufficientCoverage:
        return "insufficient_coverage";
    case Light::NotAssessed:
        break;
    }
    return "not_assessed";
}

nlohmann::json toJson(const ReportModel& m)
{
    const AuditCard& c = m.card;
    json j { { "language", m.labels.language == Language::Ru ? "ru" : "en" },
        { "audit",
            { { "company", u8(c.company) }, { "variant", u8(c.variantKey) }, { "period", u8(c.period) },
                { "report_date", u8(c.reportDate) }, { "consultant", u8(c.consultant) },
                { "currency", u8(c.currency) } } },
        { "summary", summary(m) }, { "appendix", appendix(m.appendix) } };
    j["matrix"] = json::array();
    for (const MatrixCell& cell : m.matrix)
        j["matrix"].push_back({ { "id", u8(cell.id) }, { "component", u8(cell.component) },
            { "status", cell.outOfScope ? "out_of_scope" : lightKey(cell.status) } });
    j["criteria"] = json::array();
    for (const ComponentSection& s : m.components)
        for (const CriterionFinding& f : s.criteria)
            j["criteria"].push_back(criterion(f));
    j["plan"] = json::array();
    for (const ActionRow& a : m.plan)
        j["plan"].push_back({ { "id", u8(a.id) }, { "criteria", strings(a.criteria) }, { "text", u8(a.text) },
            { "horizon", u8(a.horizonKey) }, { "horizon_text", u8(a.horizon) }, { "owner", u8(a.owner) },
            { "target_kpi", u8(a.targetKpi) }, { "expected_effect", optionalNumber(a.expectedEffect) },
            { "effect_kind", u8(a.effectKind) }, { "status", u8(a.status) }, { "due", u8(a.due) } });
    return j;
}

Status writeJson(const nlohmann::json& doc, const QString& path)
{
    const std::string text = doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return writeFileAtomically(path, QByteArray::fromStdString(text));
}

} // namespace sa::report
