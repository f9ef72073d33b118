<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Вне охвата</translation>
    </message>
    <message>
        <source>Chart by Sales Audit Workbench</source>
        <translation>Диаграмма Sales Audit Workbench</translation>
    </message>
    <message>
        <source>Nothing to write to %1</source>
        <translation>Нечего записывать в %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>% of previous</source>
        <translation>% от предыдущего</translation>
    </message>
    <message>
        <source>% of first</source>
        <translation>% от первого</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Зависли</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Вероятность выигрыша</translation>
    </message>
    <message>
        <source>Reached the stage</source>
        <translation>Дошли до этапа</translation>
    </message>
    <message>
        <source>XYZ: demand stability (X stable → Z irregular)</source>
        <translation>XYZ: стабильность спроса (X стабильный → Z нерегулярный)</translation>
    </message>
    <message>
        <source>ABC: revenue contribution (A high → C low)</source>
        <translation>ABC: вклад в выручку (A высокий → C низкий)</translation>
    </message>
    <message>
        <source>%1: interval</source>
        <translation>%1: интервал</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Detractors (0–6): %1</source>
        <translation>Критики (0–6): %1</translation>
    </message>
    <message>
        <source>Passives (7–8): %1</source>
        <translation>Нейтральные (7–8): %1</translation>
    </message>
    <message>
        <source>Promoters (9–10): %1</source>
        <translation>Промоутеры (9–10): %1</translation>
    </message>
    <message>
        <source>B</source>
        <comment>billions, axis suffix</comment>
        <translation>млрд</translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions, axis suffix</comment>
        <translation>млн</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands, axis suffix</comment>
        <translation>тыс.</translation>
    </message>
    <message>
        <source>Month 1</source>
        <translation>Месяц 1</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>I квартал</translation>
    </message>
    <message>
        <source>Q2–Q4</source>
        <translation>II–IV кварталы</translation>
    </message>
    <message>
        <source>Year 2</source>
        <translation>2-й год</translation>
    </message>
    <message>
        <source>Year 3</source>
        <translation>3-й год</translation>
    </message>
    <message numerus="yes">
        <source>+%n more action(s)</source>
        <comment>roadmap overflow</comment>
        <translation>
            <numerusform>+ещё %n действие</numerusform>
            <numerusform>+ещё %n действия</numerusform>
            <numerusform>+ещё %n действий</numerusform>
        </translation>
    </message>
</context>
</TS>
