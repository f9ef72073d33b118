-- A small, hand-made audit for GUI tests and screenshots (applied to a project made by
-- `salesaudit-cli new` / store::Project::create). Deterministic: no random().
-- Dates are local seconds: 1719792000 = 2024-07-01 00:00.
BEGIN;
INSERT INTO import_batches (id, entity, file_name, file_size, sha256, preset, encoding, delimiter,
  rows_read, rows_imported, rows_with_issues, rows_skipped, imported_at) VALUES
 (1, 'managers', 'users.csv', 412, 'a1', 'amocrm', 'utf-8', ';', 4, 4, 0, 0, 1751364000),
 (2, 'deals', 'leads_export.csv', 18342, 'b2', 'amocrm', 'windows-1251', ';', 122, 120, 3, 2, 1751364300),
 (3, 'activities', 'calls.xlsx', 40211, 'c3', 'generic', '', '', 300, 300, 1, 0, 1751364600);
INSERT INTO managers (id, ext_id, name, role, team, hired_at, batch_id) VALUES
 (1, 'u1', 'Анна Морозова', 'hunter', 'Москва', 1640995200, 1),
 (2, 'u2', 'Игорь Новиков', 'farmer', 'Москва', 1609459200, 1),
 (3, 'u3', 'Ольга Смирнова', 'full_cycle', 'Казань', 1672531200, 1),
 (4, 'u4', 'Морозова А.', 'other', NULL, NULL, 1);
INSERT INTO manager_aliases (alias_key, alias, manager_id, origin) VALUES
 ('анна морозова', 'Анна Морозова', 1, 'import'), ('морозова а', 'Морозова А.', 4, 'import'),
 ('игорь новиков', 'Игорь Новиков', 2, 'import'), ('i.novikov', 'i.novikov', 2, 'import'),
 ('ольга смирнова', 'Ольга Смирнова', 3, 'import');
INSERT INTO channels (id, name, name_key, type) VALUES
 (1, 'Яндекс Директ', 'яндекс директ', 'paid'), (2, 'Рекомендации', 'рекомендации', 'referral'),
 (3, 'Выставки', 'выставки', 'event');
INSERT INTO stages (id, pipeline_name, name, name_key, ord, terminal, process_stage, mandatory, funnel_step, default_probability) VALUES
 (1, 'Продажи', 'Первичный контакт', 'первичный контакт', 1, 'none', 'generation', 1, 'mql', 0.1),
 (2, 'Продажи', 'Квалификация', 'квалификация', 2, 'none', 'development', 1, 'sql', 0.2),
 (3, 'Продажи', 'Коммерческое предложение', 'коммерческое предложение', 3, 'none', 'development', 1, 'none', 0.4),
 (4, 'Продажи', 'Согласование договора', 'согласование договора', 4, 'none', 'conversion', 0, 'none', 0.7),
 (5, 'Продажи', 'Успешно реализовано', 'успешно реализовано', 5, 'won', 'conversion', 0, 'none', 1.0),
 (6, 'Продажи', 'Закрыто и не реализовано', 'закрыто и не реализовано', 6, 'lost', NULL, 0, 'none', 0.0);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24)
INSERT INTO clients (id, ext_id, name, name_key, inn, owner_id, created_at, segment, industry, city, batch_id)
SELECT i, 'c' || i, 'ООО «Клиент ' || i || '»', 'ооо клиент ' || i, printf('77%08d', i * 7919), 1 + i % 3,
       1704067200 + i * 86400 * 9, CASE i % 3 WHEN 0 THEN 'A' WHEN 1 THEN 'B' ELSE 'C' END,
       CASE i % 4 WHEN 0 THEN 'Производство' WHEN 1 THEN 'Торговля' WHEN 2 THEN 'Логистика' ELSE 'IT' END,
       CASE i % 2 WHEN 0 THEN 'Москва' ELSE 'Казань' END, 2 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO deals (id, ext_id, name, created_at, client_id, owner_id, channel_id, stage_id, status, closed_at, amount, loss_reason, sales_channel, batch_id)
SELECT i, 'd' || (1000 + i), 'Сделка №' || (1000 + i), 1719792000 + i * 86400 * 2 + (i * 3571) % 86400,
       1 + i % 24, 1 + i % 3, 1 + i % 3, 1 + (i * 7) % 6,
       CASE (1 + (i * 7) % 6) WHEN 5 THEN 'won' WHEN 6 THEN 'lost' ELSE 'open' END,
       CASE WHEN (1 + (i * 7) % 6) >= 5 THEN 1719792000 + i * 86400 * 2 + 86400 * 21 END,
       ((i * 7919) % 900 + 100) * 100000,
       CASE WHEN (1 + (i * 7) % 6) = 6 THEN CASE i % 3 WHEN 0 THEN 'Дорого' WHEN 1 THEN 'Выбрали конкурента' ELSE 'Нет бюджета' END END,
       CASE i % 2 WHEN 0 THEN 'Прямые продажи' ELSE 'Партнёры' END, 2 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO activities (ext_id, manager_id, type, direction, deal_id, status, done_at, duration_s, outcome, batch_id)
SELECT 'a' || i, 1 + i % 3, CASE i % 4 WHEN 0 THEN 'meeting' WHEN 1 THEN 'email' ELSE 'call' END,
       'outbound', 1 + i % 120, 'done', 1719820800 + i * 60000, CASE WHEN i % 4 >= 2 THEN 60 + (i * 37) % 600 END,
       CASE i % 5 WHEN 0 THEN 'Договорились о встрече' WHEN 1 THEN 'Не дозвонились' ELSE 'Обсудили КП' END, 3 FROM n;
INSERT INTO data_issues (batch_id, entity, row_no, column_name, raw_value, reason, severity, message, record_id) VALUES
 (2, 'deals', 17, 'Бюджет', '12 500,00 руб', 'unparsable', 'warning', 'the amount has a currency word; read as 12500.00', 16),
 (2, 'deals', 45, 'Ответственный', 'Морозова А.', 'unknown_manager', 'warning', 'a new manager name; check whether it is an alias', 44),
 (2, 'deals', 88, 'Этап сделки', 'Думают', 'unmapped_stage', 'error', 'the stage is not in the pipeline mapping', NULL),
 (3, 'activities', 120, 'Длительность', '1:75', 'unparsable', 'warning', 'not a duration; left empty', 120);
INSERT INTO evidence (id, kind, title, date, respondent, role, subject, body, created_at, updated_at) VALUES
 (1, 'staff_interview', 'Интервью с РОП', 1751328000, 'Сергей Волков', 'Руководитель отдела продаж', 'Планирование',
  'План продаж ставится на год и делится по месяцам. Менеджерам план доводится устно.', 1751364000, 1751364000),
 (2, 'call_listening', 'Прослушивание звонков: входящие', 1751414400, '', '', 'Скрипты',
  'Из 20 звонков в 12 менеджер не выявил потребность, в 5 не назначил следующий шаг.', 1751450000, 1751450000);
INSERT INTO evidence_criteria (evidence_id, criterion_id) VALUES (1, 'M1'), (1, 'P2'), (2, 'S4');
INSERT INTO actions (criterion_ids, text, horizon, owner_role, status, priority, due_date, origin, created_at, updated_at) VALUES
 ('M1', 'Ввести помесячный план продаж по менеджерам и каналам', 'QW', 'РОП', 'planned', 1, 1754006400, 'user', 1751364000, 1751364000),
 ('S4', 'Внедрить скрипт выявления потребности и контроль следующего шага', '3M', 'РОП', 'proposed', 2, 1759276800, 'user', 1751364000, 1751364000),
 ('C3', 'Настроить обязательные поля этапов в CRM', '3M', 'Администратор CRM', 'in_progress', 3, NULL, 'user', 1751364000, 1751364000);
COMMIT;
