#include "ImportSession.h"

#include "Relinker.h"
#include "RowPrefetcher.h"
#include "Sha256.h"
#include "common/Text.h"
#include "import/presets/Presets.h"

#include <filesystem>
#include <future>

namespace sa::import {

namespace {

bool isDateKind(FieldKind k)
{
    return k == FieldKind::Date || k == FieldKind::Month;
}
bool isNumberKind(FieldKind k)
{
    return k == FieldKind::Money || k == FieldKind::Integer || k == FieldKind::Real;
}

} // namespace

ImportSession::ImportSession(
    store::Project& project, ImportRequest request, const Clock& clock, Mode mode, int previewRows, ProgressFn progress)
    : m_project(project)
    , m_db(project.db())
    , m_req(std::move(request))
    , m_clock(clock)
    , m_mode(mode)
    , m_previewMax(previewRows)
    , m_progress(std::move(progress))
    , m_log(project.db())
{
    m_fileName = std::filesystem::path(m_req.file).filename().string();
}

Status ImportSession::prepareMapping()
{
    m_def = &entityDef(m_req.entity);
    const bool hasMapping = m_req.mappingJson || m_req.mappingFile;
    auto preset = presetMapping(m_req.preset, m_req.entity);
    if (!preset && !(hasMapping && findPreset(m_req.preset)))
        return preset.error();
    // A preset without this entity still lends its value rules when a mapping file says the rest.
    m_mapping = preset ? std::move(*preset) : *presetMapping("generic", m_req.entity);
    const PresetInfo* info = findPreset(m_req.preset);
    m_presetTitle = info->title;
    m_sourceSystem = info->sourceSystem;
    if (hasMapping) {
        auto file
            = m_req.mappingJson ? parseMappingFile(*m_req.mappingJson, "mapping") : loadMappingFile(*m_req.mappingFile);
        if (!file)
            return file.error();
        if (file->mapping.entity != m_req.entity)
            return Error::usage("the mapping file is for " + std::string(toString(file->mapping.entity)) + ", not "
                + toString(m_req.entity));
        m_mapping.overlay(file->mapping);
        m_mappingJson = file->json;
        if (!file->sourceSystem.empty())
            m_sourceSystem = file->sourceSystem;
    }
    auto audit = m_project.auditInfo();
    if (!audit)
        return audit.error();
    m_exponent = audit->currency.exponent;
    m_conv = std::make_unique<FieldConverter>(m_mapping, m_exponent);
    m_row.cells.assign(m_def->fields.size(), Cell {});
    m_row.raws.assign(m_def->fields.size(), std::string());
    m_row.hasRaw.assign(m_def->fields.size(), false);
    return {};
}

std::string ImportSession::bindingSourceName() const
{
    if (m_req.mappingFile)
        return "what the mapping file " + std::filesystem::path(*m_req.mappingFile).filename().string() + " describes";
    if (m_req.mappingJson)
        return "what the mapping describes";
    if (m_req.preset == "generic")
        return std::string("a ") + m_def->name + " file with canonical column names (use --mapping for other headers)";
    return "an " + m_presetTitle + " " + m_def->name + " export";
}

Result<std::unique_ptr<TableSource>> ImportSession::open() const
{
    OpenOptions o;
    o.sheet = m_req.sheet;
    o.delimiter = m_mapping.delimiter;
    o.encoding = m_mapping.encoding;
    return openTable(m_req.file, o);
}

bool ImportSession::reportProgress(double fraction, long long rows)
{
    return !m_progress || m_progress(fraction, rows);
}

Status ImportSession::decideFormats()
{
    namespace nz = normalise;
    for (auto& f : m_binding.fields) {
        std::string format;
        if (isDateKind(f.def->kind)) {
            if (f.dateHint == "mdy" || f.dateHint == "dmy" || f.dateHint == "ymd") {
                f.dateFormat.order = f.dateHint == "mdy" ? nz::DateOrder::MonthFirst : nz::DateOrder::DayFirst;
                f.dateFormat.separator = f.dateHint == "mdy" ? '/' : f.dateHint == "ymd" ? '-' : '.';
            } else if (f.dateHint == "serial") {
                f.dateFormat.excelSerial = true;
            } else {
                auto r = f.dateProfile.resolve();
                if (!r)
                    return Error::rejected("column " + f.header + ": " + r.error().message, m_fileName, 0, f.header);
                f.dateFormat = *r;
                if (!r->note.empty())
                    m_formatNotes.push_back(f.header + ": " + r->note);
            }
            format = f.dateFormat.describe();
        } else if (isNumberKind(f.def->kind)) {
            if (!f.decimalHint.empty()) {
                f.decimal = f.decimalHint == "." ? nz::DecimalSeparator::Dot : nz::DecimalSeparator::Comma;
            } else {
                auto r = f.numberProfile.resolve();
                if (!r)
                    return Error::rejected("column " + f.header + ": " + r.error().message, m_fileName, 0, f.header);
                f.decimal = *r;
            }
            format = std::string("decimal ") + nz::toString(f.decimal);
        }
        m_sum.columns.push_back({ f.def->name, f.column >= 0 ? f.header : "", f.constant, format });
    }
    m_sum.ignoredColumns = m_binding.ignored;
    return {};
}

Status ImportSession::startBatch(const std::string& sha256, long long size)
{
    if (m_mode != Mode::Preview && !sha256.empty()) {
        auto dup = m_log.findDuplicate(m_def->name, sha256);
        if (!dup)
            return dup.error();
        if (*dup && !m_req.replace)
            return Error::rejected("this file was already imported as " + std::string(m_def->name) + " (batch "
                    + std::to_string((*dup)->first) + ", " + formatDateTime((*dup)->second)
                    + "); use --replace to replace that import",
                m_fileName);
        if (*dup) {
            if (auto s = m_log.deleteBatch((*dup)->first, m_req.entity); !s)
                return s;
            m_sum.replacedBatch = (*dup)->first;
        }
    }
    BatchHeader h { m_def->name, m_fileName, size, sha256, m_req.preset, m_mappingJson, m_sourceSystem, m_sum.encoding,
        m_sum.delimiter, m_clock.now() };
    auto batch = m_log.open(h);
    if (!batch)
        return batch.error();
    m_batch = *batch;
    m_managers.setBatch(m_batch);
    for (auto s : { m_managers.load(m_db), m_stages.load(m_db, m_mapping), m_channels.load(m_db, m_mapping),
             registerImportFunctions(m_db) })
        if (!s)
            return s;
    if (auto s = loadRefIndexes(); !s) // before the stream: the conversion thread reads them
        return s;
    if (m_speculative)
        m_managersBefore = m_managers.dryCopy(); // to check the guess from the first rows at the end
    if (auto s = m_managers.prime(m_spellings); !s)
        return s;
    if (auto s = deferIndexes(m_def->table); !s)
        return s;
    std::vector<bool> bound(m_def->fields.size(), false);
    for (const auto& f : m_binding.fields)
        bound[static_cast<std::size_t>(f.fieldIndex)] = true;
    const bool derive = m_req.entity == Entity::Deals && m_mapping.deriveLeads;
    if (derive)
        if (auto s = prepareDerivedLeads(); !s)
            return s;
    if (auto s = beginRollups(); !s)
        return s;
    return m_writer.prepare(m_db, m_req.entity, m_batch, bound, derive);
}

// A large file into a table that is small next to it: drop the table's secondary indexes for the
// bulk insert and build them once at the end (a sort instead of millions of random b-tree
// inserts). Inside the transaction, so a rollback restores them.
Status ImportSession::deferIndexes(const std::string& table)
{
    constexpr long long kMinRows = 50000;
    if (m_mode == Mode::Preview || m_expectedRows < kMinRows)
        return {};
    auto existing = m_db.scalarInt("SELECT COUNT(*) FROM " + table);
    if (!existing)
        return existing.error();
    if (existing->value_or(0) > m_expectedRows)
        return {};
    auto st
        = m_db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");
    if (!st)
        return st.error();
    st->bind(1, table);
    std::vector<std::string> names;
    for (auto r = st->step(); r && *r; r = st->step()) {
        auto keep = table == m_def->table ? keepsNoRows(st->getText(1)) : Result<bool>(false);
        if (!keep)
            return keep.error();
        if (*keep)
            continue; // nothing to insert into it row by row, and nothing to scan at the end
        // Derived leads: their deal ids are the new deals' ids, above every id before, in order.
        if (table == "leads" && st->getText(1).ends_with("(deal_id)"))
            continue;
        if (const char* field = ascendingField(table, st->getText(1))) {
            if (auto s = keepWhileAscending(table, st->getText(0), st->getText(1), field); !s)
                return s;
            continue;
        }
        names.push_back(st->getText(0));
        m_deferredIndexes.push_back(st->getText(1));
    }
    for (const auto& name : names)
        if (auto s = m_db.exec("DROP INDEX \"" + name + "\""); !s)
            return s;
    return {};
}

// A partial index "... WHERE client_id IS NOT NULL" gets no row from this import when the file
// has no client column or the project no client yet: every client_id written is NULL (no default,
// and nothing but a clients import relinks them). Kept during the insert, it costs one NULL test
// per row instead of a scan of the whole table at the end (activities_client, deals_client).
Result<bool> ImportSession::keepsNoRows(const std::string& indexSql)
{
    const auto where = indexSql.rfind(" WHERE ");
    if (where == std::string::npos)
        return false;
    const std::string cond = indexSql.substr(where + 7);
    const FieldDef* client = nullptr;
    for (const auto& f : m_def->fields)
        if (f.kind == FieldKind::ClientRef && cond == std::string(f.column) + " IS NOT NULL")
            client = &f;
    if (!client || fieldDefault(m_def->entity, client->name))
        return false;
    if (!m_binding.field(client->name))
        return true;
    auto any = m_db.scalarInt("SELECT EXISTS (SELECT 1 FROM clients)");
    if (!any)
        return any.error();
    return any->value_or(1) == 0;
}

// Indexes whose key usually arrives in ascending order, in statements of many rows: activities by
// deal (grouped by deal, in the deals' order), deals and their derived leads by creation. Each key is
// then appended at the index's end, where the statement's cursor stays: cheaper than the sort at the
// end. Kept while that holds (checkAscending). Returns the field of the current row that is the key.
const char* ImportSession::ascendingField(const std::string& table, const std::string& sql) const
{
    const bool derive = m_req.entity == Entity::Deals && m_mapping.deriveLeads; // deals many per statement
    if (m_req.entity == Entity::Activities && table == "activities" && sql.ends_with("(deal_id)"))
        return "deal";
    if (derive && (table == "deals" || table == "leads") && sql.ends_with("(created_at)"))
        return "created_at"; // a derived lead's is its deal's
    return nullptr;
}

Status ImportSession::keepWhileAscending(
    const std::string& table, const std::string& name, const std::string& sql, const char* field)
{
    const FieldDef* f = findField(*m_def, field);
    const std::string column = sql.substr(sql.rfind('(') + 1, sql.size() - sql.rfind('(') - 2);
    auto max = m_db.scalarInt("SELECT MAX(\"" + column + "\") FROM " + table);
    if (!f || !max)
        return max ? Status(Error::internal("no field " + std::string(field))) : Status(max.error());
    m_ascending.push_back({ name, sql, static_cast<std::size_t>(f - m_def->fields.data()), max->value_or(0) });
    return {};
}

// At a key below the one before, the rows waiting are written, and that index is dropped and
// built at the end like the others.
Status ImportSession::checkAscending()
{
    for (std::size_t i = 0; i < m_ascending.size(); ++i) {
        AscendingIndex& a = m_ascending[i];
        const Cell& key = m_row.cells[a.field];
        if (key.type != Cell::Type::Int || key.i >= a.lastKey) {
            a.lastKey = key.type == Cell::Type::Int ? key.i : a.lastKey;
            continue;
        }
        if (auto s = m_writer.flush(); !s)
            return s;
        if (auto s = m_db.exec("DROP INDEX \"" + a.name + "\""); !s)
            return s;
        m_deferredIndexes.push_back(a.sql);
        m_ascending.erase(m_ascending.begin() + static_cast<std::ptrdiff_t>(i--));
    }
    return {};
}

// amoCRM has no lead entity: every deal gets a lead (spec §1.1) written beside it, with both
// ids assigned here so that neither row needs a second UPDATE.
Status ImportSession::prepareDerivedLeads()
{
    auto maxDeal = m_db.scalarInt("SELECT COALESCE(MAX(id), 0) FROM deals");
    auto maxLead = m_db.scalarInt("SELECT COALESCE(MAX(id), 0) FROM leads");
    if (!maxDeal)
        return maxDeal.error();
    if (!maxLead)
        return maxLead.error();
    m_nextDealId = maxDeal->value_or(0) + 1;
    m_nextLeadId = maxLead->value_or(0) + 1;
    if (auto s = deferIndexes("leads"); !s)
        return s;
    // Rows of their own only (new ids, no ext_id): nothing can conflict, so many per statement.
    return m_leadRows.prepare(m_db,
        "INSERT OR FAIL INTO leads(id, created_at, channel_id, channel_raw, owner_id, client_ref, client_id, deal_ref, "
        "deal_id, disqualified_at, disqualify_reason, derived, batch_id) VALUES ",
        "(?,?,?,?,?,?,?,?,?,?,?,1,?)", 12);
}

Status ImportSession::restoreIndexes()
{
    for (const auto& sql : m_deferredIndexes)
        if (auto s = m_db.exec(sql); !s)
            return s;
    m_deferredIndexes.clear();
    return {};
}

Result<ImportSummary> ImportSession::run()
{
    m_start = std::chrono::steady_clock::now();
    m_sum.file = m_req.file;
    m_sum.entity = toString(m_req.entity);
    m_sum.preset = m_req.preset;
    m_sum.dryRun = m_mode != Mode::Import;
    if (auto s = prepareMapping(); !s)
        return s.error();
    // The file's digest is computed beside the first pass (the machine has more than one core).
    std::atomic<bool> stopHashing { false };
    std::future<Result<FileDigest>> digest;
    if (m_mode != Mode::Preview)
        digest = std::async(
            std::launch::async, [file = m_req.file, &stopHashing] { return sha256File(file, &stopHashing); });
    // On an early return the hash is not needed: stop it before the future's destructor waits.
    struct StopOnExit {
        std::atomic<bool>& flag;
        ~StopOnExit() { flag = true; }
    } stopOnExit { stopHashing };
    if (auto s = firstPass(); !s)
        return s.error();
    if (auto s = decideFormats(); !s)
        return s.error();
    // Bulk-insert settings, restored below: a 128 MiB page cache, and no re-evaluation of the
    // schema's CHECK (x IN (...)) constraints, which SQLite 3.40 runs by building two temporary
    // b-trees per row; every enumerated value was validated against the same lists by
    // FieldConverter (EntitySchema's `allowed`) before it is bound.
    // Foreign keys are not re-checked either: every *_id written comes from an id map loaded from
    // the same tables in this transaction, and --replace clears references explicitly (BatchLog).
    auto oldCache = m_db.scalarInt("PRAGMA cache_size");
    auto oldFk = m_db.scalarInt("PRAGMA foreign_keys");
    (void)m_db.exec("PRAGMA cache_size = -131072; PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF");
    auto result = runInTransaction(digest);
    (void)m_db.exec("PRAGMA ignore_check_constraints = OFF");
    if (oldFk && *oldFk && **oldFk)
        (void)m_db.exec("PRAGMA foreign_keys = ON");
    if (oldCache && *oldCache)
        (void)m_db.exec("PRAGMA cache_size = " + std::to_string(**oldCache));
    return result;
}

} // namespace sa::import
