#include "SampleCharts.h"

namespace sa::charts::samples {

namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

QStringList months()
{
    return { u("июл 24"), u("авг 24"), u("сен 24"), u("окт 24"), u("ноя 24"), u("дек 24"), u("янв 25"), u("фев 25"),
        u("мар 25"), u("апр 25"), u("май 25"), u("июн 25") };
}

} // namespace

FunnelChart funnel()
{
    FunnelChart f;
    f.title = u("Воронка продаж, июль 2024 – июнь 2025");
    f.secondaryLabel = u("Вероятность выигрыша");
    f.stages = { { u("Новый лид"), 4820, 310, 0.12 }, { u("Квалификация"), 2960, 240, 0.19 },
        { u("Встреча проведена"), 1410, 120, 0.34 }, { u("Коммерческое предложение"), 780, 95, 0.52 },
        { u("Переговоры и согласование договора"), 402, 61, 0.71 },
        { u("Успешно реализовано"), 286, std::nullopt, 1.0 } };
    return f;
}

BarChart pipelineByManager()
{
    BarChart b;
    b.title = u("Воронка в работе по менеджерам и этапам, млн ₽");
    b.categories = { u("Анна Морозова-Кузнецова"), u("Игорь Новиков"), u("Екатерина Александровна Васильева"),
        u("Дмитрий Соколов"), u("Константин Преображенский"), u("Ольга Лебедева") };
    b.mode = BarMode::Stacked;
    b.decimals = 1;
    b.series = { { u("Квалификация"), { 4.2, 3.1, 5.6, 2.4, 3.9, 1.8 }, {} },
        { u("Встреча"), { 3.0, 2.2, 4.1, 1.9, 2.5, 1.1 }, {} }, { u("КП"), { 2.1, 1.4, 2.8, 1.2, 1.7, 0.9 }, {} },
        { u("Переговоры"), { 1.6, 0.9, 2.0, 0.6, 1.3, 0.4 }, {} } };
    return b;
}

BarChart revenueByChannel()
{
    BarChart b;
    b.title = u("Выручка по каналам: план и факт, тыс. ₽");
    b.orientation = Orientation::Horizontal;
    b.categories = { u("Входящие заявки с сайта"), u("Холодные звонки"), u("Партнёры и дилеры"), u("Выставки"),
        u("Рекомендации клиентов") };
    b.series = { { u("План"), { 12000, 8000, 6500, 3000, 4200 }, QColor(0xa6, 0xc8, 0xef) },
        { u("Факт"), { 13850, 5320, 7010, 1980, 4630 }, QColor(0x1f, 0x4e, 0x9a) } };
    return b;
}

LineChart revenueVsPlan()
{
    LineChart l;
    l.title = u("Выручка против плана и прогноз, млн ₽");
    l.categories = months();
    l.decimals = 1;
    using V = std::vector<std::optional<double>>;
    const std::nullopt_t n = std::nullopt;
    l.series = { { u("Факт"), V { 21.4, 19.8, 24.6, 26.1, 25.0, 31.2, 17.9, 22.3, 25.7, n, n, n }, LineStyle::Solid, {},
                     {}, {} },
        { u("План"), V { 22, 22, 24, 25, 26, 30, 20, 22, 25, 26, 27, 31 }, LineStyle::Dashed, QColor(0x54, 0x54, 0x54),
            {}, {} },
        { u("Прогноз"), V { n, n, n, n, n, n, n, n, 25.7, 26.4, 27.1, 30.2 }, LineStyle::Solid,
            QColor(0xf2, 0xa5, 0x4a), V { n, n, n, n, n, n, n, n, 25.7, 23.1, 22.6, 24.0 },
            V { n, n, n, n, n, n, n, n, 25.7, 29.6, 31.5, 36.4 } } };
    return l;
}

NpsDistribution nps()
{
    NpsDistribution d;
    d.title = u("Распределение оценок NPS (n = 412)");
    d.counts = { 6, 3, 5, 9, 8, 21, 30, 48, 71, 96, 115 };
    return d;
}

AbcXyzHeatmap abcXyz()
{
    AbcXyzHeatmap h;
    h.title = u("ABC-XYZ: клиенты и доля выручки");
    h.values = { { { 38, 21, 9 }, { 44, 52, 31 }, { 61, 97, 148 } } };
    const double shares[3][3] = { { 0.41, 0.22, 0.07 }, { 0.09, 0.08, 0.04 }, { 0.03, 0.04, 0.02 } };
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t k = 0; k < 3; ++k)
            h.shares[r][k] = shares[r][k];
    h.valueLabel = u("клиентов");
    h.shareLabel = u("выручки");
    return h;
}

TrafficLightMatrix trafficLights()
{
    TrafficLightMatrix m;
    m.title = u("Матрица 45 критериев");
    const char* names[] = { "M — Менеджмент", "P — Процессы", "C — Клиенты", "T — Технологии", "S — Персонал" };
    const char letters[] = { 'M', 'P', 'C', 'T', 'S' };
    // A fixed, varied pattern: every status appears, some cells out of scope.
    const Status pattern[] = { Status::Green, Status::Yellow, Status::Red, Status::Green, Status::NotAssessed,
        Status::Yellow, Status::Green, Status::Red, Status::OutOfScope, Status::Green, Status::Yellow };
    for (int r = 0; r < 5; ++r) {
        TrafficRow row { u(names[r]), {} };
        for (int k = 0; k < 9; ++k)
            row.cells.push_back(
                { QChar::fromLatin1(letters[r]) + QString::number(k + 1), pattern[(r * 4 + k * 3) % 11] });
        m.rows.push_back(row);
    }
    return m;
}

Roadmap roadmap()
{
    Roadmap r;
    r.title = u("Дорожная карта изменений");
    r.items = { { u("Утвердить регламент квалификации лидов"), u("РОП"), Horizon::Month1, {} },
        { u("Настроить обязательные поля и этапы в CRM"), u("Администратор CRM"), Horizon::Month1, {} },
        { u("Ввести еженедельные планёрки по воронке"), u("РОП"), Horizon::Q1, {} },
        { u("Скрипты и стандарты коммерческих предложений"), u("Маркетолог"), Horizon::Q1, std::make_pair(1.0, 4.0) },
        { u("Система мотивации: план, KPI и бонусы"), u("Собственник"), Horizon::Q2toQ4, {} },
        { u("Обучение менеджеров переговорам"), u("HR"), Horizon::Q2toQ4, std::make_pair(4.0, 9.0) },
        { u("Сквозная аналитика по каналам"), u("Маркетолог"), Horizon::Year2, {} },
        { u("Выделенный отдел удержания клиентов"), u("Коммерческий директор"), Horizon::Year3, {} } };
    return r;
}

KpiTiles kpis()
{
    KpiTiles k;
    k.title = u("Ключевые показатели");
    k.tiles = { { u("Выручка за период"), 286400000, 0, u("₽"), u("план 300 000 000 ₽"), Status::Yellow },
        { u("Выполнение плана"), 95.5, 1, u("%"), u("12 месяцев"), Status::Yellow },
        { u("Конверсия лид → сделка"), 5.9, 1, u("%"), u("эталон ≥ 8 %"), Status::Red },
        { u("NPS"), 46, 0, {}, u("412 ответов"), Status::Green },
        { u("Средний чек"), 1001400, 0, u("₽"), {}, std::nullopt },
        { u("LTV / CAC"), std::nullopt, 1, {}, u("нет данных о расходах"), Status::NotAssessed } };
    return k;
}

std::vector<Sample> all()
{
    BarChart grouped = pipelineByManager();
    grouped.mode = BarMode::Grouped;
    grouped.title
        = u("Воронка в работе по менеджерам (сгруппировано), млн ₽");
    return { { u("funnel"), funnel() }, { u("bars-stacked-managers"), pipelineByManager() },
        { u("bars-grouped-managers"), grouped }, { u("bars-horizontal-channels"), revenueByChannel() },
        { u("lines-revenue-plan-forecast"), revenueVsPlan() }, { u("nps"), nps() }, { u("abc-xyz"), abcXyz() },
        { u("traffic-lights"), trafficLights() }, { u("roadmap"), roadmap() }, { u("kpi-tiles"), kpis() },
        { u("no-data"), FunnelChart { u("Воронка без данных"), {}, {}, 0 } } };
}

} // namespace sa::charts::samples
