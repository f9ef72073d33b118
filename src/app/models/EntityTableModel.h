#pragma once
// One generic table model over any store table (EntityColumns.h says which columns and how to
// show them). Built for 1M rows: the ordered, filtered id list is read in SQL on a worker thread;
// cell values are fetched on demand in pages of kPageSize rows by rowid and kept in a small cache.
#include "EntityColumns.h"
#include "RowIdQuery.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <vector>

namespace sa::app {

class AuditDocument;

class EntityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        RawRole = Qt::UserRole + 1, ///< the stored value (minor units, local seconds, id)
        ChoicesRole, ///< QVariantList of {value, label} pairs for Choice columns
        RecordIdRole, ///< the row's rowid
    };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 48;

    EntityTableModel(AuditDocument* doc, const EntityDef& def, QObject* parent = nullptr);
    ~EntityTableModel() override;

    [[nodiscard]] const EntityDef& definition() const { return m_def; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Edits become SetFieldCommands on the document's undo stack.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// Re-reads the id list ordered by the column's SQL expression (in the background).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Filters rows whose text columns (or only `column`, when >= 0) contain `text`.
    void setFilter(const QString& text, int column = -1);
    /// Shows only the records `ids` (sorted ascending; e.g. the rows behind a criterion) on top of the
    /// text filter and sort; null shows every record again. Reloads in the background.
    void setIdFilter(std::shared_ptr<const std::vector<std::int64_t>> ids);
    [[nodiscard]] bool hasIdFilter() const { return m_onlyIds != nullptr; }
    [[nodiscard]] const std::shared_ptr<const std::vector<std::int64_t>>& idFilter() const { return m_onlyIds; }
    /// Reads the id list again in the background; loaded() follows. While the model is inactive
    /// this only marks the rows stale: setActive(true) reads them.
    void reload();
    /// An inactive model defers its id-list queries until it is active again (TableBrowser: while
    /// its table is hidden). At 1M rows a query and the model reset that follows cost seconds of
    /// CPU and ~50 ms of GUI thread: hidden tables must not load beside the visible screen's work.
    /// Active by default.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    /// The rows shown are not those of the current data, sort or filter (a reload was deferred).
    [[nodiscard]] bool isStale() const { return m_stale; }
    /// Reads the id list on the calling thread (tests, benchmarks).
    void reloadNow();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] qint64 recordId(int row) const;
    /// The row showing record `id`, or -1 if it is filtered out or unknown.
    [[nodiscard]] int rowOfRecord(qint64 id) const;
    /// Milliseconds the last id list took on its worker.
    [[nodiscard]] qint64 lastQueryMs() const { return m_lastQueryMs; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void queryFailed(const QString& message);

private:
    struct Page {
        QList<QVariantList> values; ///< per row: display expressions then edit columns
    };
    RowIdRequest makeRequest() const;
    void adopt(RowIdResult result);
    const Page* page(int index) const;
    Page loadPage(int index) const;
    QVariant displayValue(const ColumnDef& c, const QVariant& raw) const;
    QVariantList choices(const ColumnDef& c) const;
    QVariant rawValue(int row, int column) const;
    QVariant editValue(int row, int column) const;
    void refreshCells(const QString& table);

    AuditDocument* m_doc;
    const EntityDef& m_def;
    std::vector<std::int64_t> m_ids;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filterText;
    int m_filterColumn = -1;
    std::shared_ptr<const std::vector<std::int64_t>> m_onlyIds;
    bool m_loading = false;
    bool m_active = true;
    bool m_stale = false;
    quint64 m_generation = 0;
    qint64 m_lastQueryMs = 0;
    QFutureWatcher<RowIdResult>* m_watcher;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageOrder; ///< least recently used first
};

} // namespace sa::app
