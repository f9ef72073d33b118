#include "RowIdQuery.h"

#include "common/Text.h"
#include "store/Project.h"
#include "store/Sqlite.h"

#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <sqlite3.h>

namespace sa::app {

namespace {

// sa_fold(x): case folding that also covers Cyrillic, which SQLite's LIKE does not.
void foldFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(ctx);
        return;
    }
    const std::string folded = text::foldCase(text);
    sqlite3_result_text(ctx, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

QString likePattern(const QString& text)
{
    QString escaped = QString::fromStdString(text::foldCase(text.toStdString()));
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString buildSql(const RowIdRequest& r)
{
    QString sql = QLatin1String("SELECT t.rowid FROM ") + r.table + QLatin1String(" t");
    if (!r.filterExprs.isEmpty() && !r.filterText.isEmpty()) {
        QStringList parts;
        for (const QString& e : r.filterExprs)
            parts << QLatin1String("sa_fold(") + e + QLatin1String(") LIKE ?1 ESCAPE '\\'");
        sql += QLatin1String(" WHERE ") + parts.join(QLatin1String(" OR "));
    }
    const QString dir = r.descending ? QStringLiteral(" DESC") : QString();
    if (!r.orderExpr.isEmpty())
        sql += QLatin1String(" ORDER BY ") + r.orderExpr + dir + QLatin1String(", t.rowid") + dir;
    else
        sql += QLatin1String(" ORDER BY t.rowid") + dir;
    return sql;
}

} // namespace

RowIdResult queryRowIds(const RowIdRequest& request)
{
    RowIdResult out;
    out.generation = request.generation;
    QElapsedTimer timer;
    timer.start();
    auto db = store::Connection::open(request.path.toStdString(), SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    Status s = db ? store::configureConnection(*db, store::OpenMode::ReadOnly) : Status(db.error());
    if (s)
        sqlite3_create_function(
            db->handle(), "sa_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &foldFunction, nullptr, nullptr);
    auto st = s ? db->prepare(buildSql(request).toStdString()) : Result<store::Statement>(s.error());
    if (!st) {
        out.error = QString::fromStdString(st.error().describe());
        return out;
    }
    if (!request.filterExprs.isEmpty() && !request.filterText.isEmpty())
        st->bind(1, likePattern(request.filterText).toStdString());
    for (;;) {
        auto row = st->step();
        if (!row) {
            out.error = QString::fromStdString(row.error().describe());
            out.ids.clear();
            break;
        }
        if (!*row)
            break;
        const std::int64_t id = st->getInt(0);
        if (!request.onlyIds || std::binary_search(request.onlyIds->begin(), request.onlyIds->end(), id))
            out.ids.push_back(id);
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace sa::app
