#pragma once
// The evidence notes as a table: kind, title, date, respondent, role, tagged criteria. Filled from
// evidence::listNotes (all notes, or those of one criterion) or, with a search text, from the FTS5
// search (evidence::searchNotes) in rank order. Notes are few (tens to hundreds): read on the GUI thread.
#include "common/Result.h"
#include "evidence/EvidenceStore.h"

#include <QAbstractTableModel>

namespace sa::app {

class NoteListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Title, Date, Respondent, Role, Criteria, ColumnCount };
    enum Roles { NoteIdRole = Qt::UserRole + 1 };

    explicit NoteListModel(QObject* parent = nullptr);
    /// Reloads: notes tagged to `criterion` (empty = all) that match `search` (empty = no search).
    /// On error the model is emptied and the error returned.
    Status reload(const store::Connection& db, const QString& search, const QString& criterion);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const evidence::Note* note(int row) const;
    /// The row of note `id`, or -1.
    [[nodiscard]] int rowOf(std::int64_t id) const;
    /// The search snippet of a row (matched terms in [brackets]); empty without a search.
    [[nodiscard]] QString snippet(int row) const;

    /// "Staff interview", ... in the UI language.
    static QString kindText(evidence::NoteKind kind);
    static const std::vector<evidence::NoteKind>& kinds();

private:
    std::vector<evidence::Note> m_notes;
    std::vector<QString> m_snippets;
};

} // namespace sa::app
