#pragma once
// A tabular source (CSV, XLSX sheet, Bitrix24 HTML-as-.xls) read as a stream of UTF-8 rows.
// Readers never hold the whole file in memory and never replace invalid bytes silently.
#include "common/Result.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sa::import {

struct SourceInfo {
    std::string path;
    std::string format; ///< "csv", "xlsx", "html-xls"
    std::string encoding; ///< "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1251", "koi8-r", "cp866", ...
    char delimiter = ','; ///< CSV only
    std::string sheet; ///< XLSX only: the sheet read
    long long bytes = 0; ///< file size
    long long footerRowsSkipped = 0; ///< trailing report footer lines dropped (Salesforce)
    bool trailingDelimiterDropped = false; ///< every line ended with the delimiter (Bitrix24)
    std::vector<std::string> notes; ///< leniencies applied, for the import summary
};

struct Row {
    long long number = 0; ///< 1-based record number in the file; the header is record 1
    std::vector<std::string> fields; ///< UTF-8; may be shorter or longer than the header (ragged)
};

class TableSource {
public:
    virtual ~TableSource() = default;
    /// Column names, trimmed; duplicates made unique as "Name", "Name (2)", ...
    [[nodiscard]] virtual const std::vector<std::string>& header() const = 0;
    /// The next data row: true = `row` filled, false = end. A structural problem (undecodable
    /// bytes, unterminated quote, zip/XML error) is an InputRejected Error with file, row, column.
    virtual Result<bool> next(Row& row) = 0;
    [[nodiscard]] virtual const SourceInfo& info() const = 0;
    /// Fraction of the input consumed, 0..1, for progress bars.
    [[nodiscard]] virtual double progress() const = 0;
};

/// Caps that stop hostile archives (XLSX). The defaults are the product's limits.
struct ReadLimits {
    long long maxZipEntries = 10'000;
    long long maxInflatedBytes = 1LL << 30; ///< all parts together, 1 GiB
    long long maxCompressionRatio = 200; ///< per entry, inflated : compressed
    long long maxSharedStringsBytes = 256LL << 20; ///< shared strings' text + 4 bytes a string, 256 MiB
};

struct OpenOptions {
    std::optional<std::string> sheet; ///< XLSX: sheet name; default the first sheet
    std::optional<char> delimiter; ///< CSV: force instead of detecting
    std::optional<std::string> encoding; ///< force instead of detecting
    std::size_t chunkSize = 0; ///< CSV/HTML read size in bytes; 0 = 1 MiB (tests use tiny chunks)
    ReadLimits limits; ///< XLSX caps; the defaults are the documented ones
};

/// Sniffs the format from the bytes (not the extension) and opens the right reader.
Result<std::unique_ptr<TableSource>> openTable(const std::string& path, const OpenOptions& options = {});

} // namespace sa::import
