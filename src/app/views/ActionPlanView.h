#pragma once
// Action plan: the editable plan table (every edit, add, delete and merge undoable) and the roadmap
// (1 year / 3 years) under it, which follows the plan as it changes.
#include "plan/Action.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QPushButton;
class QTableView;

namespace sa::app {

class AuditDocument;
class PlanEditor;
class PlanTableModel;
class RoadmapWidget;

class ActionPlanView : public QWidget {
    Q_OBJECT
public:
    explicit ActionPlanView(AuditDocument* doc, QWidget* parent = nullptr);
    ~ActionPlanView() override;

    [[nodiscard]] PlanTableModel* model() const { return m_model; }
    [[nodiscard]] PlanEditor* editor() const { return m_editor; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] RoadmapWidget* roadmap() const { return m_roadmap; }
    /// Regenerates from the scorecard after asking when generated actions would be replaced.
    void regenerate();
    /// Shows the three-year roadmap (else the first year).
    void setRoadmapThreeYears(bool threeYears);
    /// The selected actions in plan order.
    [[nodiscard]] std::vector<plan::ActionRecord> selectedActions() const;

private:
    void setupTable();
    QWidget* buildToolbar();
    QWidget* buildRoadmapPanel();
    void addAction();
    void deleteSelected();
    void mergeSelected();
    void exportRoadmap();
    void planReloaded();
    void updateButtons();

    AuditDocument* m_doc;
    PlanEditor* m_editor;
    PlanTableModel* m_model;
    QTableView* m_table;
    RoadmapWidget* m_roadmap;
    QComboBox* m_span = nullptr;
    QPushButton* m_regenerate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_merge = nullptr;
    qint64 m_keepCurrent = 0;
};

} // namespace sa::app
