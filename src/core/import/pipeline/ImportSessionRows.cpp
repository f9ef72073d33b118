// ImportSession, second half: one row at a time, then the set-based finish.
#include "ImportSession.h"
#include "Relinker.h"
#include "Sha256.h"
#include "common/Text.h"
#include "rollup/Rollup.h"

#include <filesystem>
#include <unordered_set>

namespace sa::import {

namespace {

bool isRefKind(FieldKind k)
{
    return k == FieldKind::DealRef || k == FieldKind::ClientRef || k == FieldKind::LeadRef;
}

/// Names the session resolves through a directory that may create the row (on its own thread).
bool isDirectoryKind(FieldKind k)
{
    return k == FieldKind::Manager || k == FieldKind::Stage || k == FieldKind::Channel;
}

bool isNameKind(FieldKind k)
{
    return isDirectoryKind(k) || isRefKind(k);
}

// "-1234.50": minor units as a plain decimal for previews.
std::string plainMoney(std::int64_t minor, int exponent)
{
    const bool negative = minor < 0;
    std::string digits = std::to_string(negative ? -(minor + 1) + 1 : minor);
    if (exponent > 0) {
        if (digits.size() <= static_cast<std::size_t>(exponent))
            digits.insert(0, static_cast<std::size_t>(exponent) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(exponent), ".");
    }
    return negative ? "-" + digits : digits;
}

std::size_t clientsInnField()
{
    static const auto inn = static_cast<std::size_t>(fieldIndex(entityDef(Entity::Clients), "inn"));
    return inn;
}

} // namespace

// The digest is needed up front only when an earlier batch of this entity has the file's size (the
// duplicate check); otherwise the import runs while the hash finishes (about 0.5 s at 500 MB).
Result<std::optional<FileDigest>> ImportSession::digestBeforeBatch(
    std::future<Result<FileDigest>>& digest, long long& size)
{
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(m_req.file, ec);
    size = ec ? 0 : static_cast<long long>(bytes);
    if (!digest.valid())
        return std::optional<FileDigest> {};
    auto same = ec ? Result<bool>(true) : m_log.anyOfSize(m_def->name, size);
    if (!same)
        return same.error();
    if (!*same)
        return std::optional<FileDigest> {};
    auto d = digest.get();
    if (!d)
        return d.error();
    size = d->size;
    return std::optional<FileDigest> { std::move(*d) };
}

Result<ImportSummary> ImportSession::runInTransaction(std::future<Result<FileDigest>>& digest)
{
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    long long size = 0;
    auto early = digestBeforeBatch(digest, size);
    if (!early)
        return early.error();
    if (auto s = startBatch(*early ? (*early)->sha256 : std::string(), size); !s)
        return s.error();
    if (auto s = secondPass(); !s)
        return s.error();
    if (auto s = m_writer.flush(); !s)
        return s.error();
    if (auto s = m_leadRows.prepared() ? m_leadRows.flush() : Status {}; !s)
        return s.error();
    sealRollups(); // packed beside the index builds
    if (auto s = finish(); !s)
        return s.error();
    auto stored = storeRollups();
    if (!stored)
        return stored.error();
    if (auto s = m_mode == Mode::Import ? rollup::afterWrite(m_db, m_def->table, *stored) : Status {}; !s)
        return s.error();
    if (digest.valid()) {
        auto d = digest.get();
        if (!d)
            return d.error();
        if (auto s = m_log.setDigest(d->sha256); !s)
            return s.error();
    }
    if (!reportProgress(1.0, m_sum.rowsRead))
        return Error::cancelled();
    if (m_mode == Mode::Import) {
        if (auto s = tx->commit(); !s)
            return s.error();
        m_sum.batchId = m_batch;
    }
    return m_sum;
}

// Thread-safe against the session's own thread: reads the binding and the converter only (the
// converter's enum cache is used by this one thread while a stream runs).
void ImportSession::convertRow(const Row& row, ConvertedRow& out) const
{
    out.number = row.number;
    const std::size_t n = m_def->fields.size();
    out.values.cells.resize(n);
    out.values.raws.resize(n);
    out.values.hasRaw.assign(n, false);
    for (auto& c : out.values.cells)
        c.setNull();
    out.issues.clear();
    out.skip = false;
    for (const auto& f : m_binding.fields)
        readField(f, row, out);
    for (const auto& f : m_binding.fields)
        if (isRefKind(f.def->kind) && !out.values.cells[static_cast<std::size_t>(f.fieldIndex)].isNull())
            resolveRef(f, out);
}

// References to rows of other tables resolve here, on the conversion thread: the indexes were
// loaded before the stream (loadRefIndexes) and nothing changes them while it runs.
void ImportSession::resolveRef(const BoundField& f, ConvertedRow& out) const
{
    const auto idx = static_cast<std::size_t>(f.fieldIndex);
    Cell& c = out.values.cells[idx];
    // The text moves to the raw column (*_ref; previews show it): the cell becomes an id, or NULL.
    std::swap(out.values.raws[idx], c.s);
    out.values.hasRaw[idx] = true;
    const std::string& name = out.values.raws[idx];
    const RefIndex& index = refIndex(f.def->kind);
    if (const std::int64_t id = index.find(name)) {
        c.setInt(id);
        return;
    }
    c.setNull();
    if (!index.empty())
        addIssue(out.issues, out.number, &f, name,
            { "unknown_reference", "no such " + std::string(f.def->name) + " '" + name + "' in the project" },
            "warning");
}

RefIndex& ImportSession::refIndex(FieldKind kind)
{
    return kind == FieldKind::DealRef ? m_dealIndex : kind == FieldKind::ClientRef ? m_clientIndex : m_leadIndex;
}

const RefIndex& ImportSession::refIndex(FieldKind kind) const
{
    return const_cast<ImportSession*>(this)->refIndex(kind);
}

Status ImportSession::loadRefIndexes()
{
    for (const auto& f : m_binding.fields) {
        const FieldKind kind = f.def->kind;
        RefIndex& index = refIndex(kind);
        if (!isRefKind(kind) || index.loaded())
            continue;
        const char* table = kind == FieldKind::DealRef ? "deals" : kind == FieldKind::ClientRef ? "clients" : "leads";
        if (auto s = index.load(m_db, table, kind == FieldKind::ClientRef); !s)
            return s;
    }
    return {};
}

Status ImportSession::importRow(ConvertedRow& row)
{
    m_rowNo = row.number;
    ++m_sum.rowsRead;
    std::swap(m_row.cells, row.values.cells);
    std::swap(m_row.raws, row.values.raws);
    std::swap(m_row.hasRaw, row.values.hasRaw);
    std::swap(m_issues, row.issues);
    m_stageTerminal.clear();
    bool skip = row.skip;
    if (auto s = resolveNames(skip); !s)
        return s;
    applyEntityRules();
    if (auto s = storeRow(skip); !s)
        return s;
    if (m_mode == Mode::Preview)
        recordPreview(row.number);
    return m_writer.keep(m_row); // rows written many per statement live on until it runs
}

void ImportSession::readField(const BoundField& f, const Row& row, ConvertedRow& out) const
{
    std::string_view text;
    if (f.column < 0)
        text = f.constant;
    else if (static_cast<std::size_t>(f.column) < row.fields.size())
        text = row.fields[static_cast<std::size_t>(f.column)];
    const std::string_view t = trimField(text);
    const auto idx = static_cast<std::size_t>(f.fieldIndex);
    Cell& c = out.values.cells[idx];
    const bool needed = f.needed;
    if (m_conv->isNull(*f.def, t)) {
        if (needed) {
            addIssue(out.issues, out.number, &f, std::string(t),
                { "missing_required", std::string(f.def->name) + " is required" }, "error");
            out.skip = true;
        }
        return;
    }
    ValueIssue issue;
    if (!m_conv->convert(f, t, c, issue)) {
        c.setNull();
        addIssue(out.issues, out.number, &f, std::string(t), issue, needed ? "error" : "warning");
        out.skip = out.skip || needed;
        return;
    }
    if (f.def->kind == FieldKind::Enum && f.def->rawColumn) {
        out.values.raws[idx].assign(t.data(), t.size());
        out.values.hasRaw[idx] = true;
    }
}

Status ImportSession::resolveNames(bool& skip)
{
    for (const auto& f : m_binding.fields)
        if (isDirectoryKind(f.def->kind) && !m_row.cells[static_cast<std::size_t>(f.fieldIndex)].isNull())
            if (auto s = resolveField(f, skip); !s)
                return s;
    return {};
}

Status ImportSession::resolveField(const BoundField& f, bool& /*skip*/)
{
    const auto idx = static_cast<std::size_t>(f.fieldIndex);
    Cell& c = m_row.cells[idx];
    const FieldKind kind = f.def->kind;
    // The text moves to the raw column (the writer stores it where the field has one; previews show
    // it): the cell becomes an id, or NULL.
    std::swap(m_row.raws[idx], c.s);
    m_row.hasRaw[idx] = true;
    const std::string& name = m_row.raws[idx];
    if (kind == FieldKind::Manager) {
        auto it = m_managerCache.find(name);
        if (it == m_managerCache.end()) {
            auto id = m_managers.resolve(name);
            if (!id)
                return id.error();
            it = m_managerCache.emplace(name, *id).first;
        }
        c.setInt(it->second);
        return {};
    }
    if (kind == FieldKind::Stage) {
        auto it = m_stageCache.find(name);
        if (it == m_stageCache.end()) {
            auto ref = m_stages.resolve(name);
            if (!ref)
                return ref.error();
            if (ref->unlisted)
                addIssue(&f, name,
                    { "unknown_stage",
                        "stage '" + name + "' is not in the " + m_presetTitle + " stage list (" + ref->terminal
                            + ", ordered after the known stages); "
                              "confirm its order and won/lost" },
                    "info");
            it = m_stageCache.emplace(name, StageRef { ref->id, ref->terminal, false }).first;
        }
        m_stageTerminal = it->second.terminal;
        c.setInt(it->second.id);
        return {};
    }
    if (kind == FieldKind::Channel) {
        auto it = m_channelCache.find(name);
        if (it == m_channelCache.end()) {
            auto id = m_channels.resolve(name);
            if (!id)
                return id.error();
            it = m_channelCache.emplace(name, *id).first;
        }
        c.setInt(it->second);
        return {};
    }
    return Error::internal(std::string("no resolver for field ") + f.def->name);
}

void ImportSession::applyEntityRules()
{
    if (m_req.entity != Entity::Deals)
        return;
    static const int status = fieldIndex(entityDef(Entity::Deals), "status");
    static const int closed = fieldIndex(entityDef(Entity::Deals), "closed_at");
    static const int expected = fieldIndex(entityDef(Entity::Deals), "expected_close_date");
    Cell& st = m_row.cells[static_cast<std::size_t>(status)];
    Cell& cl = m_row.cells[static_cast<std::size_t>(closed)];
    Cell& ex = m_row.cells[static_cast<std::size_t>(expected)];
    if (st.isNull())
        st.setText(m_stageTerminal == "won" || m_stageTerminal == "lost" ? m_stageTerminal : "open");
    if (st.s != "open" && cl.isNull()) {
        const BoundField* f = m_binding.field("closed_at");
        addIssue(f, "", { "closed_without_date", "a " + st.s + " deal without a close date" }, "warning");
    } else if (st.s == "open" && !cl.isNull()) {
        // An open deal's "close date" is the planned one (amoCRM fills it in advance).
        if (ex.isNull())
            ex.setInt(cl.i);
        cl.setNull();
    }
}

void ImportSession::addIssue(const BoundField* f, std::string raw, const ValueIssue& issue, const char* severity)
{
    addIssue(m_issues, m_rowNo, f, std::move(raw), issue, severity);
}

void ImportSession::addIssue(std::vector<IssueRecord>& to, long long row, const BoundField* f, std::string raw,
    const ValueIssue& issue, const char* severity)
{
    IssueRecord r;
    r.row = row;
    r.column = f ? (f->column >= 0 ? f->header : std::string(f->def->name)) : std::string();
    r.raw = std::move(raw);
    r.reason = issue.reason;
    r.severity = severity;
    r.message = issue.message;
    to.push_back(std::move(r));
}

// Clients: one row per ИНН (spec §1.1). A row whose ИНН is already in the project, or met
// earlier in the file, is the same company: it is not written again (duplicate_inn, pointing
// at the client kept). Returns that client's id, or 0.
Result<std::int64_t> ImportSession::clientWithSameInn()
{
    const Cell& c = m_row.cells[clientsInnField()];
    if (c.isNull())
        return std::int64_t { 0 };
    if (!m_clientIndex.loaded())
        if (auto s = m_clientIndex.load(m_db, "clients", true); !s)
            return s.error();
    const std::int64_t kept = m_clientIndex.findInn(c.s);
    if (kept)
        addIssue(m_binding.field("inn"), c.s,
            { "duplicate_inn", "the same ИНН as client #" + std::to_string(kept) + "; the row is not imported again" },
            "warning");
    return kept;
}

Status ImportSession::storeRow(bool skip)
{
    std::int64_t id = 0;
    if (!skip && m_req.entity == Entity::Clients) {
        auto same = clientWithSameInn();
        if (!same)
            return same.error();
        skip = *same != 0;
        id = *same;
    }
    if (!skip && m_req.entity == Entity::Managers) {
        auto person = m_managers.resolve(m_row.cells[1].s);
        if (!person)
            return person.error();
        m_row.managerId = *person;
    }
    const bool derive = m_leadRows.prepared() && !skip;
    static const std::size_t leadField = static_cast<std::size_t>(fieldIndex(entityDef(Entity::Deals), "lead"));
    const bool newLead = derive && m_row.cells[leadField].isNull();
    if (derive) {
        m_row.explicitId = m_nextDealId;
        if (newLead)
            m_row.cells[leadField].setInt(m_nextLeadId);
    }
    if (!skip) {
        if (auto s = checkAscending(); !s)
            return s;
        bool duplicate = false;
        if (auto s = m_writer.write(m_row, id, duplicate); !s)
            return s;
        if (derive && !duplicate) {
            ++m_nextDealId;
            if (newLead)
                if (auto s = writeDerivedLead(id); !s)
                    return s;
        }
        if (!duplicate)
            followRow(id);
        if (m_req.entity == Entity::Clients && !duplicate)
            m_clientIndex.addInn(m_row.cells[clientsInnField()].isNull() ? "" : m_row.cells[clientsInnField()].s, id);
        if (duplicate) {
            addIssue(nullptr, m_row.cells[0].isNull() ? "" : m_row.cells[0].s,
                { "duplicate_id", "a row with the same key is already in the project" }, "error");
            skip = true;
            id = 0;
        }
    }
    skip ? ++m_sum.rowsSkipped : ++m_sum.rowsImported;
    bool counted = false;
    for (auto& issue : m_issues) {
        issue.recordId = id;
        ++m_sum.issuesByReason[issue.reason];
        if (issue.severity == "info")
            continue;
        if (!counted)
            ++m_sum.rowsWithIssues;
        counted = true;
        if (m_req.strict && m_speculative) { // the error may come from the formats guessed: decide exactly
            m_needTwoPasses = true;
            return Error::internal("--strict: a row-level error in a single-pass import");
        }
        if (m_req.strict)
            return Error::rejected(issue.message + " (--strict: rows with value errors reject the file)", m_fileName,
                issue.row, issue.column);
    }
    for (const auto& issue : m_issues)
        if (auto s = m_log.addIssue(issue); !s)
            return s;
    return {};
}

Status ImportSession::writeDerivedLead(std::int64_t dealId)
{
    // Lost with a non-target reason (spec §2): the lead was disqualified, not a lost opportunity.
    static const std::unordered_set<std::string> nonTarget { "не целевой", "нецелевой", "спам", "дубль",
        "ошибка контакта", "not target", "duplicate", "spam" };
    // Field positions in the deals definition, looked up once.
    static const auto at
        = [](const char* name) { return static_cast<std::size_t>(fieldIndex(entityDef(Entity::Deals), name)); };
    static const std::size_t kLossReason = at("loss_reason"), kStatus = at("status"), kCreated = at("created_at"),
                             kChannel = at("channel"), kOwner = at("owner"), kClient = at("client"),
                             kExtId = at("ext_id"), kClosed = at("closed_at");
    auto cell = [&](std::size_t i) -> const Cell& { return m_row.cells[i]; };
    auto setRaw = [&](Cell& to, std::size_t i) { m_row.hasRaw[i] ? to.setText(m_row.raws[i]) : to.setNull(); };
    const Cell& reason = cell(kLossReason);
    const bool disqualified
        = cell(kStatus).s == "lost" && !reason.isNull() && nonTarget.count(text::matchKey(reason.s));
    auto& lead = m_leadRows;
    lead.at(1).setInt(m_nextLeadId);
    lead.at(2) = cell(kCreated);
    lead.at(3) = cell(kChannel);
    setRaw(lead.at(4), kChannel);
    lead.at(5) = cell(kOwner);
    setRaw(lead.at(6), kClient);
    lead.at(7) = cell(kClient);
    lead.at(8) = cell(kExtId);
    lead.at(9).setInt(dealId);
    lead.at(10) = disqualified ? cell(kClosed) : Cell {};
    lead.at(11) = disqualified ? reason : Cell {};
    lead.at(12).setInt(m_batch);
    ++m_nextLeadId;
    ++m_sum.derivedLeads;
    return m_leadRows.add();
}

Status ImportSession::finish()
{
    if (m_mode == Mode::Preview)
        return {};
    if (auto s = restoreIndexes(); !s)
        return s;
    auto relinked = relinkAfter(m_db, m_req.entity);
    if (!relinked)
        return relinked.error();
    m_sum.relinked = *relinked;
    if (m_req.entity == Entity::StageHistory || m_req.entity == Entity::Deals)
        if (auto s = fillStageExits(m_db); !s)
            return s;
    m_sum.newManagers = m_managers.created();
    m_sum.newStages = m_stages.created();
    m_sum.newChannels = m_channels.created();
    m_sum.durationMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_start).count();
    return m_log.close(m_sum);
}

void ImportSession::recordPreview(long long rowNumber)
{
    PreviewRow p;
    p.rowNumber = rowNumber;
    for (std::size_t i = 0; i < m_def->fields.size(); ++i) {
        const FieldDef& f = m_def->fields[i];
        const Cell& c = m_row.cells[i];
        std::string shown;
        if (c.type == Cell::Type::Text)
            shown = c.s;
        else if (c.type == Cell::Type::Real)
            shown = std::to_string(c.d);
        else if (c.type == Cell::Type::Int && (f.kind == FieldKind::Date || f.kind == FieldKind::Month))
            shown = formatDateTime(c.i, true);
        else if (c.type == Cell::Type::Int && f.kind == FieldKind::Money)
            shown = plainMoney(c.i, m_exponent);
        else if (c.type == Cell::Type::Int)
            shown = (isNameKind(f.kind) ? "#" : "") + std::to_string(c.i);
        if (m_row.hasRaw[i])
            shown = m_row.raws[i] + (shown.empty() ? "" : " → " + shown);
        const bool bound = m_binding.field(f.name) != nullptr;
        if (bound || !shown.empty())
            p.values.emplace_back(f.name, shown);
    }
    for (const auto& issue : m_issues)
        p.issues.push_back((issue.column.empty() ? "" : issue.column + ": ") + issue.message);
    m_preview.push_back(std::move(p));
}

} // namespace sa::import
