-- Proposed for the schema v2 migration (branch import3, issue 3's import benchmark); the lead folds
-- it into the v2 step. NOT applied by any code: SchemaV1.sql.inc is unchanged. Why, and the figures:
-- docs/IMPORT.md "Indexes the import builds" and docs/PERFORMANCE.md "Import".
--
-- 1. deals_status (status, closed_at) serves no query of the product: metrics read deals whole by
--    id ranges, the entity browser orders by `t.closed_at, t.rowid` (which an index led by status
--    cannot give), nothing filters deals by status in SQL, and status is no foreign key.
--    Building it costs 1.1 user CPU s per 1M deals (the most expensive index of the deals file).
DROP INDEX IF EXISTS deals_status;

-- 2. activities_manager_done (manager_id, done_at) -> activities_manager (manager_id): manager_id
--    is needed (the child key of managers(id) for the foreign-key check when a manager is deleted,
--    and MergeManagersCommand's `SELECT rowid FROM activities WHERE manager_id = ?`), done_at as the
--    second key serves no query (min/max(done_at) over the whole table cannot use it; the browser
--    orders by `t.done_at, t.rowid`). Its random (manager, time) order made it the most expensive
--    index of the whole import: 5.2 user CPU s per 5M activities, against 2.3 s for (manager_id).
--    Before folding this in, check the activity rollup's rebuild (branch rollup) with EXPLAIN QUERY
--    PLAN: if it groups by manager and day it may prefer the two-column index.
DROP INDEX IF EXISTS activities_manager_done;
CREATE INDEX IF NOT EXISTS activities_manager ON activities(manager_id);

-- 3. The client references as partial indexes, without their NULLs: a CRM export without a client
--    column (amoCRM activities, deals imported before clients) fills them with NULL only, and an
--    index of 5M NULLs is still a 5M-row build (1.0 user CPU s) for nothing: no query looks activities
--    or deals up by a NULL client. `client_id = ?` and `client_id IN (...)` (the foreign-key check
--    of a deleted client, BatchLog's --replace) still use them: EXPLAIN QUERY PLAN shows
--    "SEARCH activities USING COVERING INDEX activities_client (client_id=?)". Built in 0.28 user
--    CPU s when all NULL.
DROP INDEX IF EXISTS deals_client;
CREATE INDEX IF NOT EXISTS deals_client ON deals(client_id) WHERE client_id IS NOT NULL;
DROP INDEX IF EXISTS activities_client;
CREATE INDEX IF NOT EXISTS activities_client ON activities(client_id) WHERE client_id IS NOT NULL;

-- The ProjectValidator compares a project with the expected schema object by object: the v2
-- expected schema must carry these changes, and tests/hardening/test_hostile_projects.cpp uses
-- "DROP INDEX deals_status" as a tampering case — it needs another index (e.g. deals_owner).
