#pragma once
// The hot row loop of the readers that walk whole tables (metrics loader, rollup builders): the
// callback is a template parameter, inlined per row, where Statement::step() would return a
// Result per row and a std::function would add an indirect call.
#include "store/Sqlite.h"

#include <sqlite3.h>
#include <string>

namespace sa::store {

/// Steps `st` to its end, calling fn(sqlite3_stmt*) per row; an SQLite error names `what`.
template <class Fn> Status eachRow(const Connection& db, Statement& st, Fn&& fn, const char* what = "the project")
{
    sqlite3_stmt* h = st.handle();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(h)) == SQLITE_ROW)
        fn(h);
    if (rc != SQLITE_DONE)
        return Error::internal(std::string("reading ") + what + " failed: " + db.lastError());
    return {};
}

} // namespace sa::store
