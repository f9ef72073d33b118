#pragma once
// A read-only view of a zip archive (an .xlsx) that refuses hostile archives before and while
// inflating: entry count, total inflated size and per-entry compression ratio are capped
// (ReadLimits), encrypted entries and entry names with ".." or absolute paths are refused.
// Entries are streamed from the file; nothing is extracted to disk.
#include "common/Result.h"
#include "import/read/TableSource.h"

#include <map>
#include <memory>
#include <string>

struct zip;
struct zip_file;

namespace sa::import::read {

class ZipEntryStream;

class ZipArchive {
public:
    /// Opens and vets the central directory (all caps except the ones only inflating can show).
    static Result<std::unique_ptr<ZipArchive>> open(const std::string& path, const ReadLimits& limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    [[nodiscard]] bool has(const std::string& name) const { return m_entries.count(name) > 0; }
    /// Streams one entry; reading enforces its declared size and the ratio cap.
    Result<std::unique_ptr<ZipEntryStream>> openEntry(const std::string& name);
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

private:
    ZipArchive() = default;
    Status vet(long long index, long long& total);

    struct Entry {
        long long index = 0;
        long long size = 0;
        long long compressed = 0;
    };
    zip* m_zip = nullptr;
    std::string m_path;
    ReadLimits m_limits;
    std::map<std::string, Entry> m_entries;
};

class ZipEntryStream {
public:
    ZipEntryStream(zip_file* f, std::string archive, std::string name, long long size, long long maxBytes);
    ~ZipEntryStream();
    ZipEntryStream(const ZipEntryStream&) = delete;
    ZipEntryStream& operator=(const ZipEntryStream&) = delete;

    /// Up to n inflated bytes; 0 = end of the entry.
    Result<std::size_t> read(char* buf, std::size_t n);
    [[nodiscard]] long long size() const noexcept { return m_size; }
    [[nodiscard]] long long consumed() const noexcept { return m_read; }
    [[nodiscard]] const std::string& name() const noexcept { return m_name; }

private:
    zip_file* m_file;
    std::string m_archive;
    std::string m_name;
    long long m_size;
    long long m_maxBytes;
    long long m_read = 0;
};

} // namespace sa::import::read
