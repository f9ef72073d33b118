#include "ReportSections.h"

#include "StatusStyle.h"
#include "charts/Renderer.h"

#include <QPainter>

namespace sa::report::pdf {

namespace {
const QColor kMuted(0x61, 0x61, 0x61);
const QColor kAccent(0x1f, 0x4e, 0x9a);
constexpr double kBody = 9.5;
constexpr double kSmall = 8;
constexpr double kTable = 7.5;

QString percent(const Labels& l, std::optional<double> v)
{
    return v ? l.number(*v, 0) + QStringLiteral("\u00A0%") : QStringLiteral("—");
}
} // namespace

ReportSections::ReportSections(PageComposer& composer, const ReportModel& model, const std::vector<TocEntry>& known)
    : m_c(composer)
    , m_m(model)
    , m_l(model.labels)
    , m_known(known)
{
}

void ReportSections::compose()
{
    m_toc.clear();
    cover();
    contents();
    summary();
    matrix();
    for (const ComponentSection& s : m_m.components)
        component(s);
    dashboards();
    plan();
    appendix();
}

Cell ReportSections::statusCell(Light light) const
{
    const StatusStyle s = styleOf(light, m_l);
    return Cell { s.symbol + QLatin1Char(' ') + s.word, s.fill, s.text, true };
}

QString ReportSections::componentName(const QString& id) const
{
    for (const ComponentSection& s : m_m.components)
        if (s.light.id == id)
            return s.light.name;
    for (const ComponentLight& c : m_m.summary.components)
        if (c.id == id)
            return c.name;
    return id;
}

void ReportSections::heading(const QString& title, int level, bool inContents)
{
    if (level == 1 && !m_c.atTop())
        m_c.newPage();
    const QFont f = m_c.font(level == 1 ? 16 : (level == 2 ? 12.5 : 10.5), true);
    // Keep a heading with at least a few lines of what follows.
    m_c.ensureSpace(m_c.textHeight(title, f, m_c.body().width()) + m_c.mm(level == 1 ? 20 : 14));
    if (level <= 2 && inContents)
        m_toc.push_back(TocEntry { title, level, m_c.page() });
    m_c.paragraph(title, f, level == 1 ? kAccent : QColor(Qt::black));
    gap(level == 1 ? 4 : 2);
}

void ReportSections::chart(const charts::ChartSpec& spec, const QString& caption, double heightMm, bool drawTitle)
{
    const QFont capFont = m_c.font(kSmall);
    const double height = std::min(m_c.mm(heightMm), m_c.body().height() * 0.8);
    m_c.ensureSpace(height + m_c.textHeight(caption, capFont, m_c.body().width()) + m_c.mm(4));
    if (QPainter* p = m_c.painter()) {
        const QRectF bounds(m_c.body().left(), m_c.y(), m_c.body().width(), height);
        charts::ChartStyle style = charts::ChartStyle::forLanguage(
            m_l.language == Language::Ru ? QStringLiteral("ru") : QStringLiteral("en"));
        style.drawTitle = drawTitle;
        charts::render(spec, *p, bounds, style);
    }
    m_c.skip(height + m_c.mm(1));
    if (!caption.isEmpty())
        m_c.paragraph(caption, capFont, kMuted);
    gap(4);
}

void ReportSections::cover()
{
    m_c.skip(m_c.mm(50));
    m_c.paragraph(m_l.reportTitle, m_c.font(26, true), kAccent);
    gap(6);
    m_c.paragraph(m_m.card.company, m_c.font(20, true));
    gap(14);
    const AuditCard& a = m_m.card;
    std::vector<std::vector<Cell>> rows = { { { m_l.variant }, { a.variant } }, { { m_l.period }, { a.period } },
        { { m_l.reportDate }, { a.reportDate } }, { { m_l.consultant }, { a.consultant } },
        { { m_l.currency }, { a.currency } } };
    m_c.table({ { m_l.company, 1 }, { a.company, 2 } }, rows, 10);
    gap(12);
    if (m_m.summary.overall)
        m_c.paragraph(m_l.overall + QStringLiteral(": ") + percent(m_l, m_m.summary.overall) + QStringLiteral(" · ")
                + statusText(m_m.summary.overallLight, m_l),
            m_c.font(14, true));
}

void ReportSections::contents()
{
    m_c.newPage();
    heading(m_l.contents, 1, false);
    const QFont f1 = m_c.font(kBody + 1, true);
    const QFont f2 = m_c.font(kBody);
    const double numberWidth = m_c.mm(18);
    for (size_t i = 0; i < m_known.size(); ++i) {
        const TocEntry& e = m_known[i];
        const QFont& f = e.level == 1 ? f1 : f2;
        const double indent = e.level == 1 ? 0 : m_c.mm(6);
        const double textWidth = m_c.body().width() - indent - numberWidth;
        const double h = m_c.textHeight(e.title, f, textWidth) + m_c.mm(e.level == 1 ? 2.2 : 1.2);
        m_c.ensureSpace(h);
        const QRectF line(m_c.body().left() + indent, m_c.y(), textWidth, h);
        m_c.textBox(e.title, f, line, Qt::black);
        m_c.textBox(QString::number(e.page), f, QRectF(m_c.body().right() - numberWidth, m_c.y(), numberWidth, h),
            Qt::black, Qt::AlignRight);
        m_c.skip(h);
    }
}

void ReportSections::summary()
{
    const ExecutiveSummary& s = m_m.summary;
    heading(m_l.summary, 1);
    const Cell overall = statusCell(s.overallLight);
    m_c.table({ { m_l.overall, 2 }, { m_l.score, 1 }, { m_l.status, 1.4 } },
        { { Cell { s.overallNote }, Cell { percent(m_l, s.overall), {}, Qt::black, true }, overall } }, kBody);
    gap(4);
    std::vector<std::vector<Cell>> rows;
    for (const ComponentLight& c : s.components) {
        QString score = percent(m_l, c.score);
        if (c.light == Light::InsufficientCoverage && c.score)
            score = QLatin1Char('(') + score + QLatin1Char(')'); // spec §5.7: shown, not coloured
        rows.push_back({ Cell { c.id + QStringLiteral(" · ") + c.name }, Cell { score },
            Cell { percent(m_l, c.coverage) }, statusCell(c.light) });
    }
    m_c.table({ { m_l.component, 2.4 }, { m_l.score, 1 }, { m_l.coverage, 1 }, { m_l.status, 1.4 } }, rows, kBody);
    gap(5);
    if (!s.planGap.isEmpty()) {
        m_c.paragraph(m_l.planGap, m_c.font(kBody + 1, true));
        m_c.paragraph(s.planGap, m_c.font(kBody));
        gap(4);
    }
    summaryBottlenecks();
    if (!s.verdict.isEmpty()) {
        m_c.paragraph(m_l.verdict, m_c.font(kBody + 1, true));
        for (const QString& line : s.verdict)
            m_c.paragraph(QStringLiteral("• ") + line, m_c.font(kBody), Qt::black, m_c.mm(2));
        gap(4);
    }
    if (!s.blindSpots.isEmpty()) {
        m_c.paragraph(m_l.blindSpots, m_c.font(kBody, true));
        m_c.paragraph(s.blindSpots.join(QStringLiteral("; ")), m_c.font(kSmall));
    }
}

void ReportSections::summaryBottlenecks()
{
    m_c.paragraph(m_l.bottlenecks, m_c.font(kBody + 1, true));
    gap(1.5);
    std::vector<std::vector<Cell>> rows;
    for (const Bottleneck& b : m_m.summary.topBottlenecks) {
        QString name = b.criterionId + QStringLiteral(" · ") + b.criterionName;
        if (!b.note.isEmpty())
            name += QStringLiteral(" (") + b.note + QLatin1Char(')');
        rows.push_back({ Cell { QString::number(b.rank) }, Cell { name }, statusCell(b.status),
            Cell { m_l.money(b.impact, m_m.card.currency), {}, Qt::black, true }, Cell { b.impactKind } });
    }
    m_c.table({ { m_l.rank, 0.35 }, { m_l.criterion, 3.2 }, { m_l.status, 1.3 }, { m_l.impact, 1.5 },
                  { m_l.impactKind, 0.9 } },
        rows, kBody - 0.5);
    gap(5);
}

void ReportSections::matrix()
{
    heading(m_l.matrix, 1);
    charts::TrafficLightMatrix spec;
    for (const ComponentLight& comp : m_m.summary.components) {
        charts::TrafficRow row { comp.id + QStringLiteral(" · ") + comp.name, {} };
        for (const MatrixCell& cell : m_m.matrix)
            if (cell.component == comp.id)
                row.cells.push_back(
                    { cell.id, cell.outOfScope ? charts::Status::OutOfScope : toChartStatus(cell.status) });
        spec.rows.push_back(row);
    }
    chart(spec, QString(), 95);
    std::vector<std::vector<Cell>> rows;
    for (const MatrixCell& cell : m_m.matrix) {
        const Cell status
            = cell.outOfScope ? Cell { QStringLiteral("— ") + m_l.outOfScope, {}, kMuted } : statusCell(cell.status);
        rows.push_back({ Cell { cell.id, {}, Qt::black, true }, Cell { cell.name },
            Cell { componentName(cell.component) }, status });
    }
    m_c.table({ { QStringLiteral("ID"), 0.5 }, { m_l.criterion, 4 }, { m_l.component, 1.8 }, { m_l.status, 1.5 } },
        rows, kTable);
}

void ReportSections::dashboards()
{
    if (m_m.dashboards.empty())
        return;
    heading(m_l.dashboards, 1);
    for (const Dashboard& d : m_m.dashboards)
        chart(d.chart, d.caption, 85);
}

void ReportSections::plan()
{
    heading(m_l.plan, 1);
    std::vector<std::vector<Cell>> rows;
    for (const ActionRow& a : m_m.plan) {
        QString effect = m_l.money(a.expectedEffect, m_m.card.currency);
        if (a.expectedEffect && !a.effectKind.isEmpty())
            effect += QStringLiteral(" (") + a.effectKind + QLatin1Char(')');
        // Horizon with owner and status with due date share a column: nine columns do not fit A4 portrait.
        const QString when = a.due.isEmpty() ? a.status : a.status + QChar(QChar::LineSeparator) + a.due;
        rows.push_back({ Cell { a.id }, Cell { a.criteria.join(QStringLiteral(", ")) }, Cell { a.text },
            Cell { a.horizon + QChar(QChar::LineSeparator) + a.owner }, Cell { a.targetKpi }, Cell { effect },
            Cell { when } });
    }
    m_c.table({ { QStringLiteral("#"), 0.35 }, { m_l.criteria, 0.65 }, { m_l.action, 3.4 },
                  { m_l.horizon + QStringLiteral(" / ") + m_l.owner, 1.2 }, { m_l.targetKpi, 1.9 },
                  { m_l.expectedEffect, 1.25 }, { m_l.status + QStringLiteral(" / ") + m_l.due, 1.15 } },
        rows, kTable - 0.5);
    if (m_m.roadmap.items.empty())
        return;
    gap(6);
    const double rowsMm = std::min(22 + 7.0 * static_cast<double>(m_m.roadmap.items.size()), 230.0);
    // Keep the heading with its chart.
    m_c.ensureSpace(std::min(m_c.mm(rowsMm), m_c.body().height() * 0.8) + m_c.mm(16));
    heading(m_l.roadmap, 2);
    chart(m_m.roadmap, QString(), rowsMm, false); // the heading is its title
}

} // namespace sa::report::pdf
