#pragma once
// The readers work on files: each fuzz input is written to one per-process temp file.
#include "import/read/TableSource.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace sa::fuzz {

inline const std::string& tempPath()
{
    static const std::string path = "/tmp/sa-fuzz-" + std::to_string(::getpid()) + ".bin";
    return path;
}

inline void writeInput(const std::uint8_t* data, std::size_t size)
{
    std::FILE* f = std::fopen(tempPath().c_str(), "wb");
    if (!f)
        return;
    std::fwrite(data, 1, size, f);
    std::fclose(f);
}

/// Opens the temp file and reads every row; what happens is irrelevant as long as nothing crashes.
inline void readAll(const import::OpenOptions& options)
{
    auto src = import::openTable(tempPath(), options);
    if (!src)
        return;
    import::Row row;
    for (;;) {
        auto got = (*src)->next(row);
        if (!got || !*got)
            break;
        (void)(*src)->progress();
    }
}

} // namespace sa::fuzz
