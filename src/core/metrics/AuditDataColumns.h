#pragma once
// Internal: column access for the loaders' row callbacks (AuditDataLoader, rollup::ActivityAgg).
//
// Through sqlite3_column_value: one column lookup per value instead of one for the type and another
// for the value (2-3 library calls saved per nullable column and row). The value is "unprotected",
// which only matters for a connection shared between threads: each reader connection here is used
// by one thread at a time.
#include "metrics/AuditData.h"

#include <optional>
#include <sqlite3.h>
#include <string_view>

namespace sa::metrics {

inline void keepMax(LocalSeconds& slot, LocalSeconds t)
{
    slot = (slot == kNoTime || t > slot) ? t : slot;
}
inline void keepMin(LocalSeconds& slot, LocalSeconds t)
{
    slot = (slot == kNoTime || t < slot) ? t : slot;
}

} // namespace sa::metrics

namespace sa::metrics::columns {

inline sqlite3_value* col(sqlite3_stmt* st, int c)
{
    return sqlite3_column_value(st, c);
}
inline std::int64_t i64(sqlite3_stmt* st, int c)
{
    return sqlite3_column_int64(st, c);
}
inline bool isNull(sqlite3_stmt* st, int c)
{
    return sqlite3_column_type(st, c) == SQLITE_NULL;
}
inline std::optional<std::int64_t> optInt(sqlite3_stmt* st, int c)
{
    sqlite3_value* v = col(st, c);
    return sqlite3_value_type(v) == SQLITE_NULL ? std::nullopt : std::optional(sqlite3_value_int64(v));
}
inline LocalSeconds timeOr(sqlite3_stmt* st, int c)
{
    return optInt(st, c).value_or(kNoTime);
}
inline std::string_view text(sqlite3_value* v)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(v))) : std::string_view();
}
inline std::string_view text(sqlite3_stmt* st, int c)
{
    return text(col(st, c));
}
inline std::optional<Minor> optMinor(sqlite3_stmt* st, int c)
{
    return optInt(st, c);
}
/// Row of a referenced id column (kNone for NULL or an id `index` does not know).
template <class Index> Row ref(sqlite3_stmt* st, int c, Index& index)
{
    const auto id = optInt(st, c);
    return id ? index.find(*id) : kNone;
}
/// Interned text, kNone for NULL.
inline Row intern(sqlite3_stmt* st, int c, Dictionary& dict)
{
    sqlite3_value* v = col(st, c);
    return sqlite3_value_type(v) == SQLITE_NULL ? kNone : dict.intern(text(v));
}

} // namespace sa::metrics::columns
