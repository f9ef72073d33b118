#pragma once
// The form of one evidence note: kind, title, date, respondent, role, text and the criteria it is
// tagged to (chosen with CriterionPicker). It only edits values; EvidenceView turns Save into an
// undoable NoteCommand.
#include "evidence/EvidenceStore.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sa::scoring {
struct Catalogue;
}

namespace sa::app {

class NoteEditor : public QWidget {
    Q_OBJECT
public:
    /// `catalogue` returns the catalogue for the picker (nullptr while not loaded).
    NoteEditor(std::function<const scoring::Catalogue*()> catalogue, QWidget* parent = nullptr);

    /// Shows `note` (id 0 = a new note); the form is then unmodified.
    void setNote(const evidence::Note& note);
    /// The note as edited (id of the note shown).
    [[nodiscard]] evidence::Note note() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    void setCriteria(std::vector<std::string> ids);

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* textEdit() const { return m_text; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    /// A criterion link of the note was clicked.
    void criterionActivated(const QString& id);

private:
    void connectFields();
    void markModified();
    void showCriteria();
    void pickCriteria();

    std::function<const scoring::Catalogue*()> m_catalogue;
    std::int64_t m_id = 0;
    std::vector<std::string> m_criteria;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QCheckBox* m_dated;
    QDateEdit* m_date;
    QLineEdit* m_respondent;
    QLineEdit* m_role;
    QPlainTextEdit* m_text;
    QLabel* m_criteriaLinks;
    QPushButton* m_pick;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace sa::app
