#include "NoteListModel.h"

#include "ValueFormat.h"

#include <QStringList>
#include <algorithm>
#include <unordered_map>

namespace sa::app {

using evidence::NoteKind;

NoteListModel::NoteListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

const std::vector<NoteKind>& NoteListModel::kinds()
{
    static const std::vector<NoteKind> all = { NoteKind::StaffInterview, NoteKind::ClientInterview,
        NoteKind::CallListening, NoteKind::MysteryShopper, NoteKind::Document, NoteKind::Session };
    return all;
}

QString NoteListModel::kindText(NoteKind kind)
{
    switch (kind) {
    case NoteKind::StaffInterview:
        return tr("Staff interview");
    case NoteKind::ClientInterview:
        return tr("Client interview");
    case NoteKind::CallListening:
        return tr("Call listening");
    case NoteKind::MysteryShopper:
        return tr("Mystery shopper");
    case NoteKind::Document:
        return tr("Document review");
    case NoteKind::Session:
        return tr("Group session");
    }
    return {};
}

Status NoteListModel::reload(const store::Connection& db, const QString& search, const QString& criterion)
{
    beginResetModel();
    m_notes.clear();
    m_snippets.clear();
    auto notes = evidence::listNotes(db, criterion.toStdString());
    if (!notes) {
        endResetModel();
        return notes.error();
    }
    if (search.trimmed().isEmpty()) {
        m_notes = std::move(*notes);
        m_snippets.resize(m_notes.size());
        endResetModel();
        return {};
    }
    auto hits = evidence::searchNotes(db, search.toStdString());
    if (!hits) {
        endResetModel();
        return hits.error();
    }
    // Keep the search's rank order; the criterion filter drops notes not tagged to it.
    std::unordered_map<std::int64_t, evidence::Note*> byId;
    for (auto& n : *notes)
        byId.emplace(n.id, &n);
    for (const auto& h : *hits) {
        const auto it = byId.find(h.id);
        if (it == byId.end())
            continue;
        m_notes.push_back(std::move(*it->second));
        m_snippets.push_back(QString::fromStdString(h.snippet));
    }
    endResetModel();
    return {};
}

void NoteListModel::clear()
{
    beginResetModel();
    m_notes.clear();
    m_snippets.clear();
    endResetModel();
}

int NoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NoteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const evidence::Note* NoteListModel::note(int row) const
{
    return row >= 0 && size_t(row) < m_notes.size() ? &m_notes[size_t(row)] : nullptr;
}

int NoteListModel::rowOf(std::int64_t id) const
{
    const auto it = std::find_if(m_notes.begin(), m_notes.end(), [id](const auto& n) { return n.id == id; });
    return it == m_notes.end() ? -1 : int(it - m_notes.begin());
}

QString NoteListModel::snippet(int row) const
{
    return row >= 0 && size_t(row) < m_snippets.size() ? m_snippets[size_t(row)] : QString();
}

QVariant NoteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const evidence::Note& n = m_notes[size_t(index.row())];
    if (role == NoteIdRole)
        return qlonglong(n.id);
    if (role == Qt::ToolTipRole) // cells are elided in the table
        return index.column() == Title && !snippet(index.row()).isEmpty() ? snippet(index.row())
                                                                          : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return kindText(n.kind);
    case Title:
        return QString::fromStdString(n.title);
    case Date:
        return n.date ? dateText(*n.date) : QString();
    case Respondent:
        return QString::fromStdString(n.respondent);
    case Role:
        return QString::fromStdString(n.role);
    case Criteria: {
        QStringList ids;
        for (const auto& c : n.criteria)
            ids << QString::fromStdString(c);
        return ids.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Date:
        return tr("Date");
    case Respondent:
        return tr("Respondent");
    case Role:
        return tr("Role");
    case Criteria:
        return tr("Criteria");
    default:
        return {};
    }
}

} // namespace sa::app
