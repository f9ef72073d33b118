#pragma once
// Scorecard: the 45 criteria grouped by component with their lights; a details pane with the
// formula, value against thresholds, checklist, rating, evidence links and the audit's threshold
// changes; checklist answers, overrides and threshold changes as undoable edits.
#include "scoring/Measurement.h"

#include <QWidget>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTreeView;
class QUrl;

namespace sa::app {

class AuditDocument;
class ScoreService;
class ScorecardModel;
struct ReferenceChange;

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
    /// Opens the threshold/parameter dialog of the current criterion.
    void changeThresholds();
    /// Records a threshold/parameter change of the current criterion (one undo step).
    void applyReferenceChange(const ReferenceChange& change);
    void revertThresholds();
    /// Selects criterion `id` and shows its details.
    bool showCriterion(const QString& id);
    [[nodiscard]] QTextBrowser* details() const { return m_details; }
    /// Follows the drill-down link of row set `index` of the current criterion; false without one.
    bool drillDown(int index);

Q_SIGNALS:
    /// A note link of the details pane was followed.
    void noteActivated(qint64 id);
    /// "Open in Evidence" for criterion `id`.
    void notesRequested(const QString& id);
    /// A drill-down link: show the records of `rows` behind criterion `id`'s value.
    void rowsRequested(const QString& id, const scoring::RowSet& rows);

private:
    void showScore();
    void showDetails();
    void fillChecklist(const QString& id);
    void fillEvidence();
    void loadTags();
    void updateButtons();
    void followLink(const QUrl& url);
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
    QPushButton* m_thresholds;
    QPushButton* m_revertThresholds;
    std::map<std::int64_t, QString> m_noteTitles;
    bool m_filling = false;
};

} // namespace sa::app
