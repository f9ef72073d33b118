// Opening a received project file: the header checks, quick_check, the exact-schema check and
// the dbstat pass of ProjectValidator, then (if it opens) the reads every command starts with.
#include "store/Project.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sa::store;
    static const std::string path = "/tmp/sa-fuzz-project-" + std::to_string(::getpid()) + ".sqlite";
    std::remove((path + "-journal").c_str()); // no hot journal from an earlier input
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return 0;
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    for (OpenMode mode : { OpenMode::ReadOnly, OpenMode::ReadWrite }) {
        auto project = Project::open(path, mode);
        if (!project) {
            (void)project.error().describe();
            continue;
        }
        (void)project->auditInfo();
        (void)project->entityCounts();
        (void)project->schemaVersion();
    }
    return 0;
}
