#pragma once
// The background half of EntityTableModel: the ordered, filtered list of row ids of one table,
// read on a worker thread through its own read-only connection to the project file.
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace sa::app {

struct RowIdRequest {
    QString path; ///< project file
    QString table;
    QString orderExpr; ///< SQL expression over alias t; empty = rowid order
    bool descending = false;
    QStringList filterExprs; ///< matched with OR; empty = no filter
    QString filterText; ///< substring, matched case-insensitively (ASCII and Cyrillic)
    /// Only these ids (sorted ascending), e.g. the rows behind a criterion; null = every row.
    /// Matched in memory while reading, so 100 000s of ids never become SQL literals.
    std::shared_ptr<const std::vector<std::int64_t>> onlyIds;
    quint64 generation = 0;
};

struct RowIdResult {
    std::vector<std::int64_t> ids;
    QString error; ///< empty on success
    qint64 elapsedMs = 0;
    quint64 generation = 0;
};

/// Runs the query; safe to call from any thread (opens and closes its own connection).
RowIdResult queryRowIds(const RowIdRequest& request);

} // namespace sa::app
