#include "StoreFacts.h"

#include "common/DateTime.h"
#include "plan/PlanStore.h"

#include <algorithm>
#include <cmath>

namespace sa::report {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString pick(const Labels& l, const char* ru, const char* en)
{
    return QString::fromUtf8(l.language == Language::Ru ? ru : en);
}

/// The table and date column that say which period an entity's rows cover.
std::optional<std::pair<const char*, const char*>> coverageColumn(std::string entity)
{
    std::replace(entity.begin(), entity.end(), '-', '_');
    static const std::map<std::string, std::pair<const char*, const char*>> columns { { "deals",
                                                                                          { "deals", "created_at" } },
        { "stage_history", { "stage_history", "entered_at" } }, { "leads", { "leads", "created_at" } },
        { "activities", { "activities", "done_at" } }, { "clients", { "clients", "created_at" } },
        { "orders", { "orders", "order_date" } }, { "nps", { "nps_responses", "responded_at" } },
        { "nps_responses", { "nps_responses", "responded_at" } }, { "channel_costs", { "channel_costs", "month" } },
        { "plans", { "plans", "month" } }, { "financials", { "financials", "month" } } };
    const auto it = columns.find(entity);
    if (it == columns.end())
        return std::nullopt;
    return it->second;
}

Result<QString> coverage(const store::Connection& db, const std::string& entity, std::int64_t batch, const Labels& l)
{
    const auto col = coverageColumn(entity);
    if (!col)
        return QString();
    auto st = db.prepare(std::string("SELECT min(") + col->second + "), max(" + col->second + ") FROM " + col->first
        + " WHERE batch_id = ?1");
    if (!st)
        return st.error();
    st->bind(1, batch);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row || st->isNull(0))
        return QStringLiteral("—");
    return QString(printedDate(st->getInt(0), l) + QStringLiteral(" – ") + printedDate(st->getInt(1), l));
}

} // namespace

QString printedDate(std::int64_t localSeconds, const Labels& labels)
{
    const QString iso = q(formatDate(localSeconds)); // YYYY-MM-DD
    if (labels.language == Language::En || iso.size() != 10)
        return iso;
    return iso.mid(8, 2) + QLatin1Char('.') + iso.mid(5, 2) + QLatin1Char('.') + iso.left(4);
}

AuditCard readAuditCard(const store::AuditInfo& a, const Labels& l, std::int64_t reportDate)
{
    AuditCard c;
    c.company = q(a.company);
    c.variantKey = QString::fromLatin1(store::toString(a.variant));
    static const char* ru[] = { "Экспресс", "Стандарт", "Премиум" };
    static const char* en[] = { "Express", "Standard", "Premium" };
    c.variant = pick(l, ru[int(a.variant)], en[int(a.variant)]);
    if (a.periodFrom && a.periodTo)
        c.period = printedDate(*a.periodFrom, l) + QStringLiteral(" – ") + printedDate(*a.periodTo, l);
    c.reportDate = printedDate(a.asOf.value_or(reportDate), l);
    c.consultant = q(a.consultant);
    c.currency = q(a.currency.code);
    return c;
}

Result<std::vector<DataSource>> readDataSources(const store::Connection& db, const Labels& l)
{
    auto st = db.prepare("SELECT id, entity, file_name, sha256, rows_read, rows_imported, rows_with_issues "
                         "FROM import_batches ORDER BY id");
    if (!st)
        return st.error();
    std::vector<DataSource> out;
    for (auto row = st->step(); row && *row; row = st->step()) {
        DataSource s { q(st->getText(1)), q(st->getText(2)), q(st->getText(3)), st->getInt(4), st->getInt(5),
            st->getInt(6), QString() };
        auto cov = coverage(db, st->getText(1), st->getInt(0), l);
        if (!cov)
            return cov.error();
        s.coverage = *cov;
        out.push_back(std::move(s));
    }
    return out;
}

Result<QStringList> readDataQuality(const store::Connection& db, const Labels& l, int examplesPerGroup)
{
    auto st = db.prepare("SELECT entity, reason, severity, count(*), min(id) FROM data_issues "
                         "GROUP BY entity, reason, severity ORDER BY entity, severity DESC, count(*) DESC");
    auto ex = db.prepare("SELECT d.row_no, d.column_name, d.message, coalesce(b.file_name, '') FROM data_issues d "
                         "LEFT JOIN import_batches b ON b.id = d.batch_id "
                         "WHERE d.entity = ?1 AND d.reason = ?2 AND d.severity = ?3 ORDER BY d.id LIMIT ?4");
    if (!st || !ex)
        return (!st ? st.error() : ex.error());
    QStringList out;
    for (auto row = st->step(); row && *row; row = st->step()) {
        out << QStringLiteral("%1 · %2 (%3): %4")
                    .arg(q(st->getText(0)), q(st->getText(1)), q(st->getText(2)), l.number(double(st->getInt(3))))
                + pick(l, " стр.", " rows");
        ex->reset();
        ex->bind(1, st->getText(0)).bind(2, st->getText(1)).bind(3, st->getText(2)).bind(4, examplesPerGroup);
        for (auto e = ex->step(); e && *e; e = ex->step()) {
            QString where = q(ex->getText(3));
            if (!ex->isNull(0))
                where += pick(l, ", строка ", ", row ") + QString::number(ex->getInt(0));
            if (!ex->isNull(1))
                where += pick(l, ", столбец «", ", column \"") + q(ex->getText(1)) + pick(l, "»", "\"");
            out << QStringLiteral("    ") + where + QStringLiteral(": ") + q(ex->getText(2));
        }
    }
    return out;
}

Result<std::vector<ThresholdChange>> readThresholdChanges(
    const store::Connection& db, const Labels& l, const std::map<std::string, QString>& defaults)
{
    auto st = db.prepare("SELECT criterion_id, param, value_json, rationale, author, changed_at FROM ref_overrides "
                         "ORDER BY criterion_id, param");
    if (!st)
        return st.error();
    std::vector<ThresholdChange> out;
    for (auto row = st->step(); row && *row; row = st->step()) {
        const std::string param = st->getText(1);
        const auto d = defaults.find(param);
        out.push_back({ q(st->getText(0)), q(param), d == defaults.end() ? QStringLiteral("—") : d->second,
            q(st->getText(2)), q(st->getText(3)), q(st->getText(4)), printedDate(st->getInt(5), l) });
    }
    return out;
}

QString evidenceKindText(const std::string& kind, const Labels& l)
{
    static const std::map<std::string, std::pair<const char*, const char*>> names { { "document",
                                                                                        { "Документ", "Document" } },
        { "staff_interview", { "Интервью с сотрудником", "Staff interview" } },
        { "client_interview", { "Интервью с клиентом", "Client interview" } },
        { "mystery_shopper", { "Тайный покупатель", "Mystery shopper" } },
        { "call_listening", { "Прослушивание звонков", "Call listening" } },
        { "session", { "Рабочая сессия", "Working session" } } };
    const auto it = names.find(kind);
    return it == names.end() ? q(kind) : pick(l, it->second.first, it->second.second);
}

Result<std::map<std::string, std::vector<EvidenceQuote>>> readEvidence(
    const store::Connection& db, const Labels& l, int maxExcerptChars)
{
    auto st = db.prepare("SELECT c.criterion_id, e.title, e.kind, e.respondent, e.body FROM evidence e JOIN ("
                         "SELECT evidence_id, criterion_id FROM evidence_criteria UNION "
                         "SELECT evidence_id, criterion_id FROM assessment_evidence) c ON c.evidence_id = e.id "
                         "ORDER BY c.criterion_id, e.date, e.id");
    if (!st)
        return st.error();
    std::map<std::string, std::vector<EvidenceQuote>> out;
    for (auto row = st->step(); row && *row; row = st->step()) {
        QString body = q(st->getText(4)).trimmed();
        if (body.size() > maxExcerptChars)
            body = body.left(maxExcerptChars).trimmed() + QStringLiteral("…");
        out[st->getText(0)].push_back(
            { q(st->getText(1)), evidenceKindText(st->getText(2), l), q(st->getText(3)), body });
    }
    return out;
}

QString horizonText(const std::string& h, const Labels& l)
{
    if (h == "QW")
        return pick(l, "Быстрая победа", "Quick win");
    if (h == "3M")
        return pick(l, "3 месяца", "3 months");
    if (h == "1Y")
        return pick(l, "1 год", "1 year");
    if (h == "3Y")
        return pick(l, "3 года", "3 years");
    return q(h);
}

std::vector<ActionRow> actionRows(const std::vector<plan::ActionRecord>& actions, const Labels& l)
{
    static const std::map<plan::ActionStatus, std::pair<const char*, const char*>> statuses {
        { plan::ActionStatus::Proposed, { "предложено", "proposed" } },
        { plan::ActionStatus::Planned, { "запланировано", "planned" } },
        { plan::ActionStatus::InProgress, { "в работе", "in progress" } },
        { plan::ActionStatus::Done, { "выполнено", "done" } }
    };
    std::vector<ActionRow> out;
    for (const plan::ActionRecord& r : actions) {
        const auto status = statuses.find(r.status);
        if (status == statuses.end()) // dropped actions are not printed
            continue;
        ActionRow a;
        a.id = QString::number(out.size() + 1);
        for (const std::string& c : r.criteria)
            a.criteria << q(c);
        a.text = q(r.text);
        a.horizonKey = QString::fromLatin1(plan::toString(r.horizon));
        a.horizon = horizonText(plan::toString(r.horizon), l);
        a.owner = q(r.ownerRole);
        if (!r.ownerName.empty())
            a.owner += QStringLiteral(" (") + q(r.ownerName) + QLatin1Char(')');
        a.targetKpi = q(r.targetKpi);
        a.expectedEffect = r.expectedEffect;
        a.effectKind = q(r.effectKind);
        a.status = pick(l, status->second.first, status->second.second);
        if (r.dueDate)
            a.due = printedDate(*r.dueDate, l);
        out.push_back(std::move(a));
    }
    return out;
}

Result<std::vector<ActionRow>> readActions(const store::Connection& db, const Labels& l)
{
    auto plan = plan::loadPlan(db);
    if (!plan)
        return plan.error();
    return actionRows(*plan, l);
}

} // namespace sa::report
