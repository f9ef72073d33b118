#include "ReportLabels.h"

#include <QLocale>

namespace sa::report {

namespace {

Labels english()
{
    Labels l;
    l.language = Language::En;
    l.reportTitle = QStringLiteral("Sales department audit");
    l.contents = QStringLiteral("Contents");
    l.pageOfTemplate = QStringLiteral("page %1 of %2");
    l.company = QStringLiteral("Company");
    l.variant = QStringLiteral("Audit variant");
    l.period = QStringLiteral("Period");
    l.reportDate = QStringLiteral("Report date");
    l.consultant = QStringLiteral("Consultant");
    l.currency = QStringLiteral("Currency");
    l.summary = QStringLiteral("Executive summary");
    l.overall = QStringLiteral("Overall index");
    l.components = QStringLiteral("Components");
    l.component = QStringLiteral("Component");
    l.score = QStringLiteral("Score");
    l.coverage = QStringLiteral("Coverage");
    l.status = QStringLiteral("Status");
    l.bottlenecks = QStringLiteral("Top bottlenecks by money at stake");
    l.rank = QStringLiteral("#");
    l.criterion = QStringLiteral("Criterion");
    l.impact = QStringLiteral("Money at stake / year");
    l.impactKind = QStringLiteral("Basis");
    l.planGap = QStringLiteral("Sales plan gap");
    l.verdict = QStringLiteral("Verdict");
    l.blindSpots = QStringLiteral("Blind spots (critical criteria not assessed)");
    l.matrix = QStringLiteral("The 45-criterion matrix");
    l.outOfScope = QStringLiteral("out of scope");
    l.legend = QStringLiteral("Legend");
    l.findings = QStringLiteral("Findings");
    l.weight = QStringLiteral("Weight");
    l.source = QStringLiteral("Source");
    l.indicator = QStringLiteral("Indicator");
    l.measured = QStringLiteral("Measured");
    l.thresholds = QStringLiteral("Thresholds");
    l.sample = QStringLiteral("n");
    l.valuePeriod = QStringLiteral("Period");
    l.notAssessedReason = QStringLiteral("Not assessed because");
    l.evidence = QStringLiteral("Evidence");
    l.overrideTitle = QStringLiteral("Consultant override");
    l.automaticStatus = QStringLiteral("Automatic");
    l.finalStatus = QStringLiteral("Final");
    l.reason = QStringLiteral("Reason");
    l.rationale = QStringLiteral("Rationale");
    l.dataWarnings = QStringLiteral("Data-quality warnings");
    l.partial = QStringLiteral("partial");
    l.dashboards = QStringLiteral("Dashboards");
    l.plan = QStringLiteral("Action plan");
    l.roadmap = QStringLiteral("Roadmap");
    l.action = QStringLiteral("Action");
    l.horizon = QStringLiteral("Horizon");
    l.owner = QStringLiteral("Owner");
    l.targetKpi = QStringLiteral("Target KPI");
    l.expectedEffect = QStringLiteral("Expected effect");
    l.due = QStringLiteral("Due");
    l.criteria = QStringLiteral("Criteria");
    l.appendix = QStringLiteral("Appendix");
    l.methodology = QStringLiteral("Methodology");
    l.dataSources = QStringLiteral("Data sources");
    l.entity = QStringLiteral("Entity");
    l.file = QStringLiteral("File");
    l.sha256 = QStringLiteral("SHA-256");
    l.rows = QStringLiteral("Rows read / imported");
    l.issues = QStringLiteral("Rows with issues");
    l.periodCovered = QStringLiteral("Period covered");
    l.dataQuality = QStringLiteral("Data-quality notes");
    l.changedThresholds = QStringLiteral("Changed thresholds");
    l.parameter = QStringLiteral("Parameter");
    l.defaultValue = QStringLiteral("Default");
    l.newValue = QStringLiteral("Used");
    l.author = QStringLiteral("Author");
    l.date = QStringLiteral("Date");
    l.overrides = QStringLiteral("Overrides: automatic vs final status");
    l.none = QStringLiteral("none");
    l.indicative = QStringLiteral("indicative");
    l.green = QStringLiteral("green");
    l.yellow = QStringLiteral("yellow");
    l.red = QStringLiteral("red");
    l.notAssessed = QStringLiteral("not assessed");
    l.insufficient = QStringLiteral("insufficient coverage");
    l.srcAuto = QStringLiteral("auto");
    l.srcChecklist = QStringLiteral("checklist");
    l.srcRating = QStringLiteral("rating");
    l.srcOverride = QStringLiteral("override");
    return l;
}

Labels russian()
{
    Labels l = english();
    l.language = Language::Ru;
    l.reportTitle = QStringLiteral("Аудит отдела продаж");
    l.contents = QStringLiteral("Содержание");
    l.pageOfTemplate = QStringLiteral("стр. %1 из %2");
    l.company = QStringLiteral("Компания");
    l.variant = QStringLiteral("Вариант аудита");
    l.period = QStringLiteral("Период");
    l.reportDate = QStringLiteral("Дата отчёта");
    l.consultant = QStringLiteral("Консультант");
    l.currency = QStringLiteral("Валюта");
    l.summary = QStringLiteral("Резюме для руководителя");
    l.overall = QStringLiteral("Общий индекс");
    l.components = QStringLiteral("Компоненты");
    l.component = QStringLiteral("Компонент");
    l.score = QStringLiteral("Балл");
    l.coverage = QStringLiteral("Покрытие");
    l.status = QStringLiteral("Статус");
    l.bottlenecks = QStringLiteral("Рейтинг узких зон по деньгам под риском");
    l.criterion = QStringLiteral("Критерий");
    l.impact = QStringLiteral("Под риском в год");
    l.impactKind = QStringLiteral("Основа");
    l.planGap = QStringLiteral("Отставание от плана продаж");
    l.verdict = QStringLiteral("Вывод");
    l.blindSpots = QStringLiteral("Слепые зоны (критичные критерии без оценки)");
    l.matrix = QStringLiteral("Матрица 45 критериев");
    l.outOfScope = QStringLiteral("вне варианта");
    l.legend = QStringLiteral("Условные обозначения");
    l.findings = QStringLiteral("Выводы");
    l.weight = QStringLiteral("Вес");
    l.source = QStringLiteral("Источник");
    l.indicator = QStringLiteral("Показатель");
    l.measured = QStringLiteral("Значение");
    l.thresholds = QStringLiteral("Пороги");
    l.valuePeriod = QStringLiteral("Период");
    l.notAssessedReason = QStringLiteral("Не оценён, потому что");
    l.evidence = QStringLiteral("Свидетельства");
    l.overrideTitle = QStringLiteral("Корректировка консультанта");
    l.automaticStatus = QStringLiteral("Автоматически");
    l.finalStatus = QStringLiteral("Итог");
    l.reason = QStringLiteral("Причина");
    l.rationale = QStringLiteral("Обоснование");
    l.dataWarnings = QStringLiteral("Предупреждения о качестве данных");
    l.partial = QStringLiteral("частично");
    l.dashboards = QStringLiteral("Дашборды");
    l.plan = QStringLiteral("План действий");
    l.roadmap = QStringLiteral("Дорожная карта");
    l.action = QStringLiteral("Действие");
    l.horizon = QStringLiteral("Горизонт");
    l.owner = QStringLiteral("Ответственный");
    l.targetKpi = QStringLiteral("Целевой KPI");
    l.expectedEffect = QStringLiteral("Ожидаемый эффект");
    l.due = QStringLiteral("Срок");
    l.criteria = QStringLiteral("Критерии");
    l.appendix = QStringLiteral("Приложение");
    l.methodology = QStringLiteral("Методология");
    l.dataSources = QStringLiteral("Источники данных");
    l.entity = QStringLiteral("Сущность");
    l.file = QStringLiteral("Файл");
    l.rows = QStringLiteral("Строк прочитано / загружено");
    l.issues = QStringLiteral("Строк с замечаниями");
    l.periodCovered = QStringLiteral("Период данных");
    l.dataQuality = QStringLiteral("Замечания о качестве данных");
    l.changedThresholds = QStringLiteral("Изменённые пороги");
    l.parameter = QStringLiteral("Параметр");
    l.defaultValue = QStringLiteral("По умолчанию");
    l.newValue = QStringLiteral("Применено");
    l.author = QStringLiteral("Автор");
    l.date = QStringLiteral("Дата");
    l.overrides = QStringLiteral("Корректировки: автоматический и итоговый статус");
    l.none = QStringLiteral("нет");
    l.indicative = QStringLiteral("ориентировочно");
    l.green = QStringLiteral("зелёный");
    l.yellow = QStringLiteral("жёлтый");
    l.red = QStringLiteral("красный");
    l.notAssessed = QStringLiteral("не оценён");
    l.insufficient = QStringLiteral("мало данных");
    l.srcAuto = QStringLiteral("авто");
    l.srcChecklist = QStringLiteral("чек-лист");
    l.srcRating = QStringLiteral("оценка");
    l.srcOverride = QStringLiteral("корректировка");
    return l;
}

} // namespace

Labels Labels::forLanguage(Language lang)
{
    return lang == Language::Ru ? russian() : english();
}

QString Labels::pageOf(int page, int total) const
{
    return pageOfTemplate.arg(page).arg(total);
}

QString Labels::number(double v, int decimals) const
{
    const QLocale locale(language == Language::Ru ? QLocale::Russian : QLocale::English);
    return locale.toString(v, 'f', decimals);
}

QString Labels::money(std::optional<double> v, const QString& currencyCode) const
{
    if (!v)
        return QStringLiteral("—");
    return number(*v, 0) + QChar(0x00A0) + currencyCode;
}

} // namespace sa::report
