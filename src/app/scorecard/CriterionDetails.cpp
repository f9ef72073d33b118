#include "CriterionDetails.h"

#include "ReferenceInfo.h"
#include "RowSetTitles.h"
#include "StatusLight.h"
#include "ValueFormat.h"
#include "models/ScorecardModel.h"

#include <QLocale>

namespace sa::app {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString para(const QString& label, const QString& escapedText)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(label), escapedText);
}

QString reasonText(scoring::Reason r)
{
    switch (r) {
    case scoring::Reason::NoData:
        return CriterionDetails::tr("no data");
    case scoring::Reason::InsufficientSample:
        return CriterionDetails::tr("sample too small");
    case scoring::Reason::NoEvidence:
        return CriterionDetails::tr("no evidence");
    case scoring::Reason::NotApplicable:
        return CriterionDetails::tr("not applicable");
    case scoring::Reason::Pending:
        return CriterionDetails::tr("pending");
    case scoring::Reason::None:
        break;
    }
    return {};
}

} // namespace

QString thresholdText(scoring::Direction d, double green, double yellow, const std::string& unit)
{
    const QString sign = d == scoring::Direction::HigherIsBetter ? QStringLiteral("≥") : QStringLiteral("≤");
    return CriterionDetails::tr("G %1 %2 · Y %1 %3")
        .arg(sign, ScorecardModel::formatValue(green, unit), ScorecardModel::formatValue(yellow, unit));
}

QString CriterionDetails::html(const CriterionDetailsInput& in)
{
    return header(in) + measurement(in) + rowsBehind(in) + changes(in) + answers(in) + overrideText(in) + evidence(in)
        + definition(in);
}

QString CriterionDetails::header(const CriterionDetailsInput& in)
{
    const scoring::CriterionResult& c = *in.result;
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(esc(c.id), esc(ScorecardModel::localized(in.def->name)));
    QString status = esc(statusLabel(c.status));
    if (c.status == scoring::Status::NotAssessed && c.reason != scoring::Reason::None)
        status += QStringLiteral(" (%1)").arg(esc(reasonText(c.reason)));
    html += QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                .arg(status, esc(tr("source: %1").arg(ScorecardModel::sourceText(c.source))),
                    esc(tr("weight %1").arg(c.weight)));
    if (!c.note.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(c.note));
    return html;
}

QString CriterionDetails::measurement(const CriterionDetailsInput& in)
{
    const scoring::CriterionResult& c = *in.result;
    QString html;
    if (c.value)
        html += para(
            tr("Measured:"), esc(tr("%1 (n = %2)").arg(ScorecardModel::formatValue(*c.value, c.unit)).arg(c.n)));
    if (c.thresholds)
        html += para(tr("Thresholds:"),
            esc(thresholdText(c.thresholds->direction, c.thresholds->green, c.thresholds->yellow, c.unit)));
    // Every indicator when there is more than the deciding one (worst-of criteria).
    QString rows;
    int count = 0;
    for (const auto& part : c.parts)
        for (const auto& ind : part.indicators) {
            ++count;
            const std::string unit = ind.unit.empty() ? c.unit : ind.unit;
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(ind.key), esc(ScorecardModel::formatValue(ind.value, unit)),
                            esc(statusLabel(ind.status)),
                            esc(thresholdText(ind.direction, ind.green, ind.yellow, unit)));
        }
    if (count > 1)
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">%1</table>").arg(rows);
    return html;
}

QString CriterionDetails::rowsBehind(const CriterionDetailsInput& in)
{
    QStringList items;
    const auto& sets = in.result->rows;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        const QString text
            = tr("%1: %2").arg(rowSetTitle(sets[i].label), QLocale().toString(qulonglong(sets[i].size())));
        items << (sets[i].size() == 0
                ? esc(text)
                : QStringLiteral("<a href=\"drill:%1\">%2</a>").arg(i).arg(esc(tr("Show %1").arg(text))));
    }
    if (items.isEmpty())
        return {};
    return para(tr("Rows behind the value:"), items.join(QStringLiteral("<br>")));
}

QString CriterionDetails::changes(const CriterionDetailsInput& in)
{
    const scoring::CriterionResult& c = *in.result;
    QString items;
    for (const auto& o : in.setup->assessments.refOverrides) {
        const bool mine = o.criterionId == c.id;
        const ReferenceParam* p
            = in.info && o.criterionId.empty() ? in.info->param(QString::fromStdString(o.param)) : nullptr;
        if (!mine && !(p && p->usedBy.contains(QString::fromStdString(c.id))))
            continue;
        QString was;
        if (const auto key = mine ? splitThresholdKey(o.param) : std::nullopt; key && in.info) {
            if (const auto d = in.info->defaultThreshold(c.id, key->first, key->second))
                was = ScorecardModel::formatValue(*d, c.unit);
        } else if (p && p->defaultValue) {
            was = ScorecardModel::formatValue(*p->defaultValue, p->unit.toStdString());
        }
        const QString now = o.value.is_number()
            ? ScorecardModel::formatValue(o.value.get<double>(), mine ? c.unit : p->unit.toStdString())
            : QString::fromStdString(o.value.dump());
        items += QStringLiteral("<li><b>%1</b>: %2 %3 — %4 <i>(%5, %6)</i></li>")
                     .arg(esc(o.param), esc(now), was.isEmpty() ? QString() : esc(tr("(catalogue %1)").arg(was)),
                         esc(o.rationale), esc(o.author.empty() ? tr("consultant") : QString::fromStdString(o.author)),
                         esc(dateText(o.changedAt)));
    }
    if (items.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(esc(tr("Changed for this audit:")), items);
}

QString CriterionDetails::definition(const CriterionDetailsInput& in)
{
    QString html = para(tr("What is checked:"), esc(ScorecardModel::localized(in.def->checks)));
    html += para(tr("Green when:"), esc(ScorecardModel::localized(in.def->green)));
    if (in.def->metric)
        html += para(tr("Formula:"), esc(ScorecardModel::localized(in.def->metric->formula)));
    return html;
}

QString CriterionDetails::answers(const CriterionDetailsInput& in)
{
    const scoring::CriterionResult& c = *in.result;
    QString html;
    if (const auto& k = c.checklist) {
        QString text = tr("%1 of %2 answered: %3 yes, %4 partly, %5 no, %6 n/a")
                           .arg(k->answered)
                           .arg(k->applicable)
                           .arg(k->yes)
                           .arg(k->partly)
                           .arg(k->no)
                           .arg(k->na);
        if (k->score)
            text += QStringLiteral(" · ") + tr("score %1").arg(ScorecardModel::formatValue(*k->score, "share"));
        if (k->withoutEvidence > 0)
            text += QStringLiteral(" · ") + tr("%1 not counted for lack of evidence").arg(k->withoutEvidence);
        html += para(tr("Checklist:"), esc(text));
    }
    if (c.rating)
        html += para(tr("Rating:"),
            esc(tr("%1 of 2").arg(*c.rating))
                + (c.ratingBasis.empty() ? QString() : QStringLiteral(" — ") + esc(c.ratingBasis)));
    return html;
}

QString CriterionDetails::overrideText(const CriterionDetailsInput& in)
{
    const auto& o = in.result->override;
    if (!o)
        return {};
    const QString text
        = tr("%1 instead of %2 — %3 (%4, %5)")
              .arg(statusLabel(in.result->status), statusLabel(in.result->autoStatus),
                  QString::fromStdString(o->rationale),
                  o->author.empty() ? tr("consultant") : QString::fromStdString(o->author), dateText(o->createdAt));
    return para(tr("Override:"), esc(text));
}

QString CriterionDetails::evidence(const CriterionDetailsInput& in)
{
    QStringList links;
    for (const auto& [id, title] : in.notes)
        links << QStringLiteral("<a href=\"note:%1\">#%1 %2</a>").arg(id).arg(esc(title));
    const QString all = QStringLiteral("<a href=\"notes:%1\">%2</a>")
                            .arg(esc(in.result->id), esc(tr("Open in Evidence / add a note…")));
    return para(tr("Evidence:"), (links.isEmpty() ? esc(tr("none")) : links.join(QStringLiteral("<br>"))))
        + QStringLiteral("<p>%1</p>").arg(all);
}

} // namespace sa::app
