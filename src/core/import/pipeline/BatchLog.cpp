#include "BatchLog.h"

namespace sa::import {

namespace {

// Columns that point at rows of an entity table, cleared before that table's batch is deleted.
struct RefColumn {
    const char* table;
    const char* column;
};

std::vector<RefColumn> referencesTo(Entity e)
{
    switch (e) {
    case Entity::Deals:
        return { { "stage_history", "deal_id" }, { "activities", "deal_id" }, { "orders", "deal_id" },
            { "leads", "deal_id" } };
    case Entity::Clients:
        return { { "deals", "client_id" }, { "leads", "client_id" }, { "activities", "client_id" },
            { "orders", "client_id" }, { "nps_responses", "client_id" } };
    case Entity::Leads:
        return { { "deals", "lead_id" }, { "activities", "lead_id" } };
    default:
        return {};
    }
}

} // namespace

Result<std::optional<std::pair<std::int64_t, LocalSeconds>>> BatchLog::findDuplicate(
    const std::string& entity, const std::string& sha256)
{
    auto st = m_db.prepare(
        "SELECT id, imported_at FROM import_batches WHERE entity = ? AND sha256 = ? ORDER BY id LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, entity).bind(2, sha256);
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<std::pair<std::int64_t, LocalSeconds>> {};
    return std::optional<std::pair<std::int64_t, LocalSeconds>> { { st->getInt(0), st->getInt(1) } };
}

Result<bool> BatchLog::anyOfSize(const std::string& entity, long long size)
{
    auto st = m_db.prepare("SELECT EXISTS (SELECT 1 FROM import_batches WHERE entity = ? AND file_size = ?)");
    if (!st)
        return st.error();
    st->bind(1, entity).bind(2, static_cast<std::int64_t>(size));
    auto r = st->step();
    if (!r)
        return r.error();
    return st->getInt(0) != 0;
}

Status BatchLog::setDigest(const std::string& sha256)
{
    auto st = m_db.prepare("UPDATE import_batches SET sha256 = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, sha256).bind(2, m_batch);
    return st->run();
}

Status BatchLog::deleteBatch(std::int64_t batchId, Entity entity)
{
    const std::string table = entityDef(entity).table;
    const std::string id = std::to_string(batchId);
    std::string sql;
    for (const auto& ref : referencesTo(entity))
        sql += std::string("UPDATE ") + ref.table + " SET " + ref.column + " = NULL WHERE " + ref.column
            + " IN (SELECT id FROM " + table + " WHERE batch_id = " + id + ");\n";
    if (entity == Entity::Deals) // leads derived from these deals go with them
        sql += "UPDATE activities SET lead_id = NULL WHERE lead_id IN (SELECT id FROM leads WHERE derived = 1 AND "
               "batch_id = "
            + id + ");\nDELETE FROM leads WHERE derived = 1 AND batch_id = " + id + ";\n";
    // Managers are people other batches point at: a managers re-import updates them instead.
    if (entity != Entity::Managers)
        sql += "DELETE FROM " + table + " WHERE batch_id = " + id + ";\n";
    sql += "DELETE FROM data_issues WHERE batch_id = " + id + ";\nDELETE FROM import_batches WHERE id = " + id + ";";
    return m_db.exec(sql);
}

Result<std::int64_t> BatchLog::open(const BatchHeader& h)
{
    auto st = m_db.prepare("INSERT INTO import_batches(entity, file_name, file_size, sha256, preset, mapping_json, "
                           "source_system, encoding, delimiter, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    st->bind(1, h.entity).bind(2, h.fileName).bind(3, static_cast<std::int64_t>(h.fileSize)).bind(4, h.sha256);
    st->bind(5, h.preset).bind(6, h.mappingJson).bind(7, h.sourceSystem).bind(8, h.encoding).bind(9, h.delimiter);
    st->bind(10, h.importedAt);
    if (auto s = st->run(); !s)
        return s.error();
    m_batch = m_db.lastInsertRowId();
    m_entity = h.entity;
    auto issue = m_db.prepare("INSERT INTO data_issues(batch_id, entity, row_no, column_name, raw_value, reason, "
                              "severity, message, record_id) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!issue)
        return issue.error();
    m_issue = std::move(*issue);
    return m_batch;
}

Status BatchLog::addIssue(const IssueRecord& i)
{
    m_issue.reset();
    m_issue.bind(1, m_batch).bind(2, m_entity).bind(3, static_cast<std::int64_t>(i.row));
    i.column.empty() ? m_issue.bindNull(4) : m_issue.bind(4, i.column);
    i.raw.empty() ? m_issue.bindNull(5) : m_issue.bind(5, i.raw);
    m_issue.bind(6, i.reason).bind(7, i.severity).bind(8, i.message);
    i.recordId ? m_issue.bind(9, i.recordId) : m_issue.bindNull(9);
    return m_issue.run();
}

Status BatchLog::close(const ImportSummary& s)
{
    auto st = m_db.prepare("UPDATE import_batches SET rows_read = ?, rows_imported = ?, rows_with_issues = ?, "
                           "rows_skipped = ?, duration_ms = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, static_cast<std::int64_t>(s.rowsRead)).bind(2, static_cast<std::int64_t>(s.rowsImported));
    st->bind(3, static_cast<std::int64_t>(s.rowsWithIssues)).bind(4, static_cast<std::int64_t>(s.rowsSkipped));
    st->bind(5, s.durationMs).bind(6, m_batch);
    return st->run();
}

} // namespace sa::import
