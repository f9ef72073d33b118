#pragma once
// The action plan as a table over plan::loadPlan (a plan is tens of rows, read on the GUI thread).
// Text, owner, person, due date, horizon, status and priority are editable; each edit goes to the
// PlanEditor as one undo command. Reloads whenever the document reports that `actions` changed.
#include "plan/Action.h"

#include <QAbstractTableModel>
#include <vector>

namespace sa::app {

class AuditDocument;
class PlanEditor;

class PlanTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Priority, Text, Criteria, Horizon, Owner, Person, Due, Status, Effect, ColumnCount };

    PlanTableModel(AuditDocument* doc, PlanEditor* editor, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Reads the plan again from the project.
    void reload();
    [[nodiscard]] const std::vector<plan::ActionRecord>& actions() const { return m_actions; }
    /// The row of action `id`, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;
    /// Display texts of the horizons and statuses ("QW" → "quick win").
    static QString horizonText(plan::Horizon h);
    static QString statusText(plan::ActionStatus s);

Q_SIGNALS:
    void reloaded();

private:
    QVariant display(const plan::ActionRecord& a, int column) const;
    QVariant edit(const plan::ActionRecord& a, int column) const;
    /// `a` with `value` written into `column`; false when the value is not acceptable.
    static bool assign(plan::ActionRecord& a, int column, const QVariant& value);

    AuditDocument* m_doc;
    PlanEditor* m_editor;
    std::vector<plan::ActionRecord> m_actions;
};

} // namespace sa::app
