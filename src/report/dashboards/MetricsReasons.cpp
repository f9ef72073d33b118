// The metrics engine writes its "<key>_reason" texts in English (docs/METRICS.md); the report and the
// dashboards print them in the audit's language. Unknown phrases are printed as the engine wrote them.
#include "DashboardCharts.h"

#include <map>
#include <string_view>

namespace sa::report {

namespace {

const std::map<std::string_view, const char*>& russianReasons()
{
    static const std::map<std::string_view, const char*> ru {
        { "fewer than 2 active sales managers", "меньше 2 работающих менеджеров по продажам" },
        { "fewer than 20 active clients (C6 uses top1 only)",
            "меньше 20 активных клиентов (C6 использует только крупнейшего)" },
        { "fewer than 4 active sales managers", "меньше 4 работающих менеджеров по продажам" },
        { "fewer than 6 months of revenue", "меньше 6 месяцев выручки" },
        { "no HR dates (hired_at/terminated_at) for the sales managers",
            "нет дат приёма и увольнения менеджеров по продажам" },
        { "no MQL in the period", "нет MQL в периоде" },
        { "no MQL recorded (map stages to funnel_step mql)",
            "MQL не отмечены (сопоставьте этапы с шагом воронки mql)" },
        { "no SQL in the period", "нет SQL в периоде" },
        { "no acquisition deals closed in W", "нет закрытых сделок привлечения за 12 месяцев" },
        { "no active clients in W", "нет активных клиентов за 12 месяцев" },
        { "no calls in the period", "нет звонков в периоде" },
        { "no channel costs or sales team cost in W", "нет затрат на каналы и отдел продаж за 12 месяцев" },
        { "no client revenue in W", "нет выручки клиентов за 12 месяцев" },
        { "no client revenue", "нет выручки клиентов" },
        { "no clients with revenue in W−1", "нет клиентов с выручкой в предыдущие 12 месяцев" },
        { "no company forecast_amount in the last 6 months", "нет прогнозов компании за последние 6 месяцев" },
        { "no company revenue plan for the 3 months after the period",
            "нет плана выручки компании на 3 месяца после периода" },
        { "no cost recorded for this channel", "нет затрат на этот канал" },
        { "no data", "нет данных" },
        { "no dated rows in the project (nothing imported yet)",
            "в проекте нет данных с датами (ничего не загружено)" },
        { "no deal left this stage in the period", "ни одна сделка не покинула этап в периоде" },
        { "no deals closed in the period", "нет закрытых сделок в периоде" },
        { "no deals created in the period", "нет сделок, созданных в периоде" },
        { "no deals in the period", "нет сделок в периоде" },
        { "no deals reached the previous stage", "ни одна сделка не дошла до предыдущего этапа" },
        { "no financials with net profit and revenue in the period",
            "нет финансовых данных о чистой прибыли и выручке за период" },
        { "no financials, no order gross profit and no refs gm",
            "нет финансовых данных, валовой прибыли заказов и справочной маржи" },
        { "no first contact recorded", "первый контакт не зафиксирован" },
        { "no leads from this source in the period", "нет лидов из этого источника в периоде" },
        { "no leads from this source", "нет лидов из этого источника" },
        { "no leads in the period", "нет лидов в периоде" },
        { "no manager revenue plan in the period", "нет плана выручки менеджера в периоде" },
        { "no new clients in W", "нет новых клиентов за 12 месяцев" },
        { "no open deals", "нет открытых сделок" },
        { "no responses", "нет ответов" },
        { "no revenue plan for this month", "нет плана выручки на этот месяц" },
        { "no revenue plan in the period", "нет плана выручки в периоде" },
        { "no stage history transitions in the period", "нет переходов между этапами в периоде" },
        { "no transitions out of this stage", "нет переходов с этого этапа" },
        { "no won acquisition deals in the period", "нет выигранных сделок привлечения в периоде" },
        { "no won deals from this source", "нет выигранных сделок из этого источника" },
        { "no won deals in the period", "нет выигранных сделок в периоде" },
        { "no won deals", "нет выигранных сделок" },
        { "not employed on any working day of the period", "не работал ни одного рабочего дня периода" },
        { "not finite", "не вычисляется" },
        { "open deals carry no amount", "у открытых сделок нет сумм" },
        { "the transition matrix has no absorbing path from some stage",
            "в матрице переходов есть этап без пути к исходу сделки" },
    };
    return ru;
}

} // namespace

QString metricsReasonText(const std::string& reason, Language lang)
{
    if (lang == Language::En || reason.empty())
        return QString::fromStdString(reason);
    static constexpr std::string_view kUndefined = "undefined: ";
    if (reason.starts_with(kUndefined))
        return QStringLiteral("не определено: ") + metricsReasonText(reason.substr(kUndefined.size()), lang);
    const auto& ru = russianReasons();
    const auto it = ru.find(reason);
    return it != ru.end() ? QString::fromUtf8(it->second) : QString::fromStdString(reason);
}

} // namespace sa::report
