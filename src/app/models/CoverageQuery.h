#pragma once
// Data coverage of an audit for the Overview: rows and dates per entity, import batches and the
// count of data-quality issues. Read on a worker thread through its own read-only Project.
#include "common/DateTime.h"

#include <QList>
#include <QString>
#include <optional>

namespace sa::app {

struct EntityCoverage {
    QString table;
    qint64 rows = 0;
    std::optional<LocalSeconds> first, last; ///< the period the rows' main date spans
};

struct BatchInfo {
    qint64 id = 0;
    QString entity, fileName, preset;
    qint64 rowsImported = 0, rowsWithIssues = 0;
    LocalSeconds importedAt = 0;
};

struct Coverage {
    QList<EntityCoverage> entities;
    QList<BatchInfo> batches;
    qint64 issues = 0;
    QString error; ///< empty on success
};

/// Opens `path` read-only (store::Project::open) and reads the coverage.
Coverage queryCoverage(const QString& path);

} // namespace sa::app
