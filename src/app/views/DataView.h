#pragma once
// Data: every entity in a filterable table, the data-quality list with jump-to-row, and the
// editors for stage mapping and manager aliases (edits are undoable).
#include "scoring/Measurement.h"

#include <QHash>
#include <QWidget>

class QFrame;
class QLabel;
class QTabWidget;
class QPushButton;

namespace sa::app {

class AuditDocument;
class TableBrowser;

class DataView : public QWidget {
    Q_OBJECT
public:
    explicit DataView(AuditDocument* doc, QWidget* parent = nullptr);
    /// The browser of a store table (or of "data_issues"); nullptr if the screen has none.
    [[nodiscard]] TableBrowser* browser(const QString& table) const;
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    /// Shows the entity tab of the current data-quality issue and selects its record.
    bool jumpToIssueRecord();
    /// Asks for the manager to merge the current one into (Managers tab).
    void mergeCurrentManager();
    /// Runs the import wizard (modal), optionally starting with `file`.
    void importFile(const QString& file = {});
    /// Drill-down: shows the table of `rows` filtered to exactly its ids under a banner
    /// "Rows behind CRITERION — title: n · Clear". False when the screen has no such table.
    bool showRows(const QString& criterionId, const scoring::RowSet& rows);
    /// Shows every row of the current table again and hides the banner.
    void clearRows();
    /// The banner's text ("" when the current table shows every row).
    [[nodiscard]] QString bannerText() const;

private:
    /// Selects `record` in `target` once its rows are loaded, leaving a drill-down set that lacks it.
    bool revealRecord(TableBrowser* target, qint64 record);
    void addMergeButton(TableBrowser* managers);
    QFrame* buildBanner();
    void updateBanner();
    AuditDocument* m_doc;
    QTabWidget* m_tabs;
    QList<TableBrowser*> m_browsers;
    TableBrowser* m_issues;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_clearRows;
    QHash<TableBrowser*, QString> m_drills; ///< browser with an id filter → its banner text
};

} // namespace sa::app
