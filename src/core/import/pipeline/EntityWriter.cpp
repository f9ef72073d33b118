#include "EntityWriter.h"

#include "common/Text.h"

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
    std::vector<std::string> cols;
    if (m_explicitIds)
        cols.emplace_back("id");
    for (const auto& f : m_def->fields) {
        cols.emplace_back(f.column);
        if (f.rawColumn)
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
            if (auto s = prepareMany(cols, marks); !s)
                return s;
    }
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    m_stmt = std::move(*st);
    m_holdsConstant.assign(static_cast<std::size_t>(sqlite3_bind_parameter_count(m_stmt.handle())) + 1, 0);
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
Status EntityWriter::prepareMany(const std::vector<std::string>& cols, const std::string& marks)
{
    const FieldDef* key = findField(*m_def, "ext_id");
    if (!key)
        return Error::internal("deals without ext_id");
    m_keyField = static_cast<std::size_t>(key - m_def->fields.data());
    auto max = m_db->scalarText("SELECT max(ext_id) FROM deals");
    if (!max)
        return max.error();
    m_maxKey = *max;
    // OR FAIL: the rows cannot conflict (no statement journal needed); a failure rolls the import back.
    return m_rows.prepare(*m_db, "INSERT OR FAIL INTO deals(" + text::join(cols, ",") + ") VALUES ", "(" + marks + ")",
        static_cast<int>(cols.size()));
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

// The same parameters as the single-row statement's, as values kept until their statement runs.
Status EntityWriter::writeMany(const RowValues& row, std::int64_t& id)
{
    int k = 1;
    m_rows.at(k++).setInt(row.explicitId);
    for (std::size_t i = 0; i < m_def->fields.size(); ++i) {
        const FieldDef& f = m_def->fields[i];
        m_rows.at(k++) = row.cells[i].isNull() ? m_defaults[i] : row.cells[i];
        if (f.rawColumn) {
            Cell& raw = m_rows.at(k++);
            if (row.hasRaw[i])
                raw.setText(row.raws[i]);
            else
                raw = std::string_view(f.rawColumn) == "pipeline_name" ? m_empty : m_null;
        }
    }
    m_rows.at(k).setInt(m_batchCell.i);
    id = row.explicitId;
    return m_rows.add();
}

Status EntityWriter::write(const RowValues& row, std::int64_t& id, bool& duplicate)
{
    duplicate = false;
    if (m_rows.prepared()) {
        if (cannotConflict(row))
            return writeMany(row, id);
        if (auto s = m_rows.flush(); !s) // SQLite checks this row against all before it
            return s;
    }
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
                bindConstant(k++, std::string_view(f.rawColumn) == "pipeline_name" ? m_empty : m_null);
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
