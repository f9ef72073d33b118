#pragma once
// One run of the pipeline over one file: first pass (column profiles, manager spellings),
// then the import pass inside one transaction, then the set-based steps (derived leads,
// relink, stage exits). Import commits; DryRun and Preview roll back.
#include "import/Importer.h"
#include "import/mapping/Mapping.h"
#include "import/pipeline/BatchLog.h"
#include "import/pipeline/ColumnBinding.h"
#include "import/pipeline/Directories.h"
#include "import/pipeline/EntityWriter.h"
#include "import/pipeline/FieldConverter.h"
#include "import/pipeline/ManagerDirectory.h"
#include "import/pipeline/MultiRowInsert.h"
#include "import/pipeline/RowPrefetcher.h"
#include "import/pipeline/Sha256.h"
#include "import/read/TableSource.h"
#include "rollup/AppendedActivities.h"
#include "rollup/AppendedDeals.h"
#include "rollup/Rollup.h"
#include "store/Project.h"

#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

namespace sa::import {

/// One source row converted (on the conversion thread): typed cells and its value issues.
struct ConvertedRow {
    long long number = 0;
    RowValues values;
    std::vector<IssueRecord> issues;
    bool skip = false; ///< a required value is missing or bad
};

class ImportSession {
public:
    enum class Mode { Import, DryRun, Preview };
    ImportSession(store::Project& project, ImportRequest request, const Clock& clock, Mode mode, int previewRows,
        ProgressFn progress);
    Result<ImportSummary> run();
    std::vector<PreviewRow>& previewRows() { return m_preview; }
    /// After run() failed: the single pass decided a column's format or the people behind the
    /// manager spellings from the first rows and the whole file disagreed. Nothing was kept;
    /// run a new session with forceTwoPasses().
    [[nodiscard]] bool needsTwoPasses() const { return m_needTwoPasses; }
    void forceTwoPasses() { m_twoPasses = true; }

private:
    Status prepareMapping();
    Result<std::unique_ptr<TableSource>> open() const;
    Status firstPass();
    bool ordersKnown() const;
    void observeRow(const Row& row);
    void countSpelling(std::string_view spelling);
    Status decideFormats();
    Status startBatch(const std::string& sha256, long long size);
    Status secondPass();
    Status streamRows();
    Status checkGuess();
    bool managersAgree() const;
    void takeReaderNotes(const TableSource& source);
    Result<ImportSummary> runInTransaction(std::future<Result<FileDigest>>& digest);
    Result<std::optional<FileDigest>> digestBeforeBatch(std::future<Result<FileDigest>>& digest, long long& size);
    Status importStream(
        const std::function<Result<bool>(Row&)>& nextRow, const std::function<double()>& progress, double progressFrom);
    void convertRow(const Row& row, ConvertedRow& out) const;
    void readField(const BoundField& f, const Row& row, ConvertedRow& out) const;
    Status importRow(ConvertedRow& row);
    Status resolveNames(bool& skip);
    Status resolveField(const BoundField& f, bool& skip);
    void resolveRef(const BoundField& f, ConvertedRow& out) const;
    [[nodiscard]] RefIndex& refIndex(FieldKind kind);
    [[nodiscard]] const RefIndex& refIndex(FieldKind kind) const;
    Status loadRefIndexes();
    void applyEntityRules();
    Result<std::int64_t> clientWithSameInn();
    Status storeRow(bool skip);
    void addIssue(const BoundField* f, std::string raw, const ValueIssue& issue, const char* severity);
    static void addIssue(std::vector<IssueRecord>& to, long long row, const BoundField* f, std::string raw,
        const ValueIssue& issue, const char* severity);
    Status finish();
    Status deferIndexes(const std::string& table);
    Result<bool> keepsNoRows(const std::string& indexSql);
    const char* ascendingField(const std::string& table, const std::string& sql) const;
    Status keepWhileAscending(
        const std::string& table, const std::string& name, const std::string& sql, const char* field);
    Status checkAscending();
    Status prepareDerivedLeads();
    Status writeDerivedLead(std::int64_t dealId);
    Status beginRollups();
    void followRow(std::int64_t id);
    [[nodiscard]] rollup::ActivityFacts activityFacts() const;
    [[nodiscard]] rollup::DealValues dealValues(std::int64_t id) const;
    void sealRollups();
    Result<rollup::Stored> storeRollups();
    Status restoreIndexes();
    bool reportProgress(double fraction, long long rows);
    void recordPreview(long long rowNumber);
    std::string bindingSourceName() const;

    store::Project& m_project;
    store::Connection& m_db;
    ImportRequest m_req;
    const Clock& m_clock;
    Mode m_mode;
    int m_previewMax;
    ProgressFn m_progress;
    std::chrono::steady_clock::time_point m_start;
    std::string m_fileName;

    EntityMapping m_mapping;
    std::string m_mappingJson = "{}";
    std::string m_sourceSystem;
    std::string m_presetTitle;
    const EntityDef* m_def = nullptr;
    ColumnBinding m_binding;
    SpellingCounts m_spellings;
    int m_exponent = 2;

    std::unique_ptr<FieldConverter> m_conv;
    ManagerDirectory m_managers;
    StageDirectory m_stages;
    ChannelDirectory m_channels;
    RefIndex m_dealIndex, m_clientIndex, m_leadIndex;
    std::unordered_map<std::string, std::int64_t> m_managerCache, m_channelCache;
    std::unordered_map<std::string, StageRef> m_stageCache;
    BatchLog m_log;
    EntityWriter m_writer;
    // Rollups kept in-stream when the import only appends rows (beginRollups).
    std::unique_ptr<rollup::AppendedActivities> m_appendedActivities;
    std::unique_ptr<rollup::AppendedDeals> m_appendedDeals;
    MultiRowInsert m_leadRows; ///< amoCRM-style deals: the lead derived from each deal
    std::int64_t m_nextDealId = 0; ///< with derived leads, deal and lead ids are assigned here
    std::int64_t m_nextLeadId = 0;
    std::int64_t m_batch = 0;

    RowValues m_row;
    std::string m_stageTerminal;
    std::vector<IssueRecord> m_issues;
    long long m_rowNo = 0;
    long long m_expectedRows = 0; ///< the file's rows, counted or (single pass) estimated
    // Single pass (docs/IMPORT.md "Speed"): the first rows are buffered until every date column's
    // order is decided, then imported with the rest of the stream; the formats and managers are
    // checked against the whole file at the end.
    std::unique_ptr<RowPrefetcher> m_rows;
    std::vector<Row> m_buffer;
    bool m_singlePass = false; ///< the import pass continues the first pass's stream
    bool m_speculative = false; ///< ... and decided from the first rows only (checked at the end)
    bool m_twoPasses = false;
    bool m_needTwoPasses = false;
    ManagerDirectory m_managersBefore; ///< the directory before this file's spellings (dry)
    std::vector<std::string> m_formatNotes;
    std::vector<std::string> m_deferredIndexes; ///< CREATE INDEX statements to run after the bulk insert
    struct AscendingIndex {
        std::string name, sql;
        std::size_t field; ///< the row's cell that is its key
        std::int64_t lastKey; ///< the largest key so far
    };
    std::vector<AscendingIndex> m_ascending; ///< indexes kept while their key ascends
    ImportSummary m_sum;
    std::vector<PreviewRow> m_preview;
};

} // namespace sa::import
