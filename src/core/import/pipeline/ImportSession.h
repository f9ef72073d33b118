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
#include "import/pipeline/Sha256.h"
#include "import/read/TableSource.h"
#include "store/Project.h"

#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace sa::import {

class ImportSession {
public:
    enum class Mode { Import, DryRun, Preview };
    ImportSession(store::Project& project, ImportRequest request, const Clock& clock, Mode mode, int previewRows,
        ProgressFn progress);
    Result<ImportSummary> run();
    std::vector<PreviewRow>& previewRows() { return m_preview; }

private:
    Status prepareMapping();
    Result<std::unique_ptr<TableSource>> open() const;
    Status firstPass();
    void observeRow(const Row& row);
    Status decideFormats();
    Status startBatch(const std::string& sha256, long long size);
    Status secondPass();
    Result<ImportSummary> runInTransaction(const FileDigest& digest);
    Status importRow(const Row& row);
    void readField(BoundField& f, const Row& row, bool& skip);
    Status resolveNames(bool& skip);
    Status resolveField(const BoundField& f, bool& skip);
    void applyEntityRules();
    Status storeRow(const Row& row, bool skip);
    void addIssue(const BoundField* f, std::string raw, const ValueIssue& issue, const char* severity);
    Status finish();
    Status deferIndexes(const std::string& table);
    Status prepareDerivedLeads();
    Status writeDerivedLead(std::int64_t dealId);
    Status restoreIndexes();
    bool reportProgress(double fraction, long long rows);
    void recordPreview(const Row& row);
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
    std::map<std::string, long long> m_spellings;
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
    store::Statement m_leadInsert; ///< amoCRM-style deals: the lead derived from each deal
    std::int64_t m_nextDealId = 0; ///< with derived leads, deal and lead ids are assigned here
    std::int64_t m_nextLeadId = 0;
    std::int64_t m_batch = 0;

    RowValues m_row;
    std::string m_stageTerminal;
    std::vector<IssueRecord> m_issues;
    long long m_rowNo = 0;
    long long m_firstPassRows = 0;
    std::vector<std::string> m_deferredIndexes; ///< CREATE INDEX statements to run after the bulk insert
    ImportSummary m_sum;
    std::vector<PreviewRow> m_preview;
};

} // namespace sa::import
