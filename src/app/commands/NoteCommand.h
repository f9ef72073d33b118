#pragma once
// One undoable edit of an evidence note: add, edit or delete (core evidence::addNote / updateNote /
// deleteNote). A deleted note comes back with its id, timestamps, tags, search row and the checklist
// answers' references to it, so later undo steps that name the note stay valid.
#include "RowSnapshot.h"
#include "evidence/EvidenceStore.h"

#include <QUndoCommand>
#include <optional>

namespace sa::app {

class AuditDocument;

class NoteCommand : public QUndoCommand {
public:
    static NoteCommand* add(AuditDocument* doc, const evidence::Note& note);
    static NoteCommand* edit(AuditDocument* doc, const evidence::Note& before, const evidence::Note& after);
    static NoteCommand* remove(AuditDocument* doc, const evidence::Note& note);

    void redo() override;
    void undo() override;
    /// The note's id (known after the first redo of an add).
    [[nodiscard]] std::int64_t noteId() const { return m_id; }

private:
    enum class Op { Add, Edit, Delete };
    NoteCommand(AuditDocument* doc, Op op, std::optional<evidence::Note> before, std::optional<evidence::Note> after);
    Status apply(bool forward);
    Status erase();
    Status bringBack();
    void finish(const Status& s);

    AuditDocument* m_doc;
    Op m_op;
    std::optional<evidence::Note> m_before, m_after;
    std::int64_t m_id = 0;
    std::optional<RowSnapshot> m_row, m_links; ///< the evidence row and assessment_evidence rows
};

} // namespace sa::app
