#pragma once
// Helpers for the reader tests: write bytes to a temp file, read a whole table.
#include "TestSupport.h"
#include "import/read/TableSource.h"

#include <fstream>
#include <string>
#include <vector>

namespace sa::test {

struct Table {
    std::vector<std::string> header;
    std::vector<import::Row> rows;
    import::SourceInfo info;
};

inline std::string writeBytes(const TempDir& dir, const std::string& name, const std::string& bytes)
{
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

/// Opens and reads every row; the error of openTable or next() otherwise.
inline Result<Table> readTable(const std::string& path, const import::OpenOptions& options = {})
{
    auto src = import::openTable(path, options);
    if (!src)
        return src.error();
    Table t;
    t.header = (*src)->header();
    import::Row row;
    for (;;) {
        auto got = (*src)->next(row);
        if (!got)
            return got.error();
        if (!*got)
            break;
        t.rows.push_back(row);
    }
    t.info = (*src)->info();
    return t;
}

inline bool hasNote(const import::SourceInfo& info, const std::string& fragment)
{
    for (const auto& n : info.notes)
        if (n.find(fragment) != std::string::npos)
            return true;
    return false;
}

} // namespace sa::test
