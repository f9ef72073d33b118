#include "EntityWriter.h"

#include "common/Text.h"

#include <algorithm>
#include <map>
#include <sqlite3.h>

namespace sa::import {

Status EntityWriter::prepare(
    store::Connection& db, Entity entity, std::int64_t batchId, const std::vector<bool>& bound, bool explicitIds)
{
    m_db = &db;
    m_explicitIds = explicitIds && entity != Entity::Managers;
    m_def = &entityDef(entity);
    m_batchCell.setInt(batchId);
    m_bound = bound;
    m_defaults.assign(m_def->fields.size(), Cell {});
    for (std::size_t i = 0; i < m_def->fields.size(); ++i) {
        const FieldDef& f = m_def->fields[i];
        if (const char* d = fieldDefault(m_def->entity, f.name)) {
            if (f.kind == FieldKind::Bool)
                m_defaults[i].setInt(std::string_view(d) == "1");
            else if (f.kind == FieldKind::Real)
                m_defaults[i].setReal(std::stod(d));
            else
                m_defaults[i].setText(d);
        }
    }
    m_empty.setText("");
    m_omit.assign(m_def->fields.size(), 0);
    m_omitRaw.assign(m_def->fields.size(), 0);
    if (entity == Entity::Activities && !m_explicitIds)
        if (auto s = omitUnbound(); !s)
            return s;
    std::vector<std::string> cols;
    if (m_explicitIds)
        cols.emplace_back("id");
    for (std::size_t i = 0; i < m_def->fields.size(); ++i) {
        const FieldDef& f = m_def->fields[i];
        if (!m_omit[i])
            cols.emplace_back(f.column);
        if (f.rawColumn && !m_omitRaw[i])
            cols.emplace_back(f.rawColumn);
    }
    std::string sql;
    if (entity == Entity::Managers) {
        // The person already exists (ManagerDirectory): fill in what the file knows.
        // The name stays the person's canonical spelling; only fields the file has are updated.
        std::vector<std::string> sets;
        for (std::size_t i = 0; i < m_def->fields.size(); ++i)
            if (bound[i] && std::string_view(m_def->fields[i].name) != "name")
                sets.push_back(
                    std::string(m_def->fields[i].column) + " = COALESCE(?, " + m_def->fields[i].column + ")");
        m_bound[1] = false; // never written, see above
        sets.emplace_back("batch_id = COALESCE(batch_id, ?)");
        sql = "UPDATE managers SET " + text::join(sets, ", ") + " WHERE id = ?";
    } else {
        cols.emplace_back("batch_id");
        if (entity == Entity::Clients)
            cols.emplace_back("name_key");
        std::string marks;
        for (std::size_t i = 0; i < cols.size(); ++i)
            marks += i ? ",?" : "?";
        sql = "INSERT INTO " + std::string(m_def->table) + "(" + text::join(cols, ",") + ") VALUES (" + marks + ")";
        if (entity == Entity::Deals && m_explicitIds)
            if (auto s = prepareKeyCheck(); !s)
                return s;
        if ((entity == Entity::Deals && m_explicitIds) || (entity == Entity::Activities && !m_explicitIds))
            if (auto s = prepareKept(cols, marks); !s)
                return s;
    }
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    m_stmt = std::move(*st);
    m_holdsConstant.assign(static_cast<std::size_t>(sqlite3_bind_parameter_count(m_stmt.handle())) + 1, 0);
    return {};
}

// Activities (rows bound in place, kKept per statement): a column the file does not fill holds
// its default in every row, so the INSERT leaves it out and SQLite writes the schema's default,
// sparing a bind and a copy per row (7 of 18 parameters for an amoCRM export). Only where the
// schema's default is the one this writer would bind. (Deals are not: the session fills some
// fields no column maps, e.g. status from the stage.)
Status EntityWriter::omitUnbound()
{
    auto st = m_db->prepare("SELECT name, dflt_value FROM pragma_table_info(?)");
    if (!st)
        return st.error();
    st->bind(1, std::string(m_def->table));
    std::map<std::string, std::optional<std::string>> schemaDefault;
    for (auto r = st->step(); r && *r; r = st->step())
        schemaDefault[st->getText(0)] = st->isNull(1) ? std::nullopt : std::optional(st->getText(1));
    auto same = [&](const char* column, const Cell& mine) {
        const auto it = schemaDefault.find(column);
        if (it == schemaDefault.end())
            return false;
        if (mine.type == Cell::Type::Null)
            return !it->second.has_value();
        return mine.type == Cell::Type::Text && it->second == "'" + mine.s + "'";
    };
    for (std::size_t i = 0; i < m_def->fields.size(); ++i) {
        const FieldDef& f = m_def->fields[i];
        if (m_bound[i])
            continue;
        m_omit[i] = same(f.column, m_defaults[i]);
        m_omitRaw[i] = f.rawColumn && same(f.rawColumn, rawDefault(f));
    }
    return {};
}

void EntityWriter::bindText(int index, const std::string& s)
{
    // The string outlives the step (a row cell or a constant of this writer): no copy.
    sqlite3_bind_text(m_stmt.handle(), index, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
}

void EntityWriter::bindConstant(int index, const Cell& c)
{
    char& holds = m_holdsConstant[static_cast<std::size_t>(index)];
    if (holds)
        return;
    holds = 1;
    if (c.type == Cell::Type::Int)
        m_stmt.bind(index, c.i);
    else if (c.type == Cell::Type::Real)
        m_stmt.bind(index, c.d);
    else if (c.type == Cell::Type::Text)
        bindText(index, c.s);
    else
        m_stmt.bindNull(index);
}

void EntityWriter::bindCell(int index, std::size_t field, const Cell& c)
{
    if (c.isNull()) {
        bindConstant(index, m_defaults[field]);
        return;
    }
    m_holdsConstant[static_cast<std::size_t>(index)] = 0;
    switch (c.type) {
    case Cell::Type::Int:
        m_stmt.bind(index, c.i);
        break;
    case Cell::Type::Real:
        m_stmt.bind(index, c.d);
        break;
    case Cell::Type::Text:
        bindText(index, c.s);
        break;
    case Cell::Type::Null:
        break;
    }
}

// Deals' one UNIQUE key besides the id (new, assigned by the caller) is ext_id.
Status EntityWriter::prepareKeyCheck()
{
    const FieldDef* key = findField(*m_def, "ext_id");
    if (!key)
        return Error::internal("deals without ext_id");
    m_keyField = static_cast<std::size_t>(key - m_def->fields.data());
    auto max = m_db->scalarText("SELECT max(ext_id) FROM deals");
    if (!max)
        return max.error();
    m_maxKey = *max;
    return {};
}

// OR FAIL: the rows kept cannot conflict (activities have no UNIQUE key; deals are kept only while
// their key ascends), so no statement journal is needed; a failure rolls the import back.
Status EntityWriter::prepareKept(const std::vector<std::string>& cols, const std::string& marks)
{
    auto max = m_db->scalarInt("SELECT COALESCE(MAX(id), 0) FROM " + std::string(m_def->table));
    if (!max)
        return max.error();
    m_nextId = max->value_or(0) + 1;
    std::string sql = "INSERT OR FAIL INTO " + std::string(m_def->table) + "(" + text::join(cols, ",") + ") VALUES ";
    for (int r = 0; r < kKept; ++r)
        sql += (r ? ",(" : "(") + marks + ")";
    auto st = m_db->prepare(sql);
    if (!st)
        return st.error();
    m_keptStmt = std::move(*st);
    m_kept.assign(kKept, RowValues {});
    m_keptCount = 0;
    m_params = static_cast<int>(cols.size());
    return {};
}

// The single-row statement's parameters, at `base`, pointing into `row` (kept alive by the caller).
void EntityWriter::bindRowAt(sqlite3_stmt* h, int base, const RowValues& row) const
{
    auto bind = [h](int k, const Cell& c) {
        if (c.type == Cell::Type::Int)
            sqlite3_bind_int64(h, k, c.i);
        else if (c.type == Cell::Type::Real)
            sqlite3_bind_double(h, k, c.d);
        else if (c.type == Cell::Type::Text)
            sqlite3_bind_text(h, k, c.s.data(), static_cast<int>(c.s.size()), SQLITE_STATIC);
        else
            sqlite3_bind_null(h, k);
    };
    int k = base + 1;
    if (m_explicitIds)
        sqlite3_bind_int64(h, k++, row.explicitId);
    for (std::size_t i = 0; i < m_def->fields.size(); ++i) {
        const FieldDef& f = m_def->fields[i];
        if (!m_omit[i])
            bind(k++, written(row, i));
        if (!f.rawColumn || m_omitRaw[i])
            continue;
        if (row.hasRaw[i])
            sqlite3_bind_text(h, k++, row.raws[i].data(), static_cast<int>(row.raws[i].size()), SQLITE_STATIC);
        else
            bind(k++, rawDefault(f));
    }
    bind(k, m_batchCell);
}

// Steps a statement of kept rows; the last row's id must be the one predicted.
Status EntityWriter::runKept(sqlite3_stmt* h, std::int64_t lastId)
{
    const int rc = sqlite3_step(h);
    sqlite3_reset(h);
    if (rc != SQLITE_DONE)
        return Error::internal(std::string("writing ") + m_def->table + ": " + m_db->lastError());
    if (m_db->lastInsertRowId() != lastId)
        return Error::internal(std::string("writing ") + m_def->table + ": row id "
            + std::to_string(m_db->lastInsertRowId()) + " where " + std::to_string(lastId) + " was expected");
    return {};
}

const Cell& EntityWriter::rawDefault(const FieldDef& f) const
{
    return std::string_view(f.rawColumn) == "pipeline_name" ? m_empty : m_null; // NOT NULL DEFAULT ''
}

std::optional<std::string_view> EntityWriter::writtenRaw(const RowValues& row, std::size_t field) const
{
    if (row.hasRaw[field])
        return row.raws[field];
    const Cell& c = rawDefault(m_def->fields[field]);
    return c.type == Cell::Type::Text ? std::optional<std::string_view>(c.s) : std::nullopt;
}

Status EntityWriter::keep(RowValues& row)
{
    if (!m_rowBound)
        return {};
    m_rowBound = false;
    RowValues& slot = m_kept[static_cast<std::size_t>(m_keptCount)];
    std::swap(slot.cells, row.cells); // the vectors' buffers move, the bound strings stay where they are
    std::swap(slot.raws, row.raws);
    std::swap(slot.hasRaw, row.hasRaw);
    slot.explicitId = row.explicitId;
    if (++m_keptCount < kKept)
        return {};
    const std::int64_t last = keptId(kKept - 1);
    m_keptCount = 0;
    return runKept(m_keptStmt.handle(), last);
}

// The id of kept row r: the caller's (explicit ids) or the one SQLite gives it.
std::int64_t EntityWriter::keptId(int r) const
{
    return m_explicitIds ? m_kept[static_cast<std::size_t>(r)].explicitId : m_nextId - m_keptCount + r;
}

Status EntityWriter::flush()
{
    for (int r = 0; r < m_keptCount; ++r) { // the last rows, one statement each
        sqlite3_reset(m_stmt.handle());
        bindRowAt(m_stmt.handle(), 0, m_kept[static_cast<std::size_t>(r)]);
        if (auto s = runKept(m_stmt.handle(), keptId(r)); !s)
            return s;
    }
    m_keptCount = 0;
    std::fill(m_holdsConstant.begin(), m_holdsConstant.end(), 0); // bound above: no constant held
    return {};
}

// A NULL key, or a text key above every key so far (SQLite's BINARY order is std::string's).
bool EntityWriter::cannotConflict(const RowValues& row)
{
    const Cell& key = row.cells[m_keyField];
    if (key.isNull())
        return true;
    if (key.type != Cell::Type::Text || (m_maxKey && key.s <= *m_maxKey))
        return false;
    m_maxKey = key.s;
    return true;
}

Status EntityWriter::write(const RowValues& row, std::int64_t& id, bool& duplicate)
{
    duplicate = false;
    if (m_keptStmt.handle() && (!m_explicitIds || cannotConflict(row))) {
        if (m_rowBound)
            return Error::internal("a row was written before the one before it was kept");
        bindRowAt(m_keptStmt.handle(), m_keptCount * m_params, row);
        id = m_explicitIds ? row.explicitId : m_nextId++;
        m_rowBound = true;
        return {};
    }
    if (m_keptStmt.handle()) // a deal that may be a duplicate: SQLite checks it against all before it
        if (auto s = flush(); !s)
            return s;
    m_stmt.reset();
    int k = 1;
    const bool managers = m_def->entity == Entity::Managers;
    if (m_explicitIds)
        m_stmt.bind(k++, row.explicitId);
    for (std::size_t i = 0; i < m_def->fields.size(); ++i) {
        const FieldDef& f = m_def->fields[i];
        if (managers && !m_bound[i])
            continue;
        if (managers && row.cells[i].isNull())
            bindConstant(k++, m_null); // keep what the project has
        else
            bindCell(k++, i, row.cells[i]);
        if (f.rawColumn && !managers) {
            if (row.hasRaw[i]) {
                m_holdsConstant[static_cast<std::size_t>(k)] = 0;
                bindText(k++, row.raws[i]);
            } else {
                bindConstant(k++, rawDefault(f));
            }
        }
    }
    bindConstant(k++, m_batchCell);
    if (managers) {
        m_holdsConstant[static_cast<std::size_t>(k)] = 0;
        m_stmt.bind(k++, row.managerId);
    } else if (m_def->entity == Entity::Clients) {
        const Cell& name = row.cells[1];
        m_holdsConstant[static_cast<std::size_t>(k)] = 0;
        name.isNull() ? m_stmt.bindNull(k++) : m_stmt.bind(k++, text::matchKey(name.s));
    }
    const int rc = sqlite3_step(m_stmt.handle());
    if (rc == SQLITE_DONE) {
        id = managers ? row.managerId : m_db->lastInsertRowId();
        return {};
    }
    const int ext = sqlite3_extended_errcode(m_db->handle());
    m_stmt.reset();
    if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY) {
        duplicate = true;
        return {};
    }
    return Error::internal(std::string("writing ") + m_def->table + ": " + m_db->lastError());
}

} // namespace sa::import
