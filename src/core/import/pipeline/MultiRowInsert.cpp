#include "MultiRowInsert.h"

#include <sqlite3.h>

namespace sa::import {

Status MultiRowInsert::prepare(store::Connection& db, std::string head, std::string row, int params)
{
    m_db = &db;
    m_head = std::move(head);
    m_row = std::move(row);
    m_params = params;
    m_rows = 0;
    m_values.assign(static_cast<std::size_t>(kRows * params), Cell {});
    auto st = prepareFor(kRows);
    if (!st)
        return st.error();
    m_full = std::move(*st);
    return {};
}

Result<store::Statement> MultiRowInsert::prepareFor(int rows) const
{
    std::string sql = m_head;
    sql.reserve(m_head.size() + static_cast<std::size_t>(rows) * (m_row.size() + 1));
    for (int r = 0; r < rows; ++r)
        (sql += r ? "," : "") += m_row;
    return m_db->prepare(sql);
}

Status MultiRowInsert::add()
{
    if (++m_rows < kRows)
        return {};
    return write(m_full, kRows);
}

Status MultiRowInsert::flush()
{
    if (m_rows == 0)
        return {};
    auto st = prepareFor(m_rows);
    if (!st)
        return st.error();
    return write(*st, m_rows);
}

Status MultiRowInsert::write(store::Statement& st, int rows)
{
    sqlite3_stmt* h = st.handle();
    sqlite3_reset(h);
    const int n = rows * m_params;
    for (int k = 0; k < n; ++k) {
        const Cell& c = m_values[static_cast<std::size_t>(k)];
        switch (c.type) {
        case Cell::Type::Int:
            sqlite3_bind_int64(h, k + 1, c.i);
            break;
        case Cell::Type::Real:
            sqlite3_bind_double(h, k + 1, c.d);
            break;
        case Cell::Type::Text: // m_values outlives the step
            sqlite3_bind_text(h, k + 1, c.s.data(), static_cast<int>(c.s.size()), SQLITE_STATIC);
            break;
        case Cell::Type::Null:
            sqlite3_bind_null(h, k + 1);
            break;
        }
    }
    m_rows = 0;
    return st.run();
}

} // namespace sa::import
