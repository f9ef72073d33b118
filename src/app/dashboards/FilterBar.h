#pragma once
// The Dashboards filters: period (from/to), pipeline, manager, sales channel and lead source, fed
// from the project's tables. Emits changed() once the user pauses (quick edits are coalesced).
#include "DashboardJob.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTimer;

namespace sa::app {

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    /// The filters as set; from/to always set once a default period is known.
    [[nodiscard]] DashboardFilters filters() const;
    /// Replaces the choices, keeping the current selection where it still exists.
    void setChoices(const FilterChoices& choices);
    /// The period Reset returns to (the audit period, else the data's window); also applied now.
    void setDefaultPeriod(LocalSeconds from, LocalSeconds to);
    /// Back to the default period and every deal; emits changed() once when `notify`.
    void reset(bool notify = true);
    /// False while the period starts after it ends (the bar then says so).
    [[nodiscard]] bool isValid() const;

    [[nodiscard]] QDateEdit* fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit* toEdit() const { return m_to; }
    [[nodiscard]] QComboBox* pipelineBox() const { return m_pipeline; }
    [[nodiscard]] QComboBox* managerBox() const { return m_manager; }
    [[nodiscard]] QComboBox* salesChannelBox() const { return m_salesChannel; }
    [[nodiscard]] QComboBox* sourceBox() const { return m_source; }

Q_SIGNALS:
    /// The filters changed and the user paused (250 ms).
    void changed();

private:
    void edited();
    QComboBox* addCombo(const QString& label, int row, int column);

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_pipeline = nullptr;
    QComboBox* m_manager = nullptr;
    QComboBox* m_salesChannel = nullptr;
    QComboBox* m_source = nullptr;
    QLabel* m_periodError;
    QPushButton* m_reset;
    QTimer* m_debounce;
    LocalSeconds m_defaultFrom = 0, m_defaultTo = 0;
    bool m_hasDefault = false;
    bool m_silent = false; ///< true while the bar itself sets values
};

} // namespace sa::app
