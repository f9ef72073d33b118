#pragma once
// The one prepared INSERT (or, for managers, UPDATE of the resolved person) of an import,
// reused for every row with integers bound directly.
#include "common/Result.h"
#include "import/pipeline/EntitySchema.h"
#include "import/pipeline/FieldConverter.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sa::import {

/// One row ready to write: a cell per EntityDef field plus the raw text of fields that keep it.
struct RowValues {
    std::vector<Cell> cells;
    std::vector<std::string> raws;
    std::vector<bool> hasRaw;
    std::int64_t managerId = 0; ///< managers entity: the person the row updates
    std::int64_t explicitId = 0; ///< with EntityWriter::prepare(explicitIds): the row's id
};

class EntityWriter {
public:
    /// `bound` lists the fields the file fills (managers: only those are updated).
    /// `explicitIds`: the caller assigns ids (RowValues::explicitId), e.g. to link derived leads in-stream.
    /// Deals with explicit ids are written kKept per statement (see keep()) while their ext_id keys
    /// ascend (a key above every key so far cannot be a duplicate); any other row is written alone,
    /// after the waiting ones, and SQLite's UNIQUE constraint decides as before.
    Status prepare(store::Connection& db, Entity entity, std::int64_t batchId, const std::vector<bool>& bound,
        bool explicitIds = false);
    /// Inserts the row; `duplicate` is set (and no error returned) when a UNIQUE key already exists.
    /// Rows may wait for their statement until the next write of a row alone, or flush().
    Status write(const RowValues& row, std::int64_t& id, bool& duplicate);
    /// Activities (no UNIQUE key; SQLite gives the ids, predicted and checked here) and deals whose
    /// key ascends (explicit ids) are bound in place, kKept rows per statement: a row written must
    /// stay alive until its statement runs, so the caller hands it over with keep() once done with it
    /// (swapped, not copied).
    Status keep(RowValues& row);
    /// Writes the rows still waiting.
    Status flush();
    /// The value stored for `field` of `row`: its cell, or the column's default.
    [[nodiscard]] const Cell& written(const RowValues& row, std::size_t field) const
    {
        return row.cells[field].isNull() ? m_defaults[field] : row.cells[field];
    }
    /// The text stored in the raw column of `field` (a field with one), NULL as nullopt.
    [[nodiscard]] std::optional<std::string_view> writtenRaw(const RowValues& row, std::size_t field) const;

private:
    const Cell& rawDefault(const FieldDef& f) const;
    Status omitUnbound();
    void bindCell(int index, std::size_t field, const Cell& c);
    Status prepareKeyCheck();
    bool cannotConflict(const RowValues& row);
    Status prepareKept(const std::vector<std::string>& cols, const std::string& marks);
    void bindRowAt(sqlite3_stmt* h, int base, const RowValues& row) const;
    Status runKept(sqlite3_stmt* h, std::int64_t lastId);
    [[nodiscard]] std::int64_t keptId(int r) const;
    void bindText(int index, const std::string& s);
    /// Binds the parameter's constant (a field's default, NULL, '') unless it still holds it:
    /// sqlite3_reset keeps bindings, so a column that stays empty is bound once per import.
    void bindConstant(int index, const Cell& c);
    store::Connection* m_db = nullptr;
    const EntityDef* m_def = nullptr;
    store::Statement m_stmt;
    std::vector<bool> m_bound;
    std::vector<Cell> m_defaults; ///< per field: the schema default as a typed cell, or Null
    std::vector<char> m_omit, m_omitRaw; ///< per field: its column / raw column is left out (omitUnbound)
    std::vector<char> m_holdsConstant; ///< per parameter: still bound to its constant
    Cell m_null, m_empty;
    Cell m_batchCell; ///< the import batch, the same for every row
    bool m_explicitIds = false;
    std::size_t m_keyField = 0; ///< the field of the table's one UNIQUE key (ext_id)
    std::optional<std::string> m_maxKey; ///< the largest key in the table (BINARY order)
    static constexpr int kKept = 32;
    store::Statement m_keptStmt; ///< activities, and deals whose key ascends: kKept rows per statement
    std::vector<RowValues> m_kept; ///< the rows bound into m_keptStmt, alive until it runs
    int m_keptCount = 0, m_params = 0;
    bool m_rowBound = false; ///< write() bound a row that keep() has not taken yet
    std::int64_t m_nextId = 0; ///< the id SQLite gives the next row (max(id) + 1)
};

} // namespace sa::import
