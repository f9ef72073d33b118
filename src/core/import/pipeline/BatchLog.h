#pragma once
// import_batches and data_issues: the record of what each import brought and what it found.
#include "common/Result.h"
#include "import/Importer.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <optional>
#include <string>

namespace sa::import {

struct BatchHeader {
    std::string entity;
    std::string fileName;
    long long fileSize = 0;
    std::string sha256;
    std::string preset;
    std::string mappingJson;
    std::string sourceSystem;
    std::string encoding;
    std::string delimiter;
    LocalSeconds importedAt = 0;
};

/// One data-quality finding about one row.
struct IssueRecord {
    long long row = 0;
    std::string column;
    std::string raw;
    std::string reason;
    std::string severity; ///< info, warning, error
    std::string message;
    std::int64_t recordId = 0; ///< the imported row, 0 = not imported
};

class BatchLog {
public:
    explicit BatchLog(store::Connection& db)
        : m_db(db)
    {
    }
    /// The earlier batch of the same entity and file content, if any: (id, imported_at).
    Result<std::optional<std::pair<std::int64_t, LocalSeconds>>> findDuplicate(
        const std::string& entity, const std::string& sha256);
    /// Whether an earlier batch of the entity came from a file of `size` bytes (only then can the
    /// file's digest match one: an import need not wait for the digest otherwise).
    Result<bool> anyOfSize(const std::string& entity, long long size);
    /// Sets the open batch's digest (an import that started before its digest was known).
    Status setDigest(const std::string& sha256);
    /// Deletes an earlier batch's rows (clearing references to them first; the next relink
    /// restores those from *_ref), its issues and its import_batches row.
    Status deleteBatch(std::int64_t batchId, Entity entity);
    Result<std::int64_t> open(const BatchHeader& header);
    Status addIssue(const IssueRecord& issue);
    Status close(const ImportSummary& summary);

private:
    store::Connection& m_db;
    std::int64_t m_batch = 0;
    store::Statement m_issue;
    std::string m_entity;
};

} // namespace sa::import
