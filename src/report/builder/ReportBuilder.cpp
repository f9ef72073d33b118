#include "ReportBuilder.h"

#include "CriterionText.h"
#include "DataWarnings.h"
#include "StatusStyle.h"
#include "StoreFacts.h"
#include "common/Params.h"
#include "dashboards/DashboardCharts.h"
#include "metrics/Metrics.h"
#include "plan/PlanGenerator.h"
#include "scoring/ScoreProject.h"

#include <algorithm>
#include <map>

namespace sa::report {

namespace {

QString pick(const Labels& l, const char* ru, const char* en)
{
    return QString::fromUtf8(l.language == Language::Ru ? ru : en);
}

struct Inputs {
    const scoring::ScoreResult& score;
    const scoring::Catalogue& catalogue;
    const Labels& l;
    QString currency;
    QString period;
};

QString criterionName(const Inputs& in, const std::string& id)
{
    const scoring::Criterion* c = in.catalogue.find(id);
    return c ? text(c->name, in.l) : QString::fromStdString(id);
}

void addComponents(const Inputs& in, ReportModel& m, const std::map<std::string, std::vector<EvidenceQuote>>& evidence)
{
    for (const scoring::Component& comp : in.catalogue.components) {
        ComponentSection section;
        section.light.id = QString::fromStdString(comp.id);
        section.light.name = text(comp.name, in.l);
        for (const scoring::ComponentResult& cr : in.score.components)
            if (cr.id == comp.id) {
                section.light.score = cr.score;
                section.light.coverage = cr.coverage;
                section.light.light = lightOf(cr.status);
            }
        for (const scoring::Criterion& c : in.catalogue.criteria) {
            if (c.component != comp.id)
                continue;
            const scoring::CriterionResult* r = in.score.find(c.id);
            m.matrix.push_back({ QString::fromStdString(c.id), text(c.name, in.l), section.light.id,
                r ? lightOf(r->status) : Light::NotAssessed, r == nullptr });
            if (!r)
                continue;
            CriterionFinding f = findingOf(*r, c, in.l, in.currency, in.period);
            if (const auto e = evidence.find(c.id); e != evidence.end())
                f.evidence = e->second;
            if (f.override)
                m.appendix.overrides.push_back({ f.id, f.name, *f.override });
            section.criteria.push_back(std::move(f));
        }
        m.summary.components.push_back(section.light);
        m.components.push_back(std::move(section));
    }
}

Bottleneck bottleneckOf(const Inputs& in, const scoring::Bottleneck& b)
{
    QStringList notes;
    if (b.partial)
        notes << in.l.partial;
    if (b.revenueBasis)
        notes << pick(in.l, "от выручки", "revenue basis");
    if (b.impactClassDefault)
        notes << pick(in.l, "класс по умолчанию", "default class");
    QString kind = QString::fromStdString(b.impactKind);
    if (b.expertClass)
        kind += QStringLiteral(" (") + QChar::fromLatin1(*b.expertClass) + QLatin1Char(')');
    return { b.rank, QString::fromStdString(b.id), criterionName(in, b.id), lightOf(b.status), b.impact, kind,
        notes.join(QStringLiteral(", ")) };
}

QString planGapText(const Inputs& in, const store::AuditInfo& audit)
{
    const scoring::CriterionResult* m1 = in.score.find("M1");
    if (!m1 || !m1->value)
        return pick(in.l, "Выполнение плана не оценено (нет плана или выручки за период).",
            "Plan fulfilment not assessed (no plan or revenue for the period).");
    QString s = pick(in.l, "План продаж выполнен на %1 (%2).", "The sales plan is %1 fulfilled (%2).")
                    .arg(valueText(*m1->value, "share", in.l, in.currency), statusText(lightOf(m1->status), in.l));
    if (audit.annualPlan && in.score.base.revenue)
        s += QLatin1Char(' ')
            + pick(in.l, "Годовой план %1, выручка за период %2.", "Annual plan %1, revenue over the period %2.")
                  .arg(in.l.money(toMajor(*audit.annualPlan, audit.currency), in.currency),
                      in.l.money(in.score.base.revenue, in.currency));
    return s;
}

void addSummary(const Inputs& in, ReportModel& m, const store::AuditInfo& audit)
{
    ExecutiveSummary& s = m.summary;
    s.overall = in.score.overall.score;
    s.overallLight = lightOf(in.score.overall.status);
    s.overallNote = pick(
        in.l, "%1 из 5 компонентов окрашены, среднее покрытие %2 %", "%1 of 5 components coloured, mean coverage %2 %")
                        .arg(in.score.overall.colouredComponents)
                        .arg(in.l.number(in.score.overall.meanCoverage, 0));
    if (in.score.overall.indicative)
        s.overallNote += QStringLiteral("; ") + in.l.indicative;
    for (const scoring::Bottleneck& b : in.score.bottlenecks)
        if (s.topBottlenecks.size() < 5 && b.rank > 0)
            s.topBottlenecks.push_back(bottleneckOf(in, b));
    s.planGap = planGapText(in, audit);
    for (const std::string& id : in.score.blindSpots)
        s.blindSpots << QString::fromStdString(id) + QStringLiteral(" · ") + criterionName(in, id);
    int red = 0, yellow = 0;
    for (const MatrixCell& c : m.matrix) {
        red += !c.outOfScope && c.status == Light::Red;
        yellow += !c.outOfScope && c.status == Light::Yellow;
    }
    const ComponentLight* weakest = weakestComponent(s.components);
    s.verdict << pick(
        in.l, "Критериев в красной зоне: %1, в жёлтой: %2.", "Criteria in the red: %1, in the yellow: %2.")
                     .arg(red)
                     .arg(yellow);
    if (weakest)
        s.verdict << pick(in.l, "Самый слабый компонент — %1 (%2).", "The weakest component is %1 (%2).")
                         .arg(weakest->name, in.l.number(*weakest->score, 0) + QStringLiteral("\u00A0%"));
    if (!s.topBottlenecks.empty())
        s.verdict << pick(in.l, "Главная узкая зона — %1 · %2: %3 в год под риском.",
            "The top bottleneck is %1 · %2: %3 a year at stake.")
                         .arg(s.topBottlenecks.front().criterionId, s.topBottlenecks.front().criterionName,
                             in.l.money(s.topBottlenecks.front().impact, in.currency));
}

/// Without a stored plan, the plan core's proposal for this score (spec §7), printed.
std::vector<ActionRow> proposedPlan(const Inputs& in)
{
    const std::string lang = in.l.language == Language::Ru ? "ru" : "en";
    return actionRows(plan::generatePlan(in.score, in.catalogue, lang), in.l);
}

charts::Roadmap roadmapOf(const std::vector<ActionRow>& plan, const Labels& l)
{
    charts::Roadmap r;
    r.title = l.roadmap;
    for (size_t i = 0; i < plan.size() && r.items.size() < 30; ++i) {
        const std::string h = plan[i].horizonKey.toStdString();
        charts::Horizon hz = h == "QW" ? charts::Horizon::Month1
            : h == "3M"                ? charts::Horizon::Q1
            : h == "3Y"                ? (i % 2 ? charts::Horizon::Year3 : charts::Horizon::Year2)
                                       : charts::Horizon::Q2toQ4;
        r.items.push_back({ plan[i].criteria.join(QStringLiteral(", ")) + QStringLiteral(": ") + plan[i].text,
            plan[i].owner, hz, std::nullopt });
    }
    return r;
}

/// The metrics of the audit's period (the card's period when set, else W), for the dashboards.
metrics::MetricsResult auditMetrics(const metrics::AuditData& data, const store::AuditInfo& audit)
{
    metrics::MetricsOptions options;
    if (audit.periodFrom && audit.periodTo && *audit.periodFrom <= *audit.periodTo)
        options.period = metrics::Period::ofDays(*audit.periodFrom, *audit.periodTo);
    return metrics::computeMetrics(data, options);
}

/// §5.2.4: every criterion lists the data-quality warnings of the tables it reads.
Status addDataWarnings(const store::Connection& db, const metrics::AuditData& data, ReportModel& m)
{
    auto byTable = readTableWarnings(db, m.labels);
    if (!byTable)
        return byTable.error();
    for (ComponentSection& section : m.components)
        for (CriterionFinding& f : section.criteria)
            f.dataWarnings = criterionWarnings(f.id.toStdString(), *byTable, &data, m.labels);
    return {};
}

std::vector<Dashboard> dashboardsOf(const ReportModel& m, const Labels& l, const metrics::MetricsResult& metrics)
{
    charts::KpiTiles tiles;
    tiles.title = l.components;
    for (const ComponentLight& c : m.summary.components)
        tiles.tiles.push_back({ c.id + QStringLiteral(" · ") + c.name, c.score, 0, QStringLiteral("%"),
            l.coverage + QLatin1Char(' ') + l.number(c.coverage, 0) + QStringLiteral("\u00A0%"),
            toChartStatus(c.light) });
    charts::BarChart money;
    money.title = l.bottlenecks;
    money.orientation = charts::Orientation::Horizontal;
    charts::BarSeries series { l.impact, {}, std::nullopt };
    for (const Bottleneck& b : m.summary.topBottlenecks)
        if (b.impact) {
            money.categories << b.criterionId + QStringLiteral(" · ") + b.criterionName;
            series.values.push_back(*b.impact);
        }
    money.series.push_back(series);
    std::vector<Dashboard> out { { tiles, QString() } };
    if (!money.categories.isEmpty())
        out.push_back({ money,
            pick(l, "Влияния пересекаются и не суммируются (спец. §6).",
                "Impacts overlap and are never summed (spec §6).") });
    for (DashboardChart& c : dashboardCharts(metrics, l.language))
        out.push_back({ std::move(c.spec), c.note });
    return out;
}

QStringList methodology(const Labels& l)
{
    return { pick(l,
                 "Аудит оценивает 45 критериев эталонной модели отдела продаж в пяти компонентах: процесс продажи, "
                 "метрики и отчёты, клиенты, лидогенерация, персонал. Метрические критерии вычисляются из выгрузок CRM "
                 "и учётных систем по порогам эталонной модели (граничное значение относится к лучшему статусу); "
                 "чек-листы и оценки консультанта опираются на свидетельства.",
                 "The audit scores 45 criteria of the reference model of a sales department in five components: sales "
                 "process, metrics and reports, clients, lead generation, personnel. Metric criteria are computed from "
                 "CRM and accounting exports against the reference thresholds (a boundary value belongs to the better "
                 "status); checklists and ratings rest on evidence."),
        pick(l,
            "Балл компонента — взвешенное среднее оценённых критериев (зелёный 1, жёлтый 0,5, красный 0); при "
            "покрытии ниже 60 % компонент не окрашивается; красный критерий веса 3 ограничивает компонент жёлтым. "
            "Узкие зоны ранжируются по весу × деньгам под риском; влияния пересекаются и не суммируются.",
            "A component score is the weighted mean of the assessed criteria (green 1, yellow 0.5, red 0); below "
            "60 % coverage the component is not coloured; a red weight-3 criterion caps it at yellow. Bottlenecks "
            "rank by weight × money at stake; impacts overlap and are never summed.") };
}

std::map<std::string, QString> thresholdDefaults(const std::string& dir, const Labels& l)
{
    std::map<std::string, QString> out;
    auto pristine = scoring::loadCatalogue(dir);
    if (!pristine)
        return out;
    for (const scoring::Criterion& c : pristine->criteria)
        if (c.metric)
            for (const scoring::MetricPart& p : c.metric->parts)
                for (const scoring::Indicator& i : p.indicators) {
                    out[i.key + ".green"] = l.number(i.green, 2);
                    out[i.key + ".yellow"] = l.number(i.yellow, 2);
                }
    return out;
}

Status addStoreParts(const store::Connection& db, const Inputs& in, const std::string& dir, ReportModel& m)
{
    auto sources = readDataSources(db, in.l);
    if (!sources)
        return sources.error();
    auto quality = readDataQuality(db, in.l);
    if (!quality)
        return quality.error();
    auto thresholds = readThresholdChanges(db, in.l, thresholdDefaults(dir, in.l));
    if (!thresholds)
        return thresholds.error();
    auto actions = readActions(db, in.l);
    if (!actions)
        return actions.error();
    m.appendix.sources = std::move(*sources);
    m.appendix.dataQuality = std::move(*quality);
    m.appendix.thresholds = std::move(*thresholds);
    m.plan = std::move(*actions);
    if (m.plan.empty())
        m.plan = proposedPlan(in);
    m.roadmap = roadmapOf(m.plan, in.l);
    return {};
}

} // namespace

const ComponentLight* weakestComponent(const std::vector<ComponentLight>& components)
{
    const ComponentLight* weakest = nullptr;
    for (const ComponentLight& c : components) {
        const bool coloured = c.light == Light::Green || c.light == Light::Yellow || c.light == Light::Red;
        if (coloured && c.score && (!weakest || *c.score < *weakest->score))
            weakest = &c;
    }
    return weakest;
}

namespace {

/// Everything after scoring: components, summary, store parts, data warnings, dashboards, appendix.
Result<ReportModel> assemble(const store::Project& project, const store::AuditInfo& audit, const BuildOptions& options,
    const std::string& dir, const scoring::ScoreResult& score, const scoring::ScoringSetup& setup,
    const metrics::AuditData& data)
{
    ReportModel m;
    m.labels = Labels::forLanguage(options.language);
    auto evidence = readEvidence(project.db(), m.labels);
    if (!evidence)
        return evidence.error();
    m.card = readAuditCard(audit, m.labels, options.reportDate);
    QString period = m.card.period;
    if (!score.base.periodFrom.empty())
        period = QString::fromStdString(score.base.periodFrom + " – " + score.base.periodTo);
    const Inputs in { score, setup.catalogue, m.labels, m.card.currency, period };
    addComponents(in, m, *evidence);
    addSummary(in, m, audit);
    if (Status s = addStoreParts(project.db(), in, dir, m); !s)
        return s.error();
    if (Status s = addDataWarnings(project.db(), data, m); !s)
        return s.error();
    m.dashboards = dashboardsOf(m, m.labels, auditMetrics(data, audit));
    m.appendix.methodology = methodology(m.labels);
    m.appendix.variant = pick(m.labels, "Вариант аудита: %1; критериев в области оценки: %2 из 45.",
        "Audit variant: %1; criteria in scope: %2 of 45.")
                             .arg(m.card.variant)
                             .arg(score.criteria.size());
    return m;
}

} // namespace

Result<ReportModel> buildReport(
    const store::Project& project, const BuildOptions& options, scoring::ScoreResult* scoreOut)
{
    const std::string dir = options.catalogueDir.empty() ? Params::defaultCatalogueDir() : options.catalogueDir;
    auto audit = project.auditInfo();
    if (!audit)
        return audit.error();
    auto setup = scoring::loadScoringSetup(project, dir);
    if (!setup)
        return setup.error();
    // One load of the project's data serves the score, the dashboards' metrics and the data warnings.
    auto data = metrics::AuditData::load(project, setup->params);
    if (!data)
        return data.error();
    auto score = scoring::scoreProject(project, *setup, *data);
    if (!score)
        return score.error();
    auto m = assemble(project, *audit, options, dir, *score, *setup, *data);
    if (m && scoreOut)
        *scoreOut = std::move(*score);
    return m;
}

} // namespace sa::report
