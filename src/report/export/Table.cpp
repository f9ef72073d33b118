#include "Table.h"

#include "StatusStyle.h"

namespace sa::report {

Table planTable(const ReportModel& model)
{
    return planTable(model.plan, model.labels, model.card.currency);
}

Table planTable(const std::vector<ActionRow>& plan, const Labels& l, const QString& currency)
{
    Table t;
    t.name = l.plan;
    t.header = { QStringLiteral("#"), l.criteria, l.action, l.horizon, l.owner, l.targetKpi,
        l.expectedEffect + QStringLiteral(", ") + currency, l.impactKind, l.status, l.due };
    t.widths = { 6, 10, 60, 10, 12, 28, 16, 10, 14, 12 };
    for (const ActionRow& a : plan)
        t.rows.push_back({ a.id, a.criteria.join(QStringLiteral(", ")), a.text, a.horizon, a.owner, a.targetKpi,
            TableCell::optionalNumber(a.expectedEffect), a.effectKind, a.status, a.due });
    return t;
}

Table criteriaTable(const ReportModel& model)
{
    const Labels& l = model.labels;
    Table t;
    t.name = l.findings;
    t.header = { QStringLiteral("ID"), l.criterion, l.component, l.weight, l.status, l.source, l.indicator, l.measured,
        l.measured + QStringLiteral(" (raw)"), l.thresholds, l.sample, l.valuePeriod, l.notAssessedReason };
    t.widths = { 6, 44, 18, 7, 16, 12, 20, 14, 12, 30, 8, 22, 30 };
    for (const ComponentSection& s : model.components) {
        for (const CriterionFinding& c : s.criteria) {
            std::vector<TableCell> base { c.id, c.name, s.light.name, double(c.weight),
                TableCell::status(c.status, statusText(c.status, l)), sourceText(c.source, l) };
            if (c.measurements.empty()) {
                base.insert(base.end(),
                    { TableCell(), TableCell(), TableCell(), TableCell(), TableCell(), TableCell(),
                        c.notAssessedReason });
                t.rows.push_back(base);
            }
            for (const Measurement& m : c.measurements) {
                auto row = base;
                row.insert(row.end(),
                    { m.label, m.valueText, TableCell::optionalNumber(m.value), m.thresholds,
                        m.n ? TableCell(double(*m.n)) : TableCell(), m.period, c.notAssessedReason });
                t.rows.push_back(row);
            }
        }
    }
    return t;
}

} // namespace sa::report
