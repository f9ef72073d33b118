<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditInfoDialog</name>
    <message>
        <source>Audit properties</source>
        <translation>Свойства аудита</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>The audited company</source>
        <translation>Проверяемая компания</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Вариант:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Вал&amp;юта:</translation>
    </message>
    <message>
        <source>Annual sales &amp;plan:</source>
        <translation>Годовой &amp;план продаж:</translation>
    </message>
    <message>
        <source>Co&amp;nsultant:</source>
        <translation>Консу&amp;льтант:</translation>
    </message>
    <message>
        <source>Audited p&amp;eriod</source>
        <translation>Проверяемый п&amp;ериод</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>CriterionDetails</name>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>sample too small</source>
        <translation>слишком малая выборка</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>нет свидетельств</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>G %1 %2 · Y %1 %3</source>
        <translation>З %1 %2 · Ж %1 %3</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>источник: %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>вес %1</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>Измерено:</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation>Пороги:</translation>
    </message>
    <message>
        <source>(catalogue %1)</source>
        <translation>(в каталоге %1)</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>консультант</translation>
    </message>
    <message>
        <source>Changed for this audit:</source>
        <translation>Изменено для этого аудита:</translation>
    </message>
    <message>
        <source>What is checked:</source>
        <translation>Что проверяется:</translation>
    </message>
    <message>
        <source>Green when:</source>
        <translation>Зелёный, если:</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Формула:</translation>
    </message>
    <message>
        <source>%1 of %2 answered: %3 yes, %4 partly, %5 no, %6 n/a</source>
        <translation>отвечено %1 из %2: да %3, частично %4, нет %5, неприменимо %6</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <source>%1 not counted for lack of evidence</source>
        <translation>не засчитано без свидетельств: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Чек-лист:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>%1 of 2</source>
        <translation>%1 из 2</translation>
    </message>
    <message>
        <source>%1 instead of %2 — %3 (%4, %5)</source>
        <translation>%1 вместо %2 — %3 (%4, %5)</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Ручная оценка:</translation>
    </message>
    <message>
        <source>Open in Evidence / add a note…</source>
        <translation>Открыть в «Свидетельствах» / добавить заметку…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Свидетельства:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <source>Rows behind the value:</source>
        <translation>Строки за значением:</translation>
    </message>
</context>
<context>
    <name>OverviewCard</name>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Вариант:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Annual sales plan:</source>
        <translation>Годовой план продаж:</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>Консультант:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Изменён:</translation>
    </message>
    <message>
        <source>&amp;Edit properties…</source>
        <translation>&amp;Изменить свойства…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Filled in as the consultant of new audits</source>
        <translation>Подставляется консультантом в новые аудиты</translation>
    </message>
    <message>
        <source>A new language applies to the whole window after a restart of the program.</source>
        <translation>Новый язык интерфейса применится ко всему окну после перезапуска программы.</translation>
    </message>
</context>
<context>
    <name>sa::app::ActionPlanView</name>
    <message>
        <source>Generated from the red and yellow criteria with the catalogue&apos;s recommended actions. Edit a cell with a double-click or F2; add, delete and merge actions with the buttons. Every change can be undone (Ctrl+Z).</source>
        <translation>План составлен по красным и жёлтым критериям из рекомендованных мероприятий каталога. Ячейка редактируется двойным щелчком или F2; мероприятия добавляются, удаляются и объединяются кнопками. Любое изменение можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>&amp;Regenerate from scorecard</source>
        <translation>&amp;Пересоздать по оценке</translation>
    </message>
    <message>
        <source>Replaces the generated actions that are still proposed; your own actions and actions past “proposed” are kept.</source>
        <translation>Заменяет созданные автоматически мероприятия в статусе «предложено»; ваши собственные и продвинутые дальше мероприятия сохраняются.</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Merges the selected actions into the first: criteria united, texts joined, earliest horizon and due date.</source>
        <translation>Объединяет выбранные мероприятия в первое: критерии объединяются, тексты соединяются, берутся ближайшие горизонт и срок.</translation>
    </message>
    <message>
        <source>1 year: month 1, Q1, Q2–Q4</source>
        <translation>1 год: месяц 1, I кв., II–IV кв.</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 года</translation>
    </message>
    <message>
        <source>R&amp;oadmap:</source>
        <translation>Дор&amp;ожная карта:</translation>
    </message>
    <message>
        <source>E&amp;xport roadmap…</source>
        <translation>Экс&amp;порт карты…</translation>
    </message>
    <message>
        <source>Saves the roadmap as PNG or SVG.</source>
        <translation>Сохраняет дорожную карту в PNG или SVG.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Regenerate the plan</source>
        <translation>Пересоздание плана</translation>
    </message>
    <message numerus="yes">
        <source>Regenerating replaces the %n generated action(s) still marked “proposed”, including any changes you made to them. Your own actions and actions past “proposed” are kept. You can undo this.</source>
        <translation><numerusform>Пересоздание заменит %n автоматически созданное мероприятие в статусе «предложено» вместе с вашими правками в нём. Ваши собственные и продвинутые дальше мероприятия сохранятся. Это можно отменить.</numerusform><numerusform>Пересоздание заменит %n автоматически созданных мероприятия в статусе «предложено» вместе с вашими правками в них. Ваши собственные и продвинутые дальше мероприятия сохранятся. Это можно отменить.</numerusform><numerusform>Пересоздание заменит %n автоматически созданных мероприятий в статусе «предложено» вместе с вашими правками в них. Ваши собственные и продвинутые дальше мероприятия сохранятся. Это можно отменить.</numerusform></translation>
    </message>
    <message>
        <source>Export the roadmap</source>
        <translation>Экспорт дорожной карты</translation>
    </message>
    <message>
        <source>roadmap.png</source>
        <translation>дорожная-карта.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>The roadmap could not be saved: %1</source>
        <translation>Не удалось сохранить дорожную карту: %1</translation>
    </message>
</context>
<context>
    <name>sa::app::Application</name>
    <message>
        <source>Sales department audit workbench</source>
        <translation>Рабочее место аудитора отдела продаж</translation>
    </message>
</context>
<context>
    <name>sa::app::AuditInfoDialog</name>
    <message>
        <source>New audit</source>
        <translation>Новый аудит</translation>
    </message>
    <message>
        <source>Audit properties</source>
        <translation>Свойства аудита</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>Экспресс</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Премиум</translation>
    </message>
    <message>
        <source>19 key criteria, mostly from CRM data: a quick diagnosis in a few days.</source>
        <translation>19 ключевых критериев, в основном по данным CRM: быстрая диагностика за несколько дней.</translation>
    </message>
    <message>
        <source>44 criteria with interviews and checklists: the usual full audit.</source>
        <translation>44 критерия с интервью и чек-листами: обычный полный аудит.</translation>
    </message>
    <message>
        <source>All 45 criteria, including client interviews and mystery shopping.</source>
        <translation>Все 45 критериев, включая интервью с клиентами и тайного покупателя.</translation>
    </message>
</context>
<context>
    <name>sa::app::ChartCard</name>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Цифры</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart as a table</source>
        <translation>Показать цифры графика таблицей</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Numbers of %1</source>
        <translation>Цифры: %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
</context>
<context>
    <name>sa::app::ChartDataModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
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
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>%1, low</source>
        <translation>%1, нижняя граница</translation>
    </message>
    <message>
        <source>%1, high</source>
        <translation>%1, верхняя граница</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Month 1</source>
        <translation>Месяц 1</translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation>Квартал 1</translation>
    </message>
    <message>
        <source>Quarters 2–4</source>
        <translation>Кварталы 2–4</translation>
    </message>
    <message>
        <source>Year 2</source>
        <translation>Год 2</translation>
    </message>
    <message>
        <source>Year 3</source>
        <translation>Год 3</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Горизонт</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>sa::app::ChartView</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Экспорт в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Экспорт в &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Копировать изображение</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Экспорт графика в SVG</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Экспорт графика в PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>sa::app::CriterionPicker</name>
    <message>
        <source>Criteria of the note</source>
        <translation>Критерии заметки</translation>
    </message>
    <message>
        <source>Filter by id or name</source>
        <translation>Фильтр по коду или названию</translation>
    </message>
    <message>
        <source>&amp;Criteria this note supports:</source>
        <translation>&amp;Критерии, которые подтверждает заметка:</translation>
    </message>
</context>
<context>
    <name>sa::app::DashboardKpis</name>
    <message>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных сделок</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>выиграно %1, проиграно %2</translation>
    </message>
    <message>
        <source>Overall conversion</source>
        <translation>Общая конверсия</translation>
    </message>
    <message>
        <source>of %1 deals created</source>
        <translation>из %1 созданных сделок</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Зависшие сделки</translation>
    </message>
    <message>
        <source>%1 of %2 open deals</source>
        <translation>%1 из %2 открытых сделок</translation>
    </message>
    <message>
        <source>Stalled amount</source>
        <translation>Сумма в зависших сделках</translation>
    </message>
    <message>
        <source>in stalled deals</source>
        <translation>в зависших сделках</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>ответов: %1</translation>
    </message>
    <message>
        <source>Plan fulfilment</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>revenue against the plan</source>
        <translation>выручка относительно плана</translation>
    </message>
    <message>
        <source>%1 (company-wide)</source>
        <translation>%1 (по всей компании)</translation>
    </message>
</context>
<context>
    <name>sa::app::DashboardsView</name>
    <message>
        <source>No dashboards yet.</source>
        <translation>Дашбордов пока нет.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Open an audit to see its dashboards.</source>
        <translation>Откройте аудит, чтобы увидеть его дашборды.</translation>
    </message>
    <message>
        <source>Computing the dashboards</source>
        <translation>Расчёт дашбордов</translation>
    </message>
    <message>
        <source>The dashboards could not be computed: %1</source>
        <translation>Не удалось рассчитать дашборды: %1</translation>
    </message>
    <message>
        <source>Cancelled; the charts show the previous filters.</source>
        <translation>Отменено; графики показаны для прежних фильтров.</translation>
    </message>
    <message>
        <source>Choose a period that starts before it ends.</source>
        <translation>Выберите период, который начинается раньше, чем заканчивается.</translation>
    </message>
    <message>
        <source>Computing the dashboards…</source>
        <translation>Расчёт дашбордов…</translation>
    </message>
    <message>
        <source>no dated data</source>
        <translation>нет данных с датами</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Period %1 · %2 deals in the project · computed in %3 s</source>
        <translation>Период %1 · сделок в проекте: %2 · рассчитано за %3 с</translation>
    </message>
</context>
<context>
    <name>sa::app::DataView</name>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <source>&amp;Go to record</source>
        <translation>&amp;Перейти к записи</translation>
    </message>
    <message>
        <source>Show the row this issue is about in its table (also: double-click the issue).</source>
        <translation>Показать строку, к которой относится замечание, в её таблице (или двойной щелчок по замечанию).</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>Merge the selected manager into another one: aliases, deals, leads, clients and activities move over. Undoable.</source>
        <translation>Объединить выбранного менеджера с другим: к нему перейдут псевдонимы, сделки, лиды, клиенты и активности. Действие можно отменить.</translation>
    </message>
    <message>
        <source>Merge managers</source>
        <translation>Объединение менеджеров</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Объединить «%1» с:</translation>
    </message>
    <message>
        <source>Import a CRM export (CSV, XLSX, Bitrix24 .xls); you can also drop the file on this screen.</source>
        <translation>Загрузить выгрузку из CRM (CSV, XLSX, .xls Битрикс24); файл можно и перетащить на этот экран.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Show every row of this table again (Esc in the table).</source>
        <translation>Снова показать все строки таблицы (Esc в таблице).</translation>
    </message>
    <message>
        <source>Rows behind %1 — %2: %3</source>
        <translation>Строки за %1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>sa::app::EditAuditInfoCommand</name>
    <message>
        <source>Edit audit properties</source>
        <translation>Изменение свойств аудита</translation>
    </message>
</context>
<context>
    <name>sa::app::EntityColumns</name>
    <message>
        <source>not terminal</source>
        <translation>не конечный</translation>
    </message>
    <message>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>генерация</translation>
    </message>
    <message>
        <source>development</source>
        <translation>развитие</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>конверсия</translation>
    </message>
    <message>
        <source>fulfilment</source>
        <translation>исполнение</translation>
    </message>
    <message>
        <source>account</source>
        <translation>ведение клиента</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>info</source>
        <translation>сведения</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>быстрая победа</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 месяца</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 год</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 года</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>ID в источнике</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Канал продаж</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channel (source)</source>
        <translation>Канал (в источнике)</translation>
    </message>
    <message>
        <source>Disqualified because</source>
        <translation>Причина дисквалификации</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Ушёл</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Duration, s</source>
        <translation>Длительность, с</translation>
    </message>
    <message>
        <source>Deal (source)</source>
        <translation>Сделка (в источнике)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>Ответы NPS</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Sales role</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Manager aliases</source>
        <translation>Псевдонимы менеджеров</translation>
    </message>
    <message>
        <source>Name in the source</source>
        <translation>Имя в источнике</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Конечный</translation>
    </message>
    <message>
        <source>Process stage</source>
        <translation>Этап процесса</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Funnel step</source>
        <translation>Шаг воронки</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Channel costs</source>
        <translation>Затраты на каналы</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Revenue plan</source>
        <translation>План выручки</translation>
    </message>
    <message>
        <source>New clients plan</source>
        <translation>План новых клиентов</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Financials</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Чистая прибыль</translation>
    </message>
    <message>
        <source>Sales team cost</source>
        <translation>Затраты на отдел продаж</translation>
    </message>
    <message>
        <source>Marketing cost</source>
        <translation>Затраты на маркетинг</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>File row</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Горизонт</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>sa::app::EntityTableModel</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Изменение: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sa::app::EvidenceView</name>
    <message>
        <source>Search the notes (Russian or English)…</source>
        <translation>Поиск по заметкам (по-русски или по-английски)…</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Поиск по заметкам</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>Все критерии</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Новая заметка</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Удалить заметку</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Сохранить заметку</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return); Ctrl+Z undoes it.</source>
        <translation>Сохранить заметку (Ctrl+Enter); Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n заметка</numerusform><numerusform>%n заметки</numerusform><numerusform>%n заметок</numerusform></translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Заметка %1</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>No note selected: pick one in the list or start a new note.</source>
        <translation>Заметка не выбрана: выберите её в списке или создайте новую.</translation>
    </message>
</context>
<context>
    <name>sa::app::FileController</name>
    <message>
        <source>Cannot open the audit</source>
        <translation>Не удалось открыть аудит</translation>
    </message>
    <message>
        <source>Cannot create the audit</source>
        <translation>Не удалось создать аудит</translation>
    </message>
    <message>
        <source>Save the new audit as</source>
        <translation>Сохранить новый аудит как</translation>
    </message>
    <message>
        <source>Audit projects (*.sqlite)</source>
        <translation>Проекты аудита (*.sqlite)</translation>
    </message>
    <message>
        <source>Open an audit</source>
        <translation>Открыть аудит</translation>
    </message>
    <message>
        <source>Audit projects (*.sqlite);;All files (*)</source>
        <translation>Проекты аудита (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot create the demo audit</source>
        <translation>Не удалось создать демо-аудит</translation>
    </message>
</context>
<context>
    <name>sa::app::FilterBar</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>P&amp;ipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>Sales c&amp;hannel:</source>
        <translation>&amp;Канал продаж:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Исто&amp;чник лида:</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Период начинается позже, чем заканчивается.</translation>
    </message>
</context>
<context>
    <name>sa::app::ImportFilePage</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Choose a CRM export (CSV, XLSX or a Bitrix24 .xls) or drop it on this page.</source>
        <translation>Выберите выгрузку из CRM (CSV, XLSX или .xls Битрикс24) или перетащите её на эту страницу.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation>&amp;Что в нём:</translation>
    </message>
    <message>
        <source>&amp;Exported from:</source>
        <translation>&amp;Откуда выгрузка:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>Выгрузки CRM (*.csv *.txt *.xlsx *.xls);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No preset recognises this header: map the columns on the mapping page.</source>
        <translation>Ни один пресет не узнал заголовок: сопоставьте столбцы на странице сопоставления.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Определено: %1</translation>
    </message>
</context>
<context>
    <name>sa::app::ImportMappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Which column of the file feeds which field of the audit. The preset&apos;s header synonyms are already applied; change what is wrong.</source>
        <translation>Какой столбец файла попадает в какое поле аудита. Синонимы заголовков из пресета уже применены; исправьте то, что неверно.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Загрузить сопоставление…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не загружать)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Файлы сопоставления (*.json)</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Загрузить сопоставление</translation>
    </message>
</context>
<context>
    <name>sa::app::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>The first rows as they will land in the audit, with their problems.</source>
        <translation>Первые строки в том виде, в каком они попадут в аудит, с найденными проблемами.</translation>
    </message>
    <message>
        <source>What was detected in the file. Change the encoding or delimiter if the text looks wrong.</source>
        <translation>Что определено в файле. Если текст выглядит неверно, смените кодировку или разделитель.</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>определить</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>запятая ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>точка с запятой ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>черта |</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Файл нельзя загрузить: %1</translation>
    </message>
    <message>
        <source>Format: %1 · encoding: %2 · delimiter: %3</source>
        <translation>Формат: %1 · кодировка: %2 · разделитель: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Столбец источника</translation>
    </message>
    <message>
        <source>constant: %1</source>
        <translation>константа: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>sa::app::ImportRunPage</name>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Прервать импорт</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The whole file is checked as if imported, then rolled back: nothing is written yet.</source>
        <translation>Весь файл проверяется так, будто загружается, а затем всё откатывается: пока ничего не записано.</translation>
    </message>
    <message>
        <source>The file is imported in one transaction; Cancel rolls everything back.</source>
        <translation>Файл загружается одной транзакцией; прерывание откатывает всё.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 строк</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Прервано: ничего не записано.</translation>
    </message>
    <message>
        <source>Not imported; nothing was written.
%1</source>
        <translation>Не загружено; ничего не записано.
%1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Прочитано строк: %1</translation>
    </message>
    <message>
        <source>Rows imported: %1</source>
        <translation>Загружено строк: %1</translation>
    </message>
    <message>
        <source>Rows with data-quality issues: %1</source>
        <translation>Строк с замечаниями к качеству данных: %1</translation>
    </message>
    <message>
        <source>Rows that cannot land: %1</source>
        <translation>Строк, которые нельзя загрузить: %1</translation>
    </message>
    <message>
        <source>New managers: %1, new stages: %2, new channels: %3</source>
        <translation>Новых менеджеров: %1, этапов: %2, каналов: %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation>Время: %1 мс</translation>
    </message>
</context>
<context>
    <name>sa::app::ImportWizard</name>
    <message>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
</context>
<context>
    <name>sa::app::MainWindow</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Дашборды</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Экраны</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>&amp;Новый аудит…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Close audit</source>
        <translation>&amp;Закрыть аудит</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>П&amp;овторить</translation>
    </message>
    <message>
        <source>Audit &amp;properties…</source>
        <translation>&amp;Свойства аудита…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Sales Audit Workbench</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>About Sales Audit Workbench</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Sales Audit Workbench %1
Audits of B2B sales departments.</source>
        <translation>Аудит отдела продаж %1
Аудит отделов продаж B2B-компаний.</translation>
    </message>
    <message>
        <source>%1 — Sales Audit Workbench</source>
        <translation>%1 — Аудит отдела продаж</translation>
    </message>
    <message>
        <source>Sales Audit Workbench</source>
        <translation>Аудит отдела продаж</translation>
    </message>
    <message>
        <source>No audit open</source>
        <translation>Аудит не открыт</translation>
    </message>
    <message>
        <source>Open the &amp;demo audit</source>
        <translation>Открыть &amp;демо-аудит</translation>
    </message>
    <message>
        <source>Opening and checking the audit…</source>
        <translation>Открываем и проверяем аудит…</translation>
    </message>
</context>
<context>
    <name>sa::app::MergeManagersCommand</name>
    <message>
        <source>Merge manager %1 into %2</source>
        <translation>Объединение менеджера %1 с %2</translation>
    </message>
</context>
<context>
    <name>sa::app::NoteCommand</name>
    <message>
        <source>Add note “%1”</source>
        <translation>Добавление заметки «%1»</translation>
    </message>
    <message>
        <source>Edit note “%1”</source>
        <translation>Правка заметки «%1»</translation>
    </message>
    <message>
        <source>Delete note “%1”</source>
        <translation>Удаление заметки «%1»</translation>
    </message>
</context>
<context>
    <name>sa::app::NoteEditor</name>
    <message>
        <source>Dated</source>
        <translation>С датой</translation>
    </message>
    <message>
        <source>&amp;Tag criteria…</source>
        <translation>&amp;Критерии…</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Who was interviewed or listened to</source>
        <translation>С кем говорили или кого слушали</translation>
    </message>
    <message>
        <source>e.g. sales manager</source>
        <translation>например, менеджер по продажам</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Res&amp;pondent:</source>
        <translation>&amp;Респондент:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Критерии:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Click a criterion to open it in the scorecard.</source>
        <translation>Щёлкните критерий, чтобы открыть его в оценке.</translation>
    </message>
</context>
<context>
    <name>sa::app::NoteListModel</name>
    <message>
        <source>Staff interview</source>
        <translation>Интервью с сотрудником</translation>
    </message>
    <message>
        <source>Client interview</source>
        <translation>Интервью с клиентом</translation>
    </message>
    <message>
        <source>Call listening</source>
        <translation>Прослушивание звонков</translation>
    </message>
    <message>
        <source>Mystery shopper</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Анализ документов</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Групповая сессия</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
</context>
<context>
    <name>sa::app::OverviewView</name>
    <message>
        <source>Data coverage</source>
        <translation>Охват данных</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Пресет</translation>
    </message>
    <message>
        <source>With issues</source>
        <translation>С замечаниями</translation>
    </message>
    <message>
        <source>Import batches:</source>
        <translation>Загрузки:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Coverage could not be read: %1</source>
        <translation>Не удалось прочитать охват данных: %1</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Данные ещё не загружены.</translation>
    </message>
    <message>
        <source>Data-quality issues: %1</source>
        <translation>Замечаний к качеству данных: %1</translation>
    </message>
</context>
<context>
    <name>sa::app::PlanEditor</name>
    <message>
        <source>Add an action</source>
        <translation>Добавление мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation><numerusform>Удаление %n мероприятия</numerusform><numerusform>Удаление %n мероприятий</numerusform><numerusform>Удаление %n мероприятий</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n action(s)</source>
        <translation><numerusform>Объединение %n мероприятия</numerusform><numerusform>Объединение %n мероприятий</numerusform><numerusform>Объединение %n мероприятий</numerusform></translation>
    </message>
    <message>
        <source>Regenerate the plan</source>
        <translation>Пересоздание плана</translation>
    </message>
</context>
<context>
    <name>sa::app::PlanTableModel</name>
    <message>
        <source>quick win</source>
        <translation>быстрая победа</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 месяца</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 год</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 года</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Target KPI: %1</source>
        <translation>Целевой KPI: %1</translation>
    </message>
    <message>
        <source>Expected effect per year: the money impact of the action&apos;s criterion (calculated or expert)</source>
        <translation>Ожидаемый эффект в год: денежное влияние критерия мероприятия (расчётное или экспертное)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Горизонт</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Effect / year</source>
        <translation>Эффект в год</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>«%1» — недопустимое значение поля «%2».</translation>
    </message>
    <message>
        <source>Edit %1 of action %2</source>
        <translation>Изменение поля «%1» мероприятия %2</translation>
    </message>
    <message>
        <source>Due date as YYYY-MM-DD (or in your locale&apos;s short format). To remove it, press F2, delete the text and press Enter.</source>
        <translation>Срок в виде ГГГГ-ММ-ДД (или в кратком формате вашей локали). Чтобы убрать срок, нажмите F2, удалите текст и нажмите Enter.</translation>
    </message>
</context>
<context>
    <name>sa::app::RefOverrideCommand</name>
    <message>
        <source>Change thresholds of %1</source>
        <translation>Изменение порогов %1</translation>
    </message>
    <message>
        <source>Revert the thresholds of %1</source>
        <translation>Возврат порогов %1 к каталогу</translation>
    </message>
</context>
<context>
    <name>sa::app::ReportView</name>
    <message>
        <source>Report preview</source>
        <translation>Просмотр отчёта</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Экспорт:</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>audit-report.pdf</source>
        <translation>отчёт-аудита.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Action plan &amp;CSV…</source>
        <translation>План &amp;CSV…</translation>
    </message>
    <message>
        <source>Criteria and plan &amp;XLSX…</source>
        <translation>Критерии и план &amp;XLSX…</translation>
    </message>
    <message>
        <source>Audit &amp;JSON…</source>
        <translation>Аудит &amp;JSON…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation>Ст&amp;р.</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>The report could not be exported: %1</source>
        <translation>Не удалось экспортировать отчёт: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>action-plan.csv</source>
        <translation>план-действий.csv</translation>
    </message>
    <message>
        <source>audit.xlsx</source>
        <translation>аудит.xlsx</translation>
    </message>
    <message>
        <source>audit.json</source>
        <translation>аудит.json</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The report could not be generated: %1</source>
        <translation>Не удалось сформировать отчёт: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The report preview could not be opened.</source>
        <translation>Не удалось открыть просмотр отчёта.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>Сформировать &amp;заново</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Формируется отчёт…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Open an audit to see its report.</source>
        <translation>Откройте аудит, чтобы увидеть его отчёт.</translation>
    </message>
    <message>
        <source>The audit changed since this preview was made.</source>
        <translation>Аудит изменился после формирования этого просмотра.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n page(s).</source>
        <translation><numerusform>Просмотр: %n страница.</numerusform><numerusform>Просмотр: %n страницы.</numerusform><numerusform>Просмотр: %n страниц.</numerusform></translation>
    </message>
</context>
<context>
    <name>sa::app::RoadmapWidget</name>
    <message>
        <source>Roadmap: 3 years</source>
        <translation>Дорожная карта: 3 года</translation>
    </message>
    <message>
        <source>Roadmap: 1 year</source>
        <translation>Дорожная карта: 1 год</translation>
    </message>
</context>
<context>
    <name>sa::app::RowSetTitles</name>
    <message>
        <source>A clients</source>
        <translation>Клиенты A</translation>
    </message>
    <message>
        <source>A clients not in the top tier</source>
        <translation>Клиенты A вне верхней категории</translation>
    </message>
    <message>
        <source>Active clients not contacted in 90 days</source>
        <translation>Активные клиенты без контакта 90 дней</translation>
    </message>
    <message>
        <source>Active clients with an owner</source>
        <translation>Активные клиенты с ответственным</translation>
    </message>
    <message>
        <source>Clients above 10 % of revenue</source>
        <translation>Клиенты с долей выручки более 10 %</translation>
    </message>
    <message>
        <source>Clients lost (active before, not now)</source>
        <translation>Потерянные клиенты (покупали раньше, сейчас нет)</translation>
    </message>
    <message>
        <source>Clients retained</source>
        <translation>Удержанные клиенты</translation>
    </message>
    <message>
        <source>Closed acquisition deals</source>
        <translation>Закрытые сделки привлечения</translation>
    </message>
    <message>
        <source>Deals that skipped a mandatory stage</source>
        <translation>Сделки, пропустившие обязательный этап</translation>
    </message>
    <message>
        <source>Declining clients (revenue down &gt; 30 %)</source>
        <translation>Снижающие закупки клиенты (выручка упала более чем на 30 %)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Критики (0–6)</translation>
    </message>
    <message>
        <source>Hires measured</source>
        <translation>Учтённые новички</translation>
    </message>
    <message>
        <source>Inbound leads</source>
        <translation>Входящие лиды</translation>
    </message>
    <message>
        <source>Inbound leads not answered within 1 business hour</source>
        <translation>Входящие лиды без ответа в течение 1 рабочего часа</translation>
    </message>
    <message>
        <source>Leads handed to sales</source>
        <translation>Лиды, переданные в продажи</translation>
    </message>
    <message>
        <source>Leads of the cohort</source>
        <translation>Лиды когорты</translation>
    </message>
    <message>
        <source>Leads of paid channels below 2:1</source>
        <translation>Лиды платных каналов с окупаемостью ниже 2:1</translation>
    </message>
    <message>
        <source>Leads of paid channels</source>
        <translation>Лиды платных каналов</translation>
    </message>
    <message>
        <source>Leads of the last 6 months</source>
        <translation>Лиды за последние 6 месяцев</translation>
    </message>
    <message>
        <source>Leads without a source</source>
        <translation>Лиды без источника</translation>
    </message>
    <message>
        <source>Lost acquisition deals (win rate)</source>
        <translation>Проигранные сделки привлечения (конверсия в победу)</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Проигранные сделки</translation>
    </message>
    <message>
        <source>Lost deals without a specific reason</source>
        <translation>Проигранные сделки без конкретной причины</translation>
    </message>
    <message>
        <source>Lost key clients</source>
        <translation>Потерянные ключевые клиенты</translation>
    </message>
    <message>
        <source>Lost key clients without a known reason</source>
        <translation>Потерянные ключевые клиенты без известной причины</translation>
    </message>
    <message>
        <source>Managers measured</source>
        <translation>Учтённые менеджеры</translation>
    </message>
    <message>
        <source>NPS responses counted</source>
        <translation>Учтённые ответы NPS</translation>
    </message>
    <message>
        <source>New clients (current period)</source>
        <translation>Новые клиенты (текущий период)</translation>
    </message>
    <message>
        <source>New clients (first order in the last 6 months)</source>
        <translation>Новые клиенты (первый заказ за последние 6 месяцев)</translation>
    </message>
    <message>
        <source>New clients (previous period)</source>
        <translation>Новые клиенты (предыдущий период)</translation>
    </message>
    <message>
        <source>New clients in the window</source>
        <translation>Новые клиенты за период</translation>
    </message>
    <message>
        <source>Non-target leads</source>
        <translation>Нецелевые лиды</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open deals in the quarter&apos;s pipeline</source>
        <translation>Открытые сделки в воронке квартала</translation>
    </message>
    <message>
        <source>Open deals judged</source>
        <translation>Оценённые открытые сделки</translation>
    </message>
    <message>
        <source>Open deals missing probability, category or potential</source>
        <translation>Открытые сделки без вероятности, категории или потенциала</translation>
    </message>
    <message>
        <source>Open deals with incomplete fields</source>
        <translation>Открытые сделки с незаполненными полями</translation>
    </message>
    <message>
        <source>Open deals without a future next step</source>
        <translation>Открытые сделки без запланированного следующего шага</translation>
    </message>
    <message>
        <source>Open deals with a past or missing close date</source>
        <translation>Открытые сделки с прошедшей или пустой датой закрытия</translation>
    </message>
    <message>
        <source>Open deals without a current owner</source>
        <translation>Открытые сделки без действующего ответственного</translation>
    </message>
    <message>
        <source>Open deals without an amount</source>
        <translation>Открытые сделки без суммы</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Промоутеры (9–10)</translation>
    </message>
    <message>
        <source>Sales managers who left</source>
        <translation>Уволившиеся менеджеры по продажам</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Зависшие сделки</translation>
    </message>
    <message>
        <source>Top 10 clients by revenue</source>
        <translation>Топ-10 клиентов по выручке</translation>
    </message>
    <message>
        <source>Valuable dormant clients</source>
        <translation>Ценные спящие клиенты</translation>
    </message>
    <message>
        <source>Valuable dormant clients not contacted in 90 days</source>
        <translation>Ценные спящие клиенты без контакта 90 дней</translation>
    </message>
    <message>
        <source>Won acquisition deals</source>
        <translation>Выигранные сделки привлечения</translation>
    </message>
    <message>
        <source>Won acquisition deals (win rate)</source>
        <translation>Выигранные сделки привлечения (конверсия в победу)</translation>
    </message>
    <message>
        <source>Won deals without a source</source>
        <translation>Выигранные сделки без источника</translation>
    </message>
    <message>
        <source>Won leads of the cohort</source>
        <translation>Выигранные лиды когорты</translation>
    </message>
    <message>
        <source>Won leads of paid channels</source>
        <translation>Выигранные лиды платных каналов</translation>
    </message>
</context>
<context>
    <name>sa::app::ScoreSummary</name>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Узкое место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>At stake per year</source>
        <translation>На кону за год</translation>
    </message>
    <message>
        <source>Top bottlenecks:</source>
        <translation>Главные узкие места:</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Идёт оценка…</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Оценки ещё не рассчитаны.</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Оценка не рассчитана: %1</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 из 100</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;</source>
        <translation>&lt;b&gt;Итог&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no basis</source>
        <translation>нет базы</translation>
    </message>
</context>
<context>
    <name>sa::app::ScorecardModel</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 из 100</translation>
    </message>
    <message>
        <source>coverage %1 %</source>
        <translation>охват %1 %</translation>
    </message>
    <message>
        <source>G %1 %2 · Y %1 %3</source>
        <translation>З %1 %2 · Ж %1 %3</translation>
    </message>
    <message>
        <source>data</source>
        <translation>данные</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>чек-лист</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>рейтинг</translation>
    </message>
    <message>
        <source>override</source>
        <translation>ручная оценка</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Свидетельства</translation>
    </message>
</context>
<context>
    <name>sa::app::ScorecardView</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— нет ответа —</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Идёт оценка…</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Пункт чек-листа</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Изменить оценку…</translation>
    </message>
    <message>
        <source>&amp;Remove override</source>
        <translation>&amp;Снять ручную оценку</translation>
    </message>
    <message>
        <source>&amp;Evidence for new answers and overrides:</source>
        <translation>Сви&amp;детельства для новых ответов и ручных оценок:</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Оценки ещё не рассчитаны.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a criterion to see how it was assessed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите критерий, чтобы увидеть, как он оценён.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Answer %1 %2: %3</source>
        <translation>Ответ %1 %2: %3</translation>
    </message>
    <message>
        <source>Remove the override of %1</source>
        <translation>Снятие ручной оценки %1</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>Ручная оценка %1</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <source>Business context</source>
        <translation>Контекст бизнеса</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Новые свидетельства</translation>
    </message>
    <message>
        <source>Threshold not applicable</source>
        <translation>Порог неприменим</translation>
    </message>
    <message>
        <source>At least one full sentence: why the measured status does not hold.</source>
        <translation>Хотя бы одно полное предложение: почему измеренный статус не отражает действительность.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Пороги…</translation>
    </message>
    <message>
        <source>Change this criterion&apos;s thresholds or reference parameters for this audit</source>
        <translation>Изменить пороги или эталонные параметры этого критерия для этого аудита</translation>
    </message>
    <message>
        <source>Catalogue &amp;values</source>
        <translation>&amp;Значения каталога</translation>
    </message>
    <message>
        <source>Undo every threshold change of this criterion in this audit</source>
        <translation>Отменить все изменения порогов этого критерия в этом аудите</translation>
    </message>
</context>
<context>
    <name>sa::app::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>sa::app::StartView</name>
    <message>
        <source>Sales Audit Workbench</source>
        <translation>Аудит отдела продаж</translation>
    </message>
    <message>
        <source>Audit a sales department: import CRM exports, score 45 criteria, rank the bottlenecks by money and build the action plan and the report.</source>
        <translation>Загрузите выгрузки из CRM, оцените 45 критериев, ранжируйте узкие места по деньгам, составьте план действий и отчёт.</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>&amp;Новый аудит…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open the &amp;demo audit</source>
        <translation>Открыть &amp;демо-аудит</translation>
    </message>
    <message>
        <source>&amp;Recent audits:</source>
        <translation>Н&amp;едавние аудиты:</translation>
    </message>
    <message>
        <source>Tip: drop an audit file (.sqlite) anywhere on this window to open it.</source>
        <translation>Совет: чтобы открыть аудит, перетащите его файл (.sqlite) в это окно.</translation>
    </message>
    <message>
        <source>(file not found)</source>
        <translation>(файл не найден)</translation>
    </message>
    <message>
        <source>The file no longer exists at %1</source>
        <translation>Файла больше нет по пути %1</translation>
    </message>
    <message>
        <source>A complete audit of a fictitious B2B company, generated on first use.</source>
        <translation>Полный аудит вымышленной B2B-компании; создаётся при первом открытии.</translation>
    </message>
    <message>
        <source>Generating the demo audit…</source>
        <translation>Создаётся демо-аудит…</translation>
    </message>
</context>
<context>
    <name>sa::app::StatusLight</name>
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
        <translation>Не оценён</translation>
    </message>
    <message>
        <source>Too few components</source>
        <translation>Мало компонентов</translation>
    </message>
    <message>
        <source>Too little assessed</source>
        <translation>Оценено слишком мало</translation>
    </message>
</context>
<context>
    <name>sa::app::TableBrowser</name>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>All text columns</source>
        <translation>Все текстовые столбцы</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n строка</numerusform><numerusform>%n строки</numerusform><numerusform>%n строк</numerusform></translation>
    </message>
</context>
<context>
    <name>sa::app::ThresholdDialog</name>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Thresholds and parameters of %1</source>
        <translation>Пороги и параметры %1</translation>
    </message>
    <message>
        <source>Changes apply to this audit only and are listed in the report&apos;s appendix with their rationale. Parameters apply to every criterion that uses them.</source>
        <translation>Изменения действуют только в этом аудите и перечисляются в приложении отчёта с обоснованием. Параметры действуют для всех критериев, которые их используют.</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <source>Reference parameters</source>
        <translation>Эталонные параметры</translation>
    </message>
    <message>
        <source>&amp;Rationale (required):</source>
        <translation>&amp;Обоснование (обязательно):</translation>
    </message>
    <message>
        <source>At least one full sentence: why this audit needs other values.</source>
        <translation>Хотя бы одно полное предложение: почему этому аудиту нужны другие значения.</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> п.п.</translation>
    </message>
    <message>
        <source> d</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> mo</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
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
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>G %1 · Y %2</source>
        <translation>З %1 · Ж %2</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Change a value and give a rationale of at least one full sentence.</source>
        <translation>Измените значение и дайте обоснование хотя бы одним полным предложением.</translation>
    </message>
</context>
</TS>
