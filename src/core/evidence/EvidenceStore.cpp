#include "EvidenceStore.h"

#include "FtsQuery.h"
#include "common/Text.h"

#include <algorithm>
#include <array>

namespace sa::evidence {

namespace {

constexpr std::array<std::pair<NoteKind, const char*>, 6> kKinds = { {
    { NoteKind::StaffInterview, "staff_interview" },
    { NoteKind::ClientInterview, "client_interview" },
    { NoteKind::CallListening, "call_listening" },
    { NoteKind::MysteryShopper, "mystery_shopper" },
    { NoteKind::Document, "document" },
    { NoteKind::Session, "session" },
} };

bool isCriterionId(const std::string& s)
{
    return s.size() == 2 && std::string("PMCLS").find(s[0]) != std::string::npos && s[1] >= '1' && s[1] <= '9';
}

/// Writes the FTS row of a note (delete first: the same transaction keeps index and table in step).
Status writeFts(store::Connection& db, const Note& n)
{
    auto del = db.prepare("DELETE FROM evidence_fts WHERE rowid = ?");
    if (!del)
        return del.error();
    if (auto s = del->bind(1, n.id).run(); !s)
        return s;
    auto ins = db.prepare("INSERT INTO evidence_fts(rowid, title, body, respondent) VALUES (?, ?, ?, ?)");
    if (!ins)
        return ins.error();
    return ins->bind(1, n.id)
        .bind(2, normaliseForIndex(n.title))
        .bind(3, normaliseForIndex(n.text))
        .bind(4, normaliseForIndex(n.respondent + (n.role.empty() ? "" : " " + n.role)))
        .run();
}

Status writeTags(store::Connection& db, const Note& n)
{
    auto del = db.prepare("DELETE FROM evidence_criteria WHERE evidence_id = ?");
    if (!del)
        return del.error();
    if (auto s = del->bind(1, n.id).run(); !s)
        return s;
    auto ins = db.prepare("INSERT OR IGNORE INTO evidence_criteria(evidence_id, criterion_id) VALUES (?, ?)");
    if (!ins)
        return ins.error();
    for (const auto& c : n.criteria) {
        ins->reset();
        if (auto s = ins->bind(1, n.id).bind(2, c).run(); !s)
            return s;
    }
    return {};
}

Note readNote(const store::Statement& st)
{
    Note n;
    n.id = st.getInt(0);
    n.kind = parseNoteKind(st.getText(1)).value_or(NoteKind::Document);
    n.title = st.getText(2);
    n.date = st.getOptInt(3);
    n.respondent = st.getText(4);
    n.role = st.getText(5);
    n.text = st.getText(6);
    return n;
}

Status loadTags(const store::Connection& db, Note& n)
{
    auto st = db.prepare("SELECT criterion_id FROM evidence_criteria WHERE evidence_id = ? ORDER BY criterion_id");
    if (!st)
        return st.error();
    st->bind(1, n.id);
    for (auto r = st->step();; r = st->step()) {
        if (!r)
            return r.error();
        if (!*r)
            return {};
        n.criteria.push_back(st->getText(0));
    }
}

} // namespace

const char* toString(NoteKind k) noexcept
{
    for (const auto& [kind, name] : kKinds)
        if (kind == k)
            return name;
    return "document";
}

std::optional<NoteKind> parseNoteKind(std::string_view s) noexcept
{
    for (const auto& [kind, name] : kKinds)
        if (s == name)
            return kind;
    return std::nullopt;
}

std::string noteKindList()
{
    std::string out;
    for (const auto& [kind, name] : kKinds)
        out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

Status validateNote(const Note& n)
{
    if (text::trim(n.title).empty())
        return Error::rejected("a note needs a title");
    for (const auto* field : { &n.title, &n.text, &n.respondent, &n.role })
        if (!text::isValidUtf8(*field))
            return Error::rejected("the note contains text that is not valid UTF-8");
    for (const auto& c : n.criteria)
        if (!isCriterionId(c))
            return Error::rejected("\"" + c + "\" is not a criterion id (expected e.g. P4)");
    return {};
}

Result<std::int64_t> addNote(store::Connection& db, const Note& note, const Clock& clock)
{
    if (auto v = validateNote(note); !v)
        return v.error();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto ins = db.prepare("INSERT INTO evidence(kind, title, date, respondent, role, body, created_at, updated_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins)
        return ins.error();
    const auto now = clock.now();
    if (auto s = ins->bind(1, toString(note.kind))
                     .bind(2, std::string(text::trim(note.title)))
                     .bind(3, note.date)
                     .bind(4, note.respondent)
                     .bind(5, note.role)
                     .bind(6, note.text)
                     .bind(7, now)
                     .bind(8, now)
                     .run();
        !s)
        return s.error();
    Note written = note;
    written.id = db.lastInsertRowId();
    written.title = std::string(text::trim(note.title));
    if (auto s = writeTags(db, written); !s)
        return s.error();
    if (auto s = writeFts(db, written); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return written.id;
}

Status updateNote(store::Connection& db, const Note& note, const Clock& clock)
{
    if (auto v = validateNote(note); !v)
        return v;
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto up = db.prepare("UPDATE evidence SET kind = ?, title = ?, date = ?, respondent = ?, role = ?, body = ?,"
                         " updated_at = ? WHERE id = ?");
    if (!up)
        return up.error();
    if (auto s = up->bind(1, toString(note.kind))
                     .bind(2, note.title)
                     .bind(3, note.date)
                     .bind(4, note.respondent)
                     .bind(5, note.role)
                     .bind(6, note.text)
                     .bind(7, clock.now())
                     .bind(8, note.id)
                     .run();
        !s)
        return s;
    if (db.changes() == 0)
        return Error::rejected("no evidence note with id " + std::to_string(note.id));
    if (auto s = writeTags(db, note); !s)
        return s;
    if (auto s = writeFts(db, note); !s)
        return s;
    return tx->commit();
}

Status deleteNote(store::Connection& db, std::int64_t id)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    for (const char* sql :
        { "DELETE FROM evidence_fts WHERE rowid = ?", "DELETE FROM evidence_criteria WHERE evidence_id = ?",
            "DELETE FROM assessment_evidence WHERE evidence_id = ?", "DELETE FROM evidence WHERE id = ?" }) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        if (auto s = st->bind(1, id).run(); !s)
            return s;
    }
    if (db.changes() == 0)
        return Error::rejected("no evidence note with id " + std::to_string(id));
    return tx->commit();
}

Result<std::optional<Note>> getNote(const store::Connection& db, std::int64_t id)
{
    auto st = db.prepare("SELECT id, kind, title, date, respondent, role, body FROM evidence WHERE id = ?");
    if (!st)
        return st.error();
    auto r = st->bind(1, id).step();
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<Note>();
    Note n = readNote(*st);
    if (auto s = loadTags(db, n); !s)
        return s.error();
    return std::optional<Note>(std::move(n));
}

Result<std::vector<Note>> listNotes(const store::Connection& db, const std::string& criterionId)
{
    auto st
        = db.prepare("SELECT id, kind, title, date, respondent, role, body FROM evidence e WHERE ?1 = ''"
                     " OR EXISTS (SELECT 1 FROM evidence_criteria c WHERE c.evidence_id = e.id AND c.criterion_id = ?1)"
                     " ORDER BY date, id");
    if (!st)
        return st.error();
    st->bind(1, criterionId);
    std::vector<Note> out;
    for (auto r = st->step();; r = st->step()) {
        if (!r)
            return r.error();
        if (!*r)
            break;
        out.push_back(readNote(*st));
    }
    for (auto& n : out)
        if (auto s = loadTags(db, n); !s)
            return s.error();
    return out;
}

Result<std::vector<std::int64_t>> missingNotes(const store::Connection& db, const std::vector<std::int64_t>& ids)
{
    auto st = db.prepare("SELECT 1 FROM evidence WHERE id = ?");
    if (!st)
        return st.error();
    std::vector<std::int64_t> missing;
    for (auto id : ids) {
        st->reset();
        auto r = st->bind(1, id).step();
        if (!r)
            return r.error();
        if (!*r)
            missing.push_back(id);
    }
    return missing;
}

Result<std::vector<SearchHit>> searchNotes(const store::Connection& db, const std::string& query, int limit)
{
    const auto fts = toFtsQuery(query);
    if (fts.empty())
        return Error::usage("the search query holds no word");
    auto st = db.prepare("SELECT e.id, e.kind, e.title, e.date, snippet(evidence_fts, 1, '[', ']', '…', 12)"
                         " FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid"
                         " WHERE evidence_fts MATCH ? ORDER BY bm25(evidence_fts), e.id LIMIT ?");
    if (!st)
        return st.error();
    st->bind(1, fts).bind(2, limit);
    std::vector<SearchHit> hits;
    for (auto r = st->step();; r = st->step()) {
        if (!r)
            return r.error();
        if (!*r)
            break;
        hits.push_back({ st->getInt(0), parseNoteKind(st->getText(1)).value_or(NoteKind::Document), st->getText(2),
            st->getOptInt(3), st->getText(4) });
    }
    return hits;
}

} // namespace sa::evidence
