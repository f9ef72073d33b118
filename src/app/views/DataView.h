#pragma once
// Data: every entity in a filterable table, the data-quality list with jump-to-row, and the
// editors for stage mapping and manager aliases (edits are undoable).
#include <QWidget>

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

private:
    void addMergeButton(TableBrowser* managers);
    AuditDocument* m_doc;
    QTabWidget* m_tabs;
    QList<TableBrowser*> m_browsers;
    TableBrowser* m_issues;
};

} // namespace sa::app
