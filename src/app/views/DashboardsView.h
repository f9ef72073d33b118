#pragma once
// Dashboards screen: filters (period, pipeline, manager, sales channel, lead source), KPI tiles and
// the dashboard charts of the open audit, computed off the GUI thread by a DashboardEngine. The
// screen computes when first shown and again whenever the filters or the project's data change.
#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace sa::app {

class AuditDocument;
class ChartCard;
class DashboardEngine;
class FilterBar;
class PendingPanel;
struct DashboardOutcome;

class DashboardsView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardsView(AuditDocument* doc, QWidget* parent = nullptr);
    ~DashboardsView() override;

    [[nodiscard]] DashboardEngine* engine() const { return m_engine; }
    [[nodiscard]] FilterBar* filterBar() const { return m_filters; }
    /// The chart cards in display order (the KPI tiles first).
    [[nodiscard]] QList<ChartCard*> cards() const;
    [[nodiscard]] ChartCard* card(const QString& id) const { return m_cards.value(id); }

Q_SIGNALS:
    /// New charts are on screen.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void opened();
    void closed();
    void dataChanged(const QString& table);
    void compute();
    void showOutcome();
    void layoutCards(const QStringList& order);
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error = false);
    [[nodiscard]] QString periodText(const DashboardOutcome& o) const;

    AuditDocument* m_doc;
    DashboardEngine* m_engine;
    FilterBar* m_filters;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    PendingPanel* m_empty;
    QMap<QString, ChartCard*> m_cards;
    QStringList m_order;
    bool m_dirty = true; ///< something changed since the charts shown were computed
};

} // namespace sa::app
