#pragma once
// Evidence: interview, call-listening and mystery-shopper notes with the criteria they support.
// A searchable list (FTS5, Russian and English) beside the note's editor; every change is an
// undo step (NoteCommand) and the scores follow.
#include <QWidget>
#include <cstdint>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sa::app {

class AuditDocument;
class NoteEditor;
class NoteListModel;
class ScoreService;

class EvidenceView : public QWidget {
    Q_OBJECT
public:
    EvidenceView(AuditDocument* doc, ScoreService* scores, QWidget* parent = nullptr);
    [[nodiscard]] NoteListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] NoteEditor* editor() const { return m_editor; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }

    /// Lists only the notes tagged to `criterionId` (empty = all notes).
    void filterCriterion(const QString& criterionId);
    /// Selects note `id`, clearing search and filter when it is hidden by them.
    bool showNote(std::int64_t id);
    /// The selected note's id, or 0.
    [[nodiscard]] std::int64_t currentNote() const;
    /// Starts a new note (tagged to the filtered criterion, if any).
    void newNote();
    /// Writes the editor's note as one undo step; false when it was refused (the error is shown).
    bool save();
    void deleteCurrent();

Q_SIGNALS:
    /// The user followed a criterion link of a note.
    void criterionActivated(const QString& id);

private:
    void reload();
    void fillCriteria();
    void currentChanged();
    /// Shows note `id` (0 = none) in the list and the editor, without saving anything.
    void select(std::int64_t id);
    void updateButtons();
    void fitColumns();
    QWidget* buildList();
    void connectList();
    QWidget* buildEditor();

    AuditDocument* m_doc;
    ScoreService* m_scores;
    NoteListModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_criterion;
    QLabel* m_count;
    QLabel* m_snippet;
    NoteEditor* m_editor;
    QLabel* m_editorTitle;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_save;
    QPushButton* m_revert;
    QTimer* m_debounce;
    std::int64_t m_shown = 0; ///< the note in the editor (0 = a new one)
    bool m_reloading = false;
    bool m_saving = false;
    bool m_creating = false; ///< the editor holds a new, unsaved note
};

} // namespace sa::app
