#pragma once
// A filterable, sortable view of one EntityTableModel with its row count and loading state. The
// model reads its rows only while the browser is visible: a hidden tab (or the hidden Data screen)
// loads when first shown, and a change meanwhile reloads it when shown again.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QHBoxLayout;

namespace sa::app {

class AuditDocument;
class EntityTableModel;
struct EntityDef;

class TableBrowser : public QWidget {
    Q_OBJECT
public:
    TableBrowser(AuditDocument* doc, const EntityDef& def, QWidget* parent = nullptr);
    [[nodiscard]] EntityTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    /// Room for screen-specific buttons beside the filter.
    [[nodiscard]] QHBoxLayout* toolbar() const { return m_toolbar; }
    /// Selects and scrolls to the row of record `id`; false when it is not in the (filtered) table.
    bool showRecord(qint64 id);
    /// The rowid of the current row, or -1.
    [[nodiscard]] qint64 currentRecord() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateStatus();
    void fitColumns();
    EntityTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_filter;
    QComboBox* m_column;
    QLabel* m_status;
    QTimer* m_debounce;
    QHBoxLayout* m_toolbar;
    bool m_fitted = false;
};

} // namespace sa::app
