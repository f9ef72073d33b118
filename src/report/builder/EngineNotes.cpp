#include "EngineNotes.h"

#include <QStringList>
#include <map>
#include <regex>
#include <string_view>

namespace sa::report {

namespace {

const std::map<std::string_view, const char*>& sentences()
{
    static const std::map<std::string_view, const char*> ru {
        { "C2 needs 12 months of orders and at least 20 active clients.",
            "Для C2 нужны 12 месяцев заказов и не меньше 20 активных клиентов." },
        { "C4 needs 24 months of orders.", "Для C4 нужны 24 месяца заказов." },
        { "C9 needs 24 months of orders.", "Для C9 нужны 24 месяца заказов." },
        { "Churn reasons are not in the export and no evidence is tagged C4.",
            "Причин ухода клиентов нет в выгрузке, и к C4 не привязано ни одного свидетельства." },
        { "Client category or potential is not in the export.", "Категории или потенциала клиента нет в выгрузке." },
        { "Conversions not tracked: no MQL/SQL field and no stage mapped to them.",
            "Конверсии не отслеживаются: нет полей MQL/SQL и этапов, сопоставленных с ними." },
        { "Fewer than 5 active clients.", "Меньше 5 активных клиентов." },
        { "Hire and termination dates are not provided.", "Даты приёма и увольнения не указаны." },
        { "L9 needs 12 months of channel costs.", "Для L9 нужны 12 месяцев затрат на каналы." },
        { "Lead attribution (L1) is below 80 % or not assessed.", "Атрибуция лидов (L1) ниже 80 % или не оценена." },
        { "Lead times carry no time of day.", "У времени лидов нет времени суток." },
        { "Mean sales headcount is below 3.", "Средняя численность отдела продаж меньше 3." },
        { "Neither deal owner nor amount is in the export.", "В выгрузке нет ни ответственного, ни суммы сделки." },
        { "Neither leads nor deals were imported.", "Не загружены ни лиды, ни сделки." },
        { "Neither stage entry dates nor activities are available.", "Нет ни дат входа в этапы, ни активностей." },
        { "Net profit and revenue are needed for all 24 months of W and W-1.",
            "Нужны чистая прибыль и выручка за все 24 месяца двух последних лет." },
        { "No CRM category is mapped to top_tier (refs.top_tier_values).",
            "Ни одна категория CRM не сопоставлена с top_tier (refs.top_tier_values)." },
        { "No NPS responses in the window.", "Нет ответов NPS за 12 месяцев." },
        { "No activities were imported.", "Активности не загружены." },
        { "No channel costs were imported.", "Затраты на каналы не загружены." },
        { "No client revenue in W.", "Нет выручки клиентов за 12 месяцев." },
        { "No closed acquisition deals for win_rate_amt.", "Нет закрытых сделок привлечения для win_rate_amt." },
        { "No company forecast made before its month, with actual revenue.",
            "Нет прогноза компании, сделанного до своего месяца, с фактической выручкой." },
        { "No cycle norm: refs.norm_cycle_days is not set and the top-quartile managers have fewer than 30 won deals.",
            "Нет нормы цикла: refs.norm_cycle_days не задан, а у лучшей четверти менеджеров меньше 30 выигранных "
            "сделок." },
        { "No done activities to link to leads.", "Нет выполненных активностей, связанных с лидами." },
        { "No eligible hires in the last 24 months.", "За последние 24 месяца нет подходящих наймов." },
        { "No funnel step has both 30 entries and a reference conversion.",
            "Ни у одного шага воронки нет одновременно 30 входов и эталонной конверсии." },
        { "No lead source field in leads or deals.", "Нет поля источника ни в лидах, ни в сделках." },
        { "No leads and no won acquisition deals in W.",
            "За 12 месяцев нет ни лидов, ни выигранных сделок привлечения." },
        { "No new clients or no acquisition cost in W.",
            "За 12 месяцев нет новых клиентов или затрат на привлечение." },
        { "No new clients or no cost in one of the periods.", "В одном из периодов нет новых клиентов или затрат." },
        { "No new-business or revenue plan.", "Нет плана новых продаж или выручки." },
        { "No new-clients plan for the last 6 months.", "Нет плана новых клиентов за последние 6 месяцев." },
        { "No paid spend in the cohort months.", "Нет платных затрат в месяцы когорты." },
        { "No plan for the coming quarter.", "Нет плана на следующий квартал." },
        { "No retained client revenue in W-1.", "Нет выручки удержанных клиентов за предыдущие 12 месяцев." },
        { "No revenue plan was imported for the months up to as_of.",
            "План выручки на месяцы до даты аудита не загружен." },
        { "No role has 3 managers with 6 tenured months in W.",
            "Ни в одной роли нет 3 менеджеров с 6 месяцами стажа за 12 месяцев." },
        { "No role has 3 tenured sales managers.", "Ни в одной роли нет 3 опытных менеджеров по продажам." },
        { "No stage history was imported.", "История этапов не загружена." },
        { "No stage is flagged mandatory in the stage dictionary.",
            "В справочнике этапов ни один этап не отмечен обязательным." },
        { "No won acquisition deals in the window.", "Нет выигранных сделок привлечения за 12 месяцев." },
        { "S5 needs hire dates and a median sales cycle.", "Для S5 нужны даты найма и медианный цикл сделки." },
        { "The client category is not in the export.", "Категории клиента нет в выгрузке." },
        { "The disqualification reason is not in the export.", "Причины дисквалификации нет в выгрузке." },
        { "The loss reason field is not in the deal export.", "Поля причины проигрыша нет в выгрузке сделок." },
        { "The overall lead conversion or avg_new cannot be computed.",
            "Общую конверсию лидов или avg_new вычислить нельзя." },
        { "The plan months hold no positive revenue plan or no actual revenue.",
            "В месяцах плана нет положительного плана выручки или фактической выручки." },
        { "The project holds no dated records, so the audit window is unknown.",
            "В проекте нет записей с датами, поэтому окно аудита неизвестно." },
        { "Fields absent from the export were dropped from the completeness test.",
            "Поля, которых нет в выгрузке, исключены из проверки полноты." },
        { "every checklist item is n.a.", "все пункты чек-листа неприменимы" },
        { "not measured", "не измерено" },
        { "C3 retention is not assessed", "удержание C3 не оценено" },
        { "gm is unknown", "валовая маржа неизвестна" },
        { "no acquisition costs", "нет затрат на привлечение" },
        { "no active clients", "нет активных клиентов" },
    };
    return ru;
}

/// The sample nouns of "N <what>, fewer than the minimum of M." and "No <what> in the period.".
QString noun(const std::string& what)
{
    static const std::map<std::string_view, const char*> ru { { "A clients", "клиентов группы A" },
        { "NPS respondents", "респондентов NPS" }, { "clients active in W-1", "клиентов, активных годом ранее" },
        { "closed acquisition deals for win_rate_amt", "закрытых сделок привлечения для win_rate_amt" },
        { "eligible hires", "подходящих наймов" }, { "forecast months", "месяцев прогноза" },
        { "inbound leads", "входящих лидов" }, { "leads in the cohort", "лидов в когорте" }, { "leads", "лидов" },
        { "lost deals", "проигранных сделок" }, { "lost key clients", "потерянных ключевых клиентов" },
        { "new clients per period", "новых клиентов за период" }, { "new clients", "новых клиентов" },
        { "open deals", "открытых сделок" }, { "planned months", "месяцев с планом" },
        { "won acquisition deals", "выигранных сделок привлечения" } };
    const auto it = ru.find(what);
    return it == ru.end() ? QString::fromStdString(what) : QString::fromUtf8(it->second);
}

/// One sentence (the engine joins a part's sentences with a space).
QString sentenceRu(const std::string& s)
{
    if (const auto it = sentences().find(s); it != sentences().end())
        return QString::fromUtf8(it->second);
    static const std::regex only(R"(Only (\d+) % of the cohort's leads have a recorded qualification outcome\.)");
    static const std::regex retention(R"(Retention needs (\d+) months of orders\.)");
    static const std::regex sample(R"((\d+) (.+), fewer than the minimum of (\d+)\.)");
    static const std::regex none(R"(No (.+) in the period\.)");
    static const std::regex ltv(R"(LTV/CAC cannot be computed: (.+)\.)");
    static const std::regex answered(R"((\d+) of (\d+) applicable items answered)");
    std::smatch m;
    auto g = [&](int i) { return QString::fromStdString(m[i].str()); };
    if (std::regex_match(s, m, only))
        return QStringLiteral("Итог квалификации зафиксирован только у %1 % лидов когорты.").arg(g(1));
    if (std::regex_match(s, m, retention))
        return QStringLiteral("Для удержания нужны заказы за %1 мес.").arg(g(1));
    if (std::regex_match(s, m, sample)) {
        QString what = noun(m[2].str());
        what[0] = what[0].toUpper();
        return QStringLiteral("%1: %2 — меньше минимума %3.").arg(what, g(1), g(3));
    }
    if (std::regex_match(s, m, none))
        return QStringLiteral("Нет %1 в периоде.").arg(noun(m[1].str()));
    if (std::regex_match(s, m, ltv))
        return QStringLiteral("LTV/CAC вычислить нельзя: %1.").arg(sentenceRu(m[1].str()));
    if (std::regex_match(s, m, answered))
        return QStringLiteral("отвечено %1 из %2 применимых пунктов").arg(g(1), g(2));
    return QString::fromStdString(s);
}

} // namespace

QString engineNoteText(const std::string& note, Language lang)
{
    if (lang == Language::En || note.empty())
        return QString::fromStdString(note);
    // Split after ". " so that joined sentences translate one by one; prefixes with user text are kept.
    for (const char* prefix : { "confirmed absent: ", "not applicable: " })
        if (note.starts_with(prefix))
            return QString::fromUtf8(
                       std::string_view(prefix) == "confirmed absent: " ? "подтверждено отсутствие: " : "неприменимо: ")
                + QString::fromStdString(note.substr(std::string_view(prefix).size()));
    QStringList out;
    std::size_t start = 0;
    while (start < note.size()) {
        std::size_t end = note.find(". ", start);
        end = end == std::string::npos ? note.size() : end + 1;
        out << sentenceRu(note.substr(start, end - start));
        start = end + (end < note.size() ? 1 : 0);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace sa::report
