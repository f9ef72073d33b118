#include "EvidenceView.h"

#include "AuditDocument.h"
#include "ScoreService.h"
#include "commands/NoteCommand.h"
#include "evidence/NoteEditor.h"
#include "evidence/NoteListModel.h"
#include "models/ScorecardModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace sa::app {

EvidenceView::EvidenceView(AuditDocument* doc, ScoreService* scores, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_scores(scores)
    , m_model(new NoteListModel(this))
    , m_debounce(new QTimer(this))
{
    auto* split = new QSplitter(this);
    split->addWidget(buildList());
    split->addWidget(buildEditor());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 600, 400 }); // the list gets the larger part
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &EvidenceView::reload);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_criterion, &QComboBox::currentIndexChanged, this, &EvidenceView::reload);
    connect(m_doc, &AuditDocument::opened, this, [this] {
        m_shown = 0;
        m_editor->setNote({});
        reload();
    });
    connect(m_doc, &AuditDocument::closed, this, [this] {
        m_model->clear();
        m_editor->setNote({});
        updateButtons();
    });
    connect(m_doc, &AuditDocument::dataChanged, this, [this](const QString& table) {
        if (!m_saving && (table.isEmpty() || table == QLatin1String("evidence")))
            reload();
    });
    connect(m_scores, &ScoreService::scored, this, &EvidenceView::fillCriteria);
    fillCriteria();
    updateButtons();
}

QWidget* EvidenceView::buildList()
{
    auto* box = new QWidget(this);
    m_search = new QLineEdit(box);
    m_search->setPlaceholderText(tr("Search the notes (Russian or English)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the notes"));
    m_criterion = new QComboBox(box);
    m_criterion->setAccessibleName(tr("Criterion"));
    m_criterion->addItem(tr("All criteria"), QString());
    m_view = new QTableView(box);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(NoteListModel::Title, QHeaderView::Stretch);
    m_count = new QLabel(box);
    m_snippet = new QLabel(box);
    m_snippet->setWordWrap(true);
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New note"), box);
    m_delete = new QPushButton(tr("&Delete note"), box);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_criterion, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_new);
    bottom->addWidget(m_delete);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_snippet);
    layout->addLayout(bottom);
    connectList();
    return box;
}

void EvidenceView::connectList()
{
    auto* del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &EvidenceView::deleteCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidenceView::currentChanged);
    connect(m_new, &QPushButton::clicked, this, &EvidenceView::newNote);
    connect(m_delete, &QPushButton::clicked, this, &EvidenceView::deleteCurrent);
}

QWidget* EvidenceView::buildEditor()
{
    auto* box = new QWidget(this);
    m_editorTitle = new QLabel(box);
    QFont bold = m_editorTitle->font();
    bold.setBold(true);
    m_editorTitle->setFont(bold);
    m_editor = new NoteEditor([this] { return m_scores->setup() ? &m_scores->setup()->catalogue : nullptr; }, box);
    m_save = new QPushButton(tr("&Save note"), box);
    m_save->setToolTip(tr("Save the note (Ctrl+Return); Ctrl+Z undoes it."));
    m_revert = new QPushButton(tr("Re&vert"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editorTitle);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), box);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &EvidenceView::save);
    connect(m_save, &QPushButton::clicked, this, &EvidenceView::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { select(m_shown); });
    connect(m_editor, &NoteEditor::modifiedChanged, this, &EvidenceView::updateButtons);
    connect(m_editor, &NoteEditor::criterionActivated, this, &EvidenceView::criterionActivated);
    return box;
}

void EvidenceView::fillCriteria()
{
    const auto setup = m_scores->setup();
    if (!setup || m_criterion->count() > 1)
        return;
    const QSignalBlocker block(m_criterion);
    for (const auto& c : setup->catalogue.criteria)
        m_criterion->addItem(QString::fromStdString(c.id) + QStringLiteral("  ") + ScorecardModel::localized(c.name),
            QString::fromStdString(c.id));
}

void EvidenceView::reload()
{
    if (!m_doc->project())
        return;
    m_reloading = true;
    const Status s = m_model->reload(m_doc->project()->db(), m_search->text(), m_criterion->currentData().toString());
    m_reloading = false;
    m_count->setText(s ? tr("%n note(s)", nullptr, m_model->rowCount()) : describe(s.error()));
    fitColumns();
    if (!m_editor->isModified() && m_model->rowOf(m_shown) < 0 && !m_search->text().trimmed().isEmpty())
        m_shown = m_model->note(0) ? m_model->note(0)->id : 0; // a search shows its best hit
    if (m_editor->isModified()) {
        // Keep what is being typed; only the list's selection follows.
        const int row = m_model->rowOf(m_shown);
        const QSignalBlocker block(m_view->selectionModel());
        m_view->setCurrentIndex(row >= 0 && m_shown ? m_model->index(row, NoteListModel::Title) : QModelIndex());
        updateButtons();
        return;
    }
    select(m_shown);
}

void EvidenceView::fitColumns()
{
    // Short columns fit their content up to a cap; the title takes the rest (full text in tooltips).
    const int cap = fontMetrics().averageCharWidth() * 13;
    for (const int c : { NoteListModel::Kind, NoteListModel::Date, NoteListModel::Respondent, NoteListModel::Role,
             NoteListModel::Criteria }) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), c == NoteListModel::Date ? 2 * cap : cap));
    }
}

void EvidenceView::select(std::int64_t id)
{
    m_creating = false;
    const int row = id ? m_model->rowOf(id) : -1;
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->setCurrentIndex(row >= 0 ? m_model->index(row, NoteListModel::Title) : QModelIndex());
        if (row < 0)
            m_view->clearSelection();
    }
    m_view->viewport()->update();
    const evidence::Note* n = m_model->note(row);
    m_shown = n ? n->id : 0;
    m_editor->setNote(n ? *n : evidence::Note {});
    m_snippet->setText(m_model->snippet(row));
    m_snippet->setVisible(!m_snippet->text().isEmpty());
    updateButtons();
}

void EvidenceView::currentChanged()
{
    if (m_reloading)
        return;
    const evidence::Note* picked = m_model->note(m_view->currentIndex().row());
    const std::int64_t target = picked ? picked->id : 0;
    // Leaving a note saves it, as a list of notes is read more than it is edited.
    if (m_editor->isModified() && !save())
        return;
    select(target);
}

void EvidenceView::updateButtons()
{
    const bool open = m_doc->isOpen();
    m_new->setEnabled(open);
    m_delete->setEnabled(open && m_shown != 0);
    m_save->setEnabled(open && m_editor->isModified());
    m_revert->setEnabled(open && m_editor->isModified());
    m_editor->setEnabled(open && (m_shown != 0 || m_creating));
    m_editorTitle->setText(m_shown ? tr("Note %1").arg(m_shown)
            : m_creating           ? tr("New note")
                                   : tr("No note selected: pick one in the list or start a new note."));
}

void EvidenceView::newNote()
{
    if (m_editor->isModified() && !save())
        return;
    select(0);
    m_creating = true;
    evidence::Note n;
    n.kind = evidence::NoteKind::StaffInterview;
    const QString criterion = m_criterion->currentData().toString();
    if (!criterion.isEmpty())
        n.criteria = { criterion.toStdString() };
    m_editor->setNote(n);
    m_editor->titleEdit()->setFocus();
    updateButtons();
}

bool EvidenceView::save()
{
    if (!m_doc->project() || !m_editor->isModified())
        return true;
    const evidence::Note after = m_editor->note();
    if (const Status v = evidence::validateNote(after); !v) {
        m_doc->reportError(describe(v.error()));
        return false;
    }
    QUndoStack* stack = m_doc->undoStack();
    const int before = stack->index();
    NoteCommand* command = nullptr;
    if (m_shown == 0) {
        command = NoteCommand::add(m_doc, after);
    } else {
        auto old = evidence::getNote(m_doc->project()->db(), m_shown);
        if (!old || !*old)
            return false;
        command = NoteCommand::edit(m_doc, **old, after);
    }
    m_saving = true; // the list reloads once, below, with the saved note selected
    stack->push(command);
    m_saving = false;
    if (stack->index() != before + 1)
        return false; // refused: the command reported why
    m_shown = static_cast<const NoteCommand*>(stack->command(stack->index() - 1))->noteId();
    m_editor->setNote({}); // saved: what is shown next comes from the store
    reload();
    return true;
}

void EvidenceView::deleteCurrent()
{
    if (!m_doc->project() || m_shown == 0)
        return;
    auto note = evidence::getNote(m_doc->project()->db(), m_shown);
    if (!note || !*note)
        return;
    m_editor->setNote(**note); // unmodified, so the reload after the delete moves on
    m_doc->undoStack()->push(NoteCommand::remove(m_doc, **note));
}

void EvidenceView::filterCriterion(const QString& criterionId)
{
    const int i = m_criterion->findData(criterionId);
    m_criterion->setCurrentIndex(i < 0 ? 0 : i);
}

bool EvidenceView::showNote(std::int64_t id)
{
    if (m_model->rowOf(id) < 0) {
        m_search->clear();
        m_criterion->setCurrentIndex(0);
        reload();
    }
    if (m_model->rowOf(id) < 0)
        return false;
    if (m_editor->isModified() && !save())
        return false;
    select(id);
    m_view->scrollTo(m_view->currentIndex());
    return true;
}

std::int64_t EvidenceView::currentNote() const
{
    return m_shown;
}

} // namespace sa::app
