#include "ReportFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

namespace sa::test {

using namespace sa::report;
using nlohmann::json;

namespace {

struct Ctx {
    Language lang;
    const Labels& l;
    QString tr(const json& bilingual) const
    {
        return QString::fromStdString(bilingual.value(lang == Language::Ru ? "ru" : "en", std::string()));
    }
    QString pick(const char* ru, const char* en) const { return QString::fromUtf8(lang == Language::Ru ? ru : en); }
};

json loadComponent(const QString& dir, char id)
{
    QFile f(dir + QStringLiteral("/criteria/") + QLatin1Char(id) + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return json::object();
    return json::parse(f.readAll().toStdString(), nullptr, false);
}

Light statusFor(int index)
{
    static const std::array<Light, 9> pattern { Light::Green, Light::Yellow, Light::Red, Light::Green,
        Light::NotAssessed, Light::Yellow, Light::Red, Light::Green, Light::Yellow };
    return pattern[size_t(index * 7 + index / 9) % pattern.size()]; // varied across rows and columns
}

double valueFor(const json& ind, Light status)
{
    const double g = ind.value("green", 0.0);
    const double y = ind.value("yellow", 0.0);
    const bool lower = ind.value("direction", std::string()) == "lower_is_better";
    const double step = std::max(0.05, std::abs(g - y));
    if (status == Light::Green)
        return lower ? g - step / 2 : g + step / 4;
    if (status == Light::Yellow)
        return (g + y) / 2;
    return lower ? y + step : y - step;
}

QString formatValue(const Ctx& c, double v, const std::string& unit)
{
    if (unit == "share")
        return c.l.number(v * 100, 1) + QStringLiteral("\u00A0%");
    if (unit == "pp")
        return c.l.number(v, 1) + c.pick("\u00A0п.п.", "\u00A0pp");
    return c.l.number(v, unit == "nps" ? 0 : 2);
}

Measurement measurementFor(const Ctx& c, const json& part, const json& ind, const std::string& unit, Light s, int i)
{
    Measurement m;
    m.label = c.tr(part["name"]);
    const std::string u = ind.contains("unit") && ind["unit"].is_string() ? ind["unit"].get<std::string>() : unit;
    m.value = valueFor(ind, s);
    m.valueText = formatValue(c, *m.value, u);
    const QString op
        = ind.value("direction", std::string()) == "lower_is_better" ? QStringLiteral("≤") : QStringLiteral("≥");
    m.thresholds = c.l.green + QLatin1Char(' ') + op + QLatin1Char(' ') + formatValue(c, ind.value("green", 0.0), u)
        + QStringLiteral(", ") + c.l.yellow + QLatin1Char(' ') + op + QLatin1Char(' ')
        + formatValue(c, ind.value("yellow", 0.0), u);
    m.n = 40 + i * 37;
    m.period = QStringLiteral("07.2024 – 06.2025");
    m.indicative = (i % 11 == 5);
    return m;
}

void addEvidence(const Ctx& c, CriterionFinding& f, int i)
{
    if (f.id == QStringLiteral("P1")) {
        f.evidence.push_back({ c.pick("Интервью с РОП", "Interview with the head of sales"),
            c.pick("Интервью с сотрудником", "Staff interview"), QStringLiteral("Игорь Новиков"), kHostileExcerpt });
        f.evidence.push_back({ QStringLiteral("<script>alert(1)</script>"), c.pick("Документ", "Document"), QString(),
            QStringLiteral("[ссылка](file:///home/user/.ssh/id_rsa) и /etc/hosts") });
    }
    if (i % 4 == 1)
        f.evidence.push_back({ c.pick("Прослушивание звонков, 22 звонка", "Call listening, 22 calls"),
            c.pick("Прослушивание звонков", "Call listening"), QStringLiteral("Анна Морозова"),
            c.pick("Менеджеры не фиксируют следующий шаг после звонка;\nв 14 из 22 звонков "
                   "клиенту не назначена дата следующего контакта.",
                "Managers do not record the next step after a call;\nin 14 of 22 calls the client "
                "got no date for the next contact.") });
}

CriterionFinding findingFor(const Ctx& c, const json& crit, int i)
{
    CriterionFinding f;
    f.id = QString::fromStdString(crit["id"].get<std::string>());
    f.name = c.tr(crit["name"]);
    f.weight = crit.value("weight", 2);
    f.status = statusFor(i);
    const std::string ev = crit.value("evidence", std::string());
    f.source = ev == "checklist" ? Source::Checklist : ev == "rating" ? Source::Rating : Source::Auto;
    if (f.status == Light::NotAssessed) {
        f.notAssessedReason = c.pick("недостаточная выборка (n = 12 < 30)", "insufficient sample (n = 12 < 30)");
    } else if (crit.contains("metric") && crit["metric"].is_object()) {
        const json& metric = crit["metric"];
        for (const json& part : metric["parts"])
            f.measurements.push_back(
                measurementFor(c, part, part["indicators"][0], metric.value("unit", std::string()), f.status, i));
        f.partial = (i % 13 == 3);
    }
    if (f.status == Light::Red)
        f.finding = c.pick("Отклонение от эталонной модели существенное; см. план действий.",
            "Significant deviation from the reference model; see the action plan.");
    addEvidence(c, f, i);
    if (i % 10 == 6)
        f.dataWarnings << c.pick("12 сделок без менеджера (строки 18, 240, 1022 файла deals.csv)",
            "12 deals without a manager (rows 18, 240, 1022 of deals.csv)");
    return f;
}

void applyOverride(const Ctx& c, CriterionFinding& f)
{
    OverrideInfo o;
    o.automatic = f.status;
    o.final = f.status == Light::Red ? Light::Yellow : Light::Red;
    o.reason = c.pick("новые свидетельства", "new evidence");
    o.rationale = c.pick("Регламент утверждён в июне 2025 года и уже применяется; <b>см.</b> приказ № 12.",
        "The procedure was approved in June 2025 and is already applied; <b>see</b> order no. 12.");
    o.author = QStringLiteral("Мария Ковалёва");
    o.date = QStringLiteral("28.06.2025");
    f.override = o;
    f.status = o.final;
    f.source = Source::Override;
}

ComponentLight lightFor(const Ctx& c, const json& comp, const std::vector<CriterionFinding>& cs, double inScope)
{
    ComponentLight l;
    l.id = QString::fromStdString(comp["id"].get<std::string>());
    l.name = c.tr(comp["name"]);
    double assessed = 0, sum = 0;
    bool cap = false;
    for (const CriterionFinding& f : cs) {
        if (f.status == Light::NotAssessed)
            continue;
        assessed += f.weight;
        sum += f.weight * (f.status == Light::Green ? 1.0 : f.status == Light::Yellow ? 0.5 : 0.0);
        cap = cap || (f.weight == 3 && f.status == Light::Red);
    }
    l.score = assessed > 0 ? std::optional<double>(100 * sum / assessed) : std::nullopt;
    l.coverage = inScope > 0 ? 100 * assessed / inScope : 0;
    if (l.coverage < 60)
        l.light = Light::InsufficientCoverage;
    else
        l.light = *l.score >= 80 && !cap ? Light::Green : *l.score >= 50 ? Light::Yellow : Light::Red;
    return l;
}

void addActions(const Ctx& c, const json& crit, const CriterionFinding& f, ReportModel& m)
{
    if (f.status != Light::Red && f.status != Light::Yellow)
        return;
    static const std::map<std::string, const char*> horizonsRu { { "QW", "быстрая победа" }, { "3M", "3 месяца" },
        { "1Y", "1 год" }, { "3Y", "3 года" } };
    for (const json& a : crit["actions"]) {
        ActionRow r;
        r.id = QString::number(m.plan.size() + 1);
        r.criteria << f.id;
        r.text = c.tr(a["text"]);
        const std::string h = a.value("horizon", std::string("3M"));
        r.horizon = c.lang == Language::Ru ? QString::fromUtf8(horizonsRu.at(h)) : QString::fromStdString(h);
        r.horizonKey = QString::fromStdString(h);
        for (const json& o : a["owner"])
            r.owner += (r.owner.isEmpty() ? QString() : QStringLiteral(" + "))
                + QString::fromStdString(o.get<std::string>());
        r.targetKpi = c.tr(a["target_kpi"]);
        r.expectedEffect = 250000.0 * (1 + int(m.plan.size()) % 7);
        r.effectKind = int(m.plan.size()) % 3 ? QStringLiteral("expert") : QStringLiteral("calc");
        r.status = c.pick("предложено", "proposed");
        r.due = h == "QW" ? QStringLiteral("31.07.2025") : h == "3M" ? QStringLiteral("30.09.2025") : QString();
        m.plan.push_back(r);
        if (f.status == Light::Yellow)
            break; // spec §7: yellow criteria get only the first action
    }
}

void addComponent(const Ctx& c, const json& comp, ReportModel& m, int& index)
{
    ComponentSection section;
    double inScope = 0;
    for (const json& crit : comp["criteria"]) {
        const int i = index++;
        const auto& variants = crit["variants"];
        const bool in = std::find(variants.begin(), variants.end(), "standard") != variants.end();
        CriterionFinding f = findingFor(c, crit, i);
        if (in && i % 15 == 5)
            applyOverride(c, f);
        m.matrix.push_back(
            { f.id, f.name, QString::fromStdString(comp["component"]["id"].get<std::string>()), f.status, !in });
        if (!in)
            continue;
        inScope += f.weight;
        addActions(c, crit, f, m);
        if (f.override)
            m.appendix.overrides.push_back({ f.id, f.name, *f.override });
        section.criteria.push_back(std::move(f));
    }
    section.light = lightFor(c, comp["component"], section.criteria, inScope);
    m.summary.components.push_back(section.light);
    m.components.push_back(std::move(section));
}

void addSummary(const Ctx& c, ReportModel& m)
{
    ExecutiveSummary& s = m.summary;
    double sum = 0;
    int coloured = 0;
    for (const ComponentLight& l : s.components)
        if (l.light != Light::InsufficientCoverage && l.score) {
            sum += *l.score;
            ++coloured;
        }
    s.overall = coloured >= 4 ? std::optional<double>(sum / coloured) : std::nullopt;
    s.overallLight = !s.overall ? Light::NotAssessed
        : *s.overall >= 80      ? Light::Green
        : *s.overall >= 50      ? Light::Yellow
                                : Light::Red;
    s.overallNote = c.pick("%1 из 5 компонентов оценены", "%1 of 5 components coloured").arg(coloured);
    static const std::array<double, 5> impacts { 4'850'000, 3'120'000, 2'400'000, 1'150'000, 640'000 };
    for (const ComponentSection& sec : m.components)
        for (const CriterionFinding& f : sec.criteria) {
            if (s.topBottlenecks.size() == impacts.size())
                break;
            if ((f.status == Light::Red || f.status == Light::Yellow) && f.id != QStringLiteral("M1"))
                s.topBottlenecks.push_back(
                    { int(s.topBottlenecks.size()) + 1, f.id, f.name, f.status, impacts[s.topBottlenecks.size()],
                        s.topBottlenecks.size() % 2 ? QStringLiteral("expert") : QStringLiteral("calc"),
                        f.partial ? c.l.partial : QString() });
        }
    s.planGap = c.pick("План продаж выполнен на 87,6 %: отставание 12 400 000 RUB за 12 месяцев.",
        "The sales plan is 87.6 % fulfilled: 12,400,000 RUB behind over 12 months.");
    s.verdict = { c.pick("Процесс продажи описан, но CRM не отражает его: треть сделок «зависает».",
                      "The sales process is documented, but the CRM does not mirror it: a third of deals stall."),
        c.pick("Наибольшие деньги под риском — в конверсии воронки и удержании клиентов.",
            "The most money at stake is in funnel conversion and client retention."),
        c.pick("Первые 90 дней: дисциплина CRM, разбор зависших сделок, KPI в мотивации.",
            "First 90 days: CRM discipline, stalled-deal triage, KPIs in the pay plan.") };
    for (const ComponentSection& sec : m.components)
        for (const CriterionFinding& f : sec.criteria)
            if (f.weight == 3 && f.status == Light::NotAssessed)
                s.blindSpots << f.id + QStringLiteral(" · ") + f.name;
}

void addCharts(const Ctx& c, ReportModel& m)
{
    charts::FunnelChart funnel { c.pick("Воронка продаж", "Sales funnel"), {}, QString(), 0 };
    const std::array<double, 5> reached { 1200, 760, 410, 230, 140 };
    const QStringList stages = { c.pick("Лид", "Lead"), c.pick("Квалификация", "Qualified"), c.pick("КП", "Proposal"),
        c.pick("Переговоры", "Negotiation"), c.pick("Оплата", "Won") };
    for (int i = 0; i < 5; ++i)
        funnel.stages.push_back({ stages[i], reached[size_t(i)],
            i > 0 && i < 4 ? std::optional<double>(reached[size_t(i)] * 0.3) : std::nullopt, std::nullopt });
    charts::LineChart revenue { c.pick("Выручка и план, млн RUB", "Revenue vs plan, RUB m"), {}, {}, QString(), 1 };
    charts::LineSeries fact { c.pick("Факт", "Actual"), {}, charts::LineStyle::Solid, std::nullopt, {}, {} };
    charts::LineSeries plan { c.pick("План", "Plan"), {}, charts::LineStyle::Dashed, std::nullopt, {}, {} };
    for (int mth = 0; mth < 12; ++mth) {
        revenue.categories
            << QStringLiteral("%1.%2").arg((mth + 6) % 12 + 1, 2, 10, QLatin1Char('0')).arg(mth < 6 ? 24 : 25);
        fact.values.push_back(7.5 + 0.4 * (mth % 5) - 0.2 * (mth % 3));
        plan.values.push_back(8.6);
    }
    revenue.series = { fact, plan };
    charts::NpsDistribution nps { QStringLiteral("NPS"), { 3, 1, 2, 4, 5, 9, 11, 18, 25, 21, 14 } };
    charts::AbcXyzHeatmap abc { QStringLiteral("ABC-XYZ"), { { { 14, 9, 3 }, { 22, 17, 8 }, { 41, 36, 50 } } }, {},
        c.pick("клиентов", "clients"), QString() };
    charts::BarChart managers;
    managers.title = c.pick("Выручка по менеджерам, млн RUB", "Revenue by manager, RUB m");
    managers.categories
        = { QStringLiteral("Анна Морозова"), QStringLiteral("Игорь Новиков"), QStringLiteral("Олег Петров") };
    managers.series = { { c.pick("Факт", "Actual"), { 31.2, 24.8, 12.5 }, std::nullopt } };
    managers.orientation = charts::Orientation::Horizontal;
    managers.decimals = 1;
    m.components[0].charts.push_back({ funnel,
        c.pick("Воронка за период: достижение этапов и зависшие сделки.",
            "Funnel over the period: stage reach and stalled deals.") });
    m.components[1].charts.push_back(
        { revenue, c.pick("Выручка по месяцам против плана.", "Monthly revenue against plan.") });
    m.dashboards = { { funnel, QString() }, { revenue, QString() },
        { nps, c.pick("Распределение оценок NPS (n = 113).", "NPS score distribution (n = 113).") }, { abc, QString() },
        { managers, QString() } };
}

QString sha(const char* seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(seed), QCryptographicHash::Sha256).toHex());
}

void addAppendix(const Ctx& c, ReportModel& m)
{
    Appendix& a = m.appendix;
    a.methodology
        = { c.pick("Аудит оценивает 45 критериев эталонной модели отдела продаж в пяти компонентах. Каждый критерий "
                   "получает зелёный, жёлтый или красный статус по порогам эталонной модели; граничное значение "
                   "относится к лучшему статусу.",
                "The audit scores 45 criteria of the reference model of a sales department in five components. "
                "Each criterion is green, yellow or red by the reference thresholds; a boundary value belongs "
                "to the better status."),
              c.pick("Балл компонента — взвешенное среднее оценённых критериев; при покрытии менее 60 % компонент не "
                     "окрашивается.",
                  "A component score is the weighted mean of the assessed criteria; below 60 % coverage it is not "
                  "coloured.") };
    a.variant
        = c.pick("Вариант «Стандарт»: 44 критерия (все, кроме C2).", "Standard variant: 44 criteria (all but C2).");
    a.sources = { { QStringLiteral("deals"), QStringLiteral("amo_deals_2025-06-30.csv"), sha("deals"), 48210, 48102,
                      108, QStringLiteral("07.2023 – 06.2025") },
        { QStringLiteral("stage_history"), QStringLiteral("amo_stages.csv"), sha("stages"), 190455, 190455, 0,
            QStringLiteral("07.2023 – 06.2025") },
        { QStringLiteral("orders"), QStringLiteral("1c_orders.xlsx"), sha("orders"), 30112, 30001, 111,
            QStringLiteral("01.2022 – 06.2025") },
        { QStringLiteral("nps"), QStringLiteral("nps_survey.csv"), sha("nps"), 113, 113, 0,
            QStringLiteral("03.2025 – 05.2025") } };
    a.dataQuality
        = { c.pick("deals.csv, строка 18, столбец «Ответственный»: неизвестный менеджер «=HYPERLINK(\"http://x\")».",
                "deals.csv, row 18, column \"Owner\": unknown manager \"=HYPERLINK(\"http://x\")\"."),
              c.pick("orders: 111 строк без клиента пропущены.", "orders: 111 rows without a client skipped.") };
    a.thresholds
        = { { QStringLiteral("P5"), QStringLiteral("cycle_norm_days"), QStringLiteral("45"), QStringLiteral("60"),
            c.pick("Длинный цикл согласования у госзаказчиков.", "Long approval cycle of public-sector buyers."),
            QStringLiteral("Мария Ковалёва"), QStringLiteral("20.06.2025") } };
}

} // namespace

ReportModel makeFixtureReport(Language lang, const QString& sourceDir)
{
    ReportModel m;
    m.labels = Labels::forLanguage(lang);
    const Ctx c { lang, m.labels };
    m.card = { QStringLiteral("ООО «Ромашка-Трейд»"), c.pick("Стандарт", "Standard"), QStringLiteral("standard"),
        QStringLiteral("01.07.2024 – 30.06.2025"), QStringLiteral("01.07.2025"), QStringLiteral("Мария Ковалёва"),
        QStringLiteral("RUB") };
    int index = 0;
    for (char id : { 'P', 'M', 'C', 'L', 'S' })
        addComponent(c, loadComponent(sourceDir, id), m, index);
    addSummary(c, m);
    addCharts(c, m);
    addAppendix(c, m);
    m.roadmap.title = m.labels.roadmap;
    for (size_t i = 0; i < m.plan.size() && i < 24; ++i) {
        const ActionRow& r = m.plan[i];
        const charts::Horizon h = r.due == QStringLiteral("31.07.2025") ? charts::Horizon::Month1
            : r.due == QStringLiteral("30.09.2025")                     ? charts::Horizon::Q1
            : i % 4 == 3                                                ? charts::Horizon::Year2
                                                                        : charts::Horizon::Q2toQ4;
        m.roadmap.items.push_back(
            { r.criteria.join(QStringLiteral(", ")) + QStringLiteral(": ") + r.text, r.owner, h, std::nullopt });
    }
    return m;
}

} // namespace sa::test
