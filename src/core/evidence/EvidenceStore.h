#pragma once
// Evidence notes (interviews, call listening, mystery shopping, documents, group sessions) tagged
// to criteria, with full-text search. Tables: evidence, evidence_criteria, evidence_fts.
// There are no triggers: every write here updates evidence_fts in the same transaction.
#include "common/Clock.h"
#include "common/Result.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sa::evidence {

enum class NoteKind { StaffInterview, ClientInterview, CallListening, MysteryShopper, Document, Session };

[[nodiscard]] const char* toString(NoteKind k) noexcept; ///< the schema value, e.g. "staff_interview"
[[nodiscard]] std::optional<NoteKind> parseNoteKind(std::string_view s) noexcept;
/// "staff_interview, client_interview, ..." for messages and --help.
[[nodiscard]] std::string noteKindList();

struct Note {
    std::int64_t id = 0;
    NoteKind kind = NoteKind::Document;
    std::string title;
    std::optional<LocalSeconds> date;
    std::string respondent;
    std::string role;
    std::string text;
    std::vector<std::string> criteria; ///< criterion ids, sorted
};

/// Checks a note before writing: non-empty title, valid UTF-8, criterion ids of the form "P4".
Status validateNote(const Note& note);

/// Inserts the note, its criterion tags and its FTS row in one transaction; returns the new id.
Result<std::int64_t> addNote(store::Connection& db, const Note& note, const Clock& clock);
/// Replaces the note `note.id` (text, tags and FTS row) in one transaction.
Status updateNote(store::Connection& db, const Note& note, const Clock& clock);
/// Deletes the note with its tags, FTS row and the answers' references to it (ON DELETE CASCADE).
Status deleteNote(store::Connection& db, std::int64_t id);

Result<std::optional<Note>> getNote(const store::Connection& db, std::int64_t id);
/// Notes tagged to `criterionId` (empty = all), by date then id.
Result<std::vector<Note>> listNotes(const store::Connection& db, const std::string& criterionId = {});
/// Which of `ids` exist; the rest are returned (for "unknown evidence id" messages).
Result<std::vector<std::int64_t>> missingNotes(const store::Connection& db, const std::vector<std::int64_t>& ids);

struct SearchHit {
    std::int64_t id = 0;
    NoteKind kind = NoteKind::Document;
    std::string title;
    std::optional<LocalSeconds> date;
    std::string snippet; ///< matched terms in [brackets]
};

/// Full-text search over title, text and respondent. Any user text is accepted (see FtsQuery.h);
/// an empty query is a usage error. Ranked by bm25, then id.
Result<std::vector<SearchHit>> searchNotes(const store::Connection& db, const std::string& query, int limit = 100);

} // namespace sa::evidence
