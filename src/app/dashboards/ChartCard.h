#pragma once
// One chart of the Dashboards screen with its controls: the chart, a caption line, an Export
// button (PNG, SVG, copy) and a "Numbers" toggle that shows the table behind the chart.
#include "DashboardJob.h"
#include "charts/ChartStyle.h"

#include <QFrame>

class QLabel;
class QTableView;
class QToolButton;

namespace sa::app {

class ChartView;

class ChartCard : public QFrame {
    Q_OBJECT
public:
    explicit ChartCard(QWidget* parent = nullptr);

    void setChart(const DashboardChartItem& item, const charts::ChartStyle& style);
    [[nodiscard]] ChartView* chart() const { return m_chart; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    /// Shows or hides the numbers table.
    void setNumbersVisible(bool visible);

private:
    ChartView* m_chart;
    QLabel* m_note;
    QToolButton* m_numbers;
    QToolButton* m_export;
    QTableView* m_table;
};

} // namespace sa::app
