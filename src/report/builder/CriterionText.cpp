#include "CriterionText.h"

#include "EngineNotes.h"
#include "StoreFacts.h"

namespace sa::report {

namespace {
QString pick(const Labels& l, const char* ru, const char* en)
{
    return QString::fromUtf8(l.language == Language::Ru ? ru : en);
}
} // namespace

Light lightOf(scoring::Status s)
{
    switch (s) {
    case scoring::Status::Green:
        return Light::Green;
    case scoring::Status::Yellow:
        return Light::Yellow;
    case scoring::Status::Red:
        return Light::Red;
    case scoring::Status::NotAssessed:
        break;
    }
    return Light::NotAssessed;
}

Light lightOf(const std::string& s)
{
    if (s == "green")
        return Light::Green;
    if (s == "yellow")
        return Light::Yellow;
    if (s == "red")
        return Light::Red;
    if (s.rfind("insufficient", 0) == 0)
        return Light::InsufficientCoverage;
    return Light::NotAssessed;
}

Source sourceOf(scoring::Source s)
{
    switch (s) {
    case scoring::Source::Checklist:
        return Source::Checklist;
    case scoring::Source::Rating:
        return Source::Rating;
    case scoring::Source::Override:
        return Source::Override;
    case scoring::Source::Auto:
        break;
    }
    return Source::Auto;
}

QString reasonText(scoring::Reason r, const Labels& l)
{
    switch (r) {
    case scoring::Reason::NoData:
        return pick(l, "нет данных", "no data");
    case scoring::Reason::InsufficientSample:
        return pick(l, "недостаточная выборка", "insufficient sample");
    case scoring::Reason::NoEvidence:
        return pick(l, "нет свидетельств", "no evidence");
    case scoring::Reason::NotApplicable:
        return pick(l, "неприменимо", "not applicable");
    case scoring::Reason::Pending:
        return pick(l, "оценка не завершена", "assessment pending");
    case scoring::Reason::None:
        break;
    }
    return {};
}

QString valueText(double v, const std::string& unit, const Labels& l, const QString& currency)
{
    if (unit == "share")
        return l.number(v * 100, 1) + QStringLiteral("\u00A0%");
    if (unit == "pp")
        return l.number(v, 1) + pick(l, "\u00A0п.п.", "\u00A0pp");
    if (unit == "money")
        return l.money(v, currency);
    if (unit == "days")
        return l.number(v, 1) + pick(l, "\u00A0дн.", "\u00A0days");
    if (unit == "months")
        return l.number(v, 1) + pick(l, "\u00A0мес.", "\u00A0months");
    if (unit == "count" || unit == "nps")
        return l.number(v, 0);
    return l.number(v, 2);
}

QString thresholdsText(const scoring::IndicatorResult& i, const Labels& l, const QString& currency)
{
    const QString op = i.direction == scoring::Direction::LowerIsBetter ? QStringLiteral(" ≤ ") : QStringLiteral(" ≥ ");
    return l.green + op + valueText(i.green, i.unit, l, currency) + QStringLiteral(", ") + l.yellow + op
        + valueText(i.yellow, i.unit, l, currency);
}

QString text(const scoring::Text& t, const Labels& l)
{
    return QString::fromStdString(l.language == Language::Ru ? t.ru : t.en);
}

namespace {

QString partName(const scoring::Criterion& c, const std::string& part, const std::string& key, const Labels& l)
{
    if (c.metric)
        for (const scoring::MetricPart& p : c.metric->parts)
            if (p.id == part)
                for (const scoring::Indicator& i : p.indicators)
                    if (i.key == key)
                        return text(p.indicators.size() > 1 ? i.name : p.name, l);
    return QString::fromStdString(key);
}

} // namespace

CriterionFinding findingOf(const scoring::CriterionResult& r, const scoring::Criterion& c, const Labels& l,
    const QString& currency, const QString& period)
{
    CriterionFinding f;
    f.id = QString::fromStdString(r.id);
    f.name = text(c.name, l);
    f.weight = r.weight;
    f.status = lightOf(r.status);
    f.source = sourceOf(r.source);
    f.partial = r.partial;
    if (r.status == scoring::Status::NotAssessed)
        f.notAssessedReason = reasonText(r.reason, l);
    for (const scoring::PartResult& p : r.parts)
        for (const scoring::IndicatorResult& i : p.indicators)
            f.measurements.push_back({ partName(c, p.id, i.key, l), i.value, valueText(i.value, i.unit, l, currency),
                thresholdsText(i, l, currency), p.n, period, p.indicative });
    if (r.checklist && r.checklist->score)
        f.finding = pick(
            l, "Чек-лист: %1 из %2 пунктов отвечено, балл %3 %", "Checklist: %1 of %2 items answered, score %3 %")
                        .arg(r.checklist->answered)
                        .arg(r.checklist->applicable)
                        .arg(l.number(*r.checklist->score * 100, 0));
    if (r.rating)
        f.finding
            = pick(l, "Оценка %1 из 2. ", "Rating %1 of 2. ").arg(*r.rating) + QString::fromStdString(r.ratingBasis);
    // The criterion's note, then the notes of its other parts (e.g. a metric part not assessed beside the
    // checklist that decided the status): all in the report language.
    QStringList notes;
    if (!r.note.empty())
        notes << engineNoteText(r.note, l.language);
    for (const scoring::PartResult& p : r.parts)
        if (!p.note.empty() && p.note != r.note)
            notes << engineNoteText(p.note, l.language);
    if (!notes.isEmpty())
        f.finding += (f.finding.isEmpty() ? QString() : QStringLiteral(" ")) + notes.join(QLatin1Char(' '));
    if (r.override) {
        const auto autoStatus = scoring::parseStatus(r.override->autoStatus);
        f.override = OverrideInfo { lightOf(autoStatus.value_or(scoring::Status::NotAssessed)), f.status,
            QString::fromStdString(r.override->reasonCategory), QString::fromStdString(r.override->rationale),
            QString::fromStdString(r.override->author), printedDate(r.override->createdAt, l) };
    }
    return f;
}

} // namespace sa::report
