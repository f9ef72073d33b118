#include "NoteCommand.h"

#include "AuditDocument.h"
#include "store/Project.h"

#include <QCoreApplication>

namespace sa::app {

namespace {
QString title(const evidence::Note& n)
{
    return QString::fromStdString(n.title);
}
} // namespace

NoteCommand::NoteCommand(
    AuditDocument* doc, Op op, std::optional<evidence::Note> before, std::optional<evidence::Note> after)
    : m_doc(doc)
    , m_op(op)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_id(m_before ? m_before->id : 0)
{
}

NoteCommand* NoteCommand::add(AuditDocument* doc, const evidence::Note& note)
{
    auto* c = new NoteCommand(doc, Op::Add, std::nullopt, note);
    c->setText(QCoreApplication::translate("sa::app::NoteCommand", "Add note “%1”").arg(title(note)));
    return c;
}

NoteCommand* NoteCommand::edit(AuditDocument* doc, const evidence::Note& before, const evidence::Note& after)
{
    auto* c = new NoteCommand(doc, Op::Edit, before, after);
    c->setText(QCoreApplication::translate("sa::app::NoteCommand", "Edit note “%1”").arg(title(after)));
    return c;
}

NoteCommand* NoteCommand::remove(AuditDocument* doc, const evidence::Note& note)
{
    auto* c = new NoteCommand(doc, Op::Delete, note, std::nullopt);
    c->setText(QCoreApplication::translate("sa::app::NoteCommand", "Delete note “%1”").arg(title(note)));
    return c;
}

void NoteCommand::redo()
{
    finish(apply(true));
}

void NoteCommand::undo()
{
    finish(apply(false));
}

void NoteCommand::finish(const Status& s)
{
    if (!s) {
        setObsolete(true); // nothing was written (every step is one transaction or compensated)
        m_doc->reportError(describe(s.error()));
        return;
    }
    m_doc->notifyDataChanged(QStringLiteral("evidence"));
}

Status NoteCommand::apply(bool forward)
{
    if (!m_doc->project())
        return Error::usage("no audit is open");
    store::Connection& db = m_doc->project()->db();
    switch (m_op) {
    case Op::Edit: {
        evidence::Note n = forward ? *m_after : *m_before;
        n.id = m_id;
        return evidence::updateNote(db, n, m_doc->clock());
    }
    case Op::Add:
        if (!forward)
            return erase();
        if (m_row)
            return bringBack();
        {
            auto id = evidence::addNote(db, *m_after, m_doc->clock());
            if (!id)
                return id.error();
            m_id = *id;
            return {};
        }
    case Op::Delete:
        return forward ? erase() : bringBack();
    }
    return {};
}

Status NoteCommand::erase()
{
    store::Connection& db = m_doc->project()->db();
    auto note = evidence::getNote(db, m_id);
    if (!note)
        return note.error();
    if (!*note)
        return Error::rejected("no evidence note with id " + std::to_string(m_id));
    auto row = RowSnapshot::capture(db, QStringLiteral("evidence"), QStringLiteral("id = ?"), { qlonglong(m_id) });
    if (!row)
        return row.error();
    auto links = RowSnapshot::capture(
        db, QStringLiteral("assessment_evidence"), QStringLiteral("evidence_id = ?"), { qlonglong(m_id) });
    if (!links)
        return links.error();
    if (auto s = evidence::deleteNote(db, m_id); !s)
        return s;
    // What was deleted is what comes back (an add's note may have been edited meanwhile).
    (m_op == Op::Add ? m_after : m_before) = std::move(**note);
    m_row = std::move(*row);
    m_links = std::move(*links);
    return {};
}

Status NoteCommand::bringBack()
{
    store::Connection& db = m_doc->project()->db();
    {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto s = m_row->restore(db); !s)
            return s;
        if (auto s = m_links->restore(db); !s)
            return s;
        if (auto s = tx->commit(); !s)
            return s;
    }
    // Tags and the search row are written by the store's own code; if that fails the row goes again.
    const evidence::Note& n = m_op == Op::Add ? *m_after : *m_before;
    if (auto s = evidence::updateNote(db, n, m_doc->clock()); !s) {
        (void)evidence::deleteNote(db, m_id);
        return s;
    }
    return {};
}

} // namespace sa::app
