#pragma once
// Scorecard: the 45 criteria grouped by component with their lights; a details pane with the
// formula, thresholds, parts and notes; checklist answers and overrides as undoable edits.
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTreeView;

namespace sa::app {

class AuditDocument;
class ScoreService;
class ScorecardModel;

class ScorecardView : public QWidget {
    Q_OBJECT
public:
    ScorecardView(AuditDocument* doc, ScoreService* scores, QWidget* parent = nullptr);
    [[nodiscard]] ScorecardModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* tree() const { return m_tree; }
    /// The selected criterion id, or empty.
    [[nodiscard]] QString currentCriterion() const;
    /// Records the answer of checklist `item` of the current criterion (one undo step).
    void answerChecklist(const QString& item, const QString& answer);
    /// Asks for an override of the current criterion (status, reason, rationale).
    void overrideCurrent();
    void clearOverride();

private:
    void showScore();
    void showDetails();
    void fillChecklist(const QString& id);
    void fillEvidence();
    QWidget* buildDetails();
    std::vector<std::int64_t> chosenEvidence() const;

    AuditDocument* m_doc;
    ScoreService* m_scores;
    ScorecardModel* m_model;
    QTreeView* m_tree;
    QLabel* m_state;
    QTextBrowser* m_details;
    QTableWidget* m_checklist;
    QListWidget* m_evidence;
    QPushButton* m_override;
    QPushButton* m_clearOverride;
    bool m_filling = false;
};

} // namespace sa::app
