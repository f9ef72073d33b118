#pragma once
// An INSERT that writes many rows per statement: "INSERT INTO t(...) VALUES (...),(...),…".
// A single-row INSERT opens its table's and unique indexes' cursors, seeks each b-tree from the
// root and closes everything again for every row; with kRows rows per statement the cursors stay
// open and positioned at the end, where rows with ascending ids are appended (docs/PERFORMANCE.md,
// "Import", fifth round: −30 % of the instructions per row for a table with a UNIQUE column).
// For rows that cannot conflict only: any failure is an error of the whole statement.
#include "common/Result.h"
#include "import/pipeline/FieldConverter.h"
#include "store/Sqlite.h"

#include <string>
#include <vector>

namespace sa::import {

class MultiRowInsert {
public:
    static constexpr int kRows = 32;
    /// `head` = "INSERT INTO t(a,b,c) VALUES ", `row` = one row's "(?,?,1,?)" with `params` parameters.
    Status prepare(store::Connection& db, std::string head, std::string row, int params);
    /// The current row's parameter k (1-based), to be set before add().
    Cell& at(int k) { return m_values[static_cast<std::size_t>(m_rows * m_params + k - 1)]; }
    /// The current row is complete; writes the statement when kRows rows are waiting.
    Status add();
    /// Writes the rows still waiting (a statement prepared for their number).
    Status flush();
    [[nodiscard]] int waiting() const { return m_rows; }
    [[nodiscard]] bool prepared() const { return m_full.handle() != nullptr; }

private:
    Result<store::Statement> prepareFor(int rows) const;
    Status write(store::Statement& st, int rows);
    store::Connection* m_db = nullptr;
    std::string m_head, m_row;
    int m_params = 0;
    int m_rows = 0; ///< rows waiting
    std::vector<Cell> m_values; ///< kRows × params, owned here until written (bound without a copy)
    store::Statement m_full;
};

} // namespace sa::import
