// ReportSections: the per-component sections and the appendix.
#include "ReportSections.h"
#include "StatusStyle.h"

namespace sa::report::pdf {

namespace {
const QColor kMuted(0x61, 0x61, 0x61);
constexpr double kBody = 9;
constexpr double kSmall = 8;
constexpr double kTable = 7.5;
} // namespace

void ReportSections::component(const ComponentSection& section)
{
    const ComponentLight& light = section.light;
    heading(light.id + QStringLiteral(" · ") + light.name, 1);
    QString score = light.score ? m_l.number(*light.score, 0) + QStringLiteral("\u00A0%") : QStringLiteral("—");
    m_c.table({ { m_l.score, 1 }, { m_l.coverage, 1 }, { m_l.status, 1.4 } },
        { { Cell { score, {}, Qt::black, true }, Cell { m_l.number(light.coverage, 0) + QStringLiteral("\u00A0%") },
            statusCell(light.light) } },
        kBody);
    gap(4);
    for (const Dashboard& d : section.charts) {
        // Component charts are printed smaller than on the dashboards page.
        chart(d.chart, d.caption, 70);
    }
    for (const CriterionFinding& c : section.criteria)
        criterion(c);
}

void ReportSections::criterion(const CriterionFinding& c)
{
    m_c.ensureSpace(m_c.mm(28)); // never strand a criterion title at the bottom of a page
    m_c.table({ { c.id + QStringLiteral(" · ") + c.name, 4.6 }, { m_l.status, 1.4 } },
        { { Cell { QStringLiteral("%1: %2 · %3: %4")
                       .arg(m_l.weight)
                       .arg(c.weight)
                       .arg(m_l.source, sourceText(c.source, m_l))
                + (c.partial ? QStringLiteral(" · ") + m_l.partial : QString()) },
            statusCell(c.status) } },
        kBody);
    gap(1.5);
    measurements(c);
    if (c.status == Light::NotAssessed && !c.notAssessedReason.isEmpty())
        m_c.paragraph(m_l.notAssessedReason + QStringLiteral(": ") + c.notAssessedReason, m_c.font(kBody), kMuted);
    if (!c.finding.isEmpty())
        m_c.paragraph(c.finding, m_c.font(kBody));
    evidence(c);
    if (c.override)
        overrideBlock(*c.override);
    if (!c.dataWarnings.isEmpty()) {
        m_c.paragraph(m_l.dataWarnings + QLatin1Char(':'), m_c.font(kSmall, true), kMuted);
        for (const QString& w : c.dataWarnings)
            m_c.paragraph(QStringLiteral("• ") + w, m_c.font(kSmall), kMuted, m_c.mm(3));
    }
    gap(5);
}

void ReportSections::measurements(const CriterionFinding& c)
{
    if (c.measurements.empty())
        return;
    std::vector<std::vector<Cell>> rows;
    for (const Measurement& m : c.measurements) {
        QString value = m.valueText.isEmpty() ? QStringLiteral("—") : m.valueText;
        if (m.indicative)
            value += QStringLiteral(" (") + m_l.indicative + QLatin1Char(')');
        rows.push_back({ Cell { m.label }, Cell { value, {}, m.indicative ? kMuted : QColor(Qt::black), !m.indicative },
            Cell { m.thresholds }, Cell { m.n ? m_l.number(static_cast<double>(*m.n)) : QStringLiteral("—") },
            Cell { m.period } });
    }
    m_c.table({ { m_l.indicator, 2.2 }, { m_l.measured, 1.3 }, { m_l.thresholds, 2 }, { m_l.sample, 0.6 },
                  { m_l.valuePeriod, 1.5 } },
        rows, kTable);
    gap(2);
}

void ReportSections::evidence(const CriterionFinding& c)
{
    if (c.evidence.empty())
        return;
    m_c.paragraph(m_l.evidence + QLatin1Char(':'), m_c.font(kSmall, true));
    for (const EvidenceQuote& q : c.evidence) {
        m_c.paragraph(QStringLiteral("«") + q.excerpt + QStringLiteral("»"), m_c.font(kBody), Qt::black, m_c.mm(4));
        QString source = QStringLiteral("— ") + q.title + QStringLiteral(" · ") + q.kind;
        if (!q.respondent.isEmpty())
            source += QStringLiteral(" · ") + q.respondent;
        m_c.paragraph(source, m_c.font(kSmall), kMuted, m_c.mm(8));
        gap(1);
    }
}

void ReportSections::overrideBlock(const OverrideInfo& o)
{
    m_c.paragraph(m_l.overrideTitle, m_c.font(kSmall, true));
    m_c.table({ { m_l.automaticStatus, 1 }, { m_l.finalStatus, 1 }, { m_l.reason, 1.3 }, { m_l.rationale, 3.2 } },
        { { statusCell(o.automatic), statusCell(o.final), Cell { o.reason },
            Cell { o.rationale + QStringLiteral(" — ") + o.author + QStringLiteral(", ") + o.date } } },
        kTable);
    gap(2);
}

void ReportSections::appendix()
{
    const Appendix& a = m_m.appendix;
    heading(m_l.appendix, 1);
    heading(m_l.methodology, 2);
    for (const QString& p : a.methodology) {
        m_c.paragraph(p, m_c.font(kBody));
        gap(1.5);
    }
    if (!a.variant.isEmpty())
        m_c.paragraph(a.variant, m_c.font(kBody));
    gap(4);
    appendixTables();
}

void ReportSections::appendixTables()
{
    const Appendix& a = m_m.appendix;
    heading(m_l.dataSources, 2);
    std::vector<std::vector<Cell>> rows;
    for (const DataSource& s : a.sources)
        rows.push_back({ Cell { s.entity }, Cell { s.fileName }, Cell { s.sha256 },
            Cell { m_l.number(double(s.rowsRead)) + QStringLiteral(" / ") + m_l.number(double(s.rowsImported)) },
            Cell { m_l.number(double(s.rowsWithIssues)) }, Cell { s.coverage } });
    m_c.table({ { m_l.entity, 1 }, { m_l.file, 1.6 }, { m_l.sha256, 2.2 }, { m_l.rows, 1.2 }, { m_l.issues, 0.9 },
                  { m_l.periodCovered, 1.4 } },
        rows, kTable - 0.5);
    gap(4);
    heading(m_l.dataQuality, 2);
    if (a.dataQuality.isEmpty())
        m_c.paragraph(m_l.none, m_c.font(kBody), kMuted);
    for (const QString& note : a.dataQuality)
        m_c.paragraph(QStringLiteral("• ") + note, m_c.font(kSmall), Qt::black, m_c.mm(2));
    gap(4);
    heading(m_l.changedThresholds, 2);
    rows.clear();
    for (const ThresholdChange& t : a.thresholds)
        rows.push_back({ Cell { t.criterionId }, Cell { t.param }, Cell { t.defaultValue }, Cell { t.newValue },
            Cell { t.rationale }, Cell { t.author + QStringLiteral(", ") + t.date } });
    m_c.table({ { m_l.criterion, 0.7 }, { m_l.parameter, 1.4 }, { m_l.defaultValue, 0.8 }, { m_l.newValue, 0.8 },
                  { m_l.rationale, 3 }, { m_l.author, 1.2 } },
        rows, kTable);
    gap(4);
    heading(m_l.overrides, 2);
    rows.clear();
    for (const OverrideEntry& o : a.overrides)
        rows.push_back({ Cell { o.criterionId + QStringLiteral(" · ") + o.criterionName }, statusCell(o.info.automatic),
            statusCell(o.info.final), Cell { o.info.reason }, Cell { o.info.rationale },
            Cell { o.info.author + QStringLiteral(", ") + o.info.date } });
    m_c.table({ { m_l.criterion, 1.6 }, { m_l.automaticStatus, 1 }, { m_l.finalStatus, 1 }, { m_l.reason, 1.1 },
                  { m_l.rationale, 2.8 }, { m_l.author, 1.1 } },
        rows, kTable);
}

} // namespace sa::report::pdf
