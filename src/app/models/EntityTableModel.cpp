#include "EntityTableModel.h"

#include "AuditDocument.h"
#include "BackgroundPool.h"
#include "SqlBind.h"
#include "ValueFormat.h"
#include "commands/SetFieldCommand.h"

#include <QFutureWatcher>
#include <QUndoStack>
#include <QtConcurrent>
#include <algorithm>

namespace sa::app {

namespace {

bool isTextual(ColumnKind k)
{
    return k == ColumnKind::Text || k == ColumnKind::Choice || k == ColumnKind::Entity;
}

bool isNumeric(ColumnKind k)
{
    return k == ColumnKind::Integer || k == ColumnKind::Real || k == ColumnKind::Money || k == ColumnKind::Percent;
}

} // namespace

EntityTableModel::EntityTableModel(AuditDocument* doc, const EntityDef& def, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_def(def)
    , m_watcher(new QFutureWatcher<RowIdResult>(this))
{
    connect(m_watcher, &QFutureWatcher<RowIdResult>::finished, this, [this] { adopt(m_watcher->result()); });
    connect(m_doc, &AuditDocument::dataChanged, this, &EntityTableModel::refreshCells);
    connect(m_doc, &AuditDocument::auditInfoChanged, this, [this] { refreshCells(QString::fromLatin1("audit")); });
    connect(m_doc, &AuditDocument::opened, this, &EntityTableModel::reload);
    connect(m_doc, &AuditDocument::closed, this, [this] {
        m_stale = false;
        beginResetModel();
        m_onlyIds.reset(); // ids of the closed audit mean nothing in the next one
        m_ids.clear();
        m_pages.clear();
        m_pageOrder.clear();
        endResetModel();
    });
}

EntityTableModel::~EntityTableModel()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_def.columns.size());
}

RowIdRequest EntityTableModel::makeRequest() const
{
    RowIdRequest r;
    r.path = m_doc->path();
    r.table = QLatin1String(m_def.table);
    if (m_sortColumn >= 0 && m_sortColumn < columnCount())
        r.orderExpr = QLatin1String(m_def.columns[static_cast<size_t>(m_sortColumn)].expr);
    r.descending = m_sortOrder == Qt::DescendingOrder;
    r.filterText = m_filterText;
    for (size_t c = 0; c < m_def.columns.size(); ++c) {
        const bool chosen = m_filterColumn < 0 ? isTextual(m_def.columns[c].kind) : int(c) == m_filterColumn;
        if (chosen)
            r.filterExprs << QLatin1String(m_def.columns[c].expr);
    }
    r.onlyIds = m_onlyIds;
    r.generation = ++const_cast<EntityTableModel*>(this)->m_generation;
    return r;
}

void EntityTableModel::reload()
{
    if (!m_doc->isOpen())
        return;
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_watcher->setFuture(runInBackground(&queryRowIds, makeRequest()));
}

void EntityTableModel::reloadNow()
{
    if (!m_doc->isOpen())
        return;
    m_stale = false;
    adopt(queryRowIds(makeRequest()));
}

void EntityTableModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void EntityTableModel::adopt(RowIdResult result)
{
    if (result.generation != m_generation)
        return; // a newer sort or filter is on its way
    if (!result.error.isEmpty())
        Q_EMIT queryFailed(result.error);
    beginResetModel();
    m_ids = std::move(result.ids);
    m_pages.clear();
    m_pageOrder.clear();
    m_lastQueryMs = result.elapsedMs;
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
    Q_EMIT loaded();
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void EntityTableModel::setFilter(const QString& text, int column)
{
    if (text == m_filterText && column == m_filterColumn)
        return;
    m_filterText = text;
    m_filterColumn = column;
    reload();
}

void EntityTableModel::setIdFilter(std::shared_ptr<const std::vector<std::int64_t>> ids)
{
    if (ids == m_onlyIds)
        return;
    m_onlyIds = std::move(ids);
    reload();
}

qint64 EntityTableModel::recordId(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[static_cast<size_t>(row)] : -1;
}

int EntityTableModel::rowOfRecord(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

EntityTableModel::Page EntityTableModel::loadPage(int index) const
{
    Page p;
    store::Project* project = m_doc->project();
    const size_t first = static_cast<size_t>(index) * kPageSize;
    const size_t last = std::min(m_ids.size(), first + kPageSize);
    if (!project || first >= last)
        return p;
    QStringList exprs, ids;
    for (const auto& c : m_def.columns)
        exprs << QLatin1String(c.expr);
    for (const auto& c : m_def.columns)
        if (c.editColumn)
            exprs << QLatin1String("t.") + QLatin1String(c.editColumn);
    for (size_t i = first; i < last; ++i)
        ids << QString::number(m_ids[i]);
    const QString sql = QLatin1String("SELECT t.rowid, ") + exprs.join(QLatin1String(", ")) + QLatin1String(" FROM ")
        + QLatin1String(m_def.table) + QLatin1String(" t WHERE t.rowid IN (") + ids.join(QLatin1Char(','))
        + QLatin1Char(')');
    auto st = project->db().prepare(sql.toStdString());
    QHash<qint64, QVariantList> byId;
    for (;;) {
        auto more = st ? st->step() : Result<bool>(false);
        if (!more || !*more)
            break;
        QVariantList row;
        for (int c = 1; c <= exprs.size(); ++c)
            row << columnVariant(*st, c);
        byId.insert(st->getInt(0), row);
    }
    for (size_t i = first; i < last; ++i)
        p.values << byId.value(m_ids[i], QVariantList());
    return p;
}

const EntityTableModel::Page* EntityTableModel::page(int index) const
{
    auto it = m_pages.find(index);
    if (it == m_pages.end()) {
        if (m_pageOrder.size() >= kMaxCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(index, loadPage(index));
    } else {
        m_pageOrder.removeOne(index);
    }
    m_pageOrder.append(index);
    return &it.value();
}

QVariant EntityTableModel::rawValue(int row, int column) const
{
    const Page* p = page(row / kPageSize);
    const int r = row % kPageSize;
    if (r >= p->values.size() || column >= p->values[r].size())
        return {};
    return p->values[r][column];
}

QVariant EntityTableModel::editValue(int row, int column) const
{
    int slot = columnCount();
    for (int c = 0; c < column; ++c)
        if (m_def.columns[static_cast<size_t>(c)].editColumn)
            ++slot;
    return rawValue(row, slot);
}

QVariant EntityTableModel::displayValue(const ColumnDef& c, const QVariant& raw) const
{
    if (raw.isNull())
        return {};
    switch (c.kind) {
    case ColumnKind::Money:
        return moneyText(raw.toLongLong(), m_doc->auditInfo().currency);
    case ColumnKind::Date:
        return dateText(raw.toLongLong());
    case ColumnKind::DateTime:
        return dateTimeText(raw.toLongLong());
    case ColumnKind::Month:
        return monthText(raw.toLongLong());
    case ColumnKind::Percent:
        return QString(QLocale().toString(raw.toDouble() * 100.0, 'f', 0) + QLatin1String(" %"));
    case ColumnKind::Real:
        return QLocale().toString(raw.toDouble(), 'g', 6);
    case ColumnKind::Integer:
        return QLocale().toString(raw.toLongLong());
    case ColumnKind::Bool:
        return {};
    case ColumnKind::Choice:
        return choiceLabel(c, raw.toString());
    case ColumnKind::Entity: {
        const EntityDef* e = findEntity(raw.toString());
        return e ? titleText(*e) : raw.toString();
    }
    case ColumnKind::Text:
        break;
    }
    return raw.toString();
}

QVariantList EntityTableModel::choices(const ColumnDef& c) const
{
    QVariantList out;
    for (const auto& ch : c.choices)
        out << QVariant(QVariantList { QString::fromLatin1(ch.value), choiceLabel(c, QString::fromLatin1(ch.value)) });
    store::Project* project = m_doc->project();
    if (!c.choicesSql || !project)
        return out;
    auto st = project->db().prepare(c.choicesSql);
    for (;;) {
        auto more = st ? st->step() : Result<bool>(false);
        if (!more || !*more)
            break;
        out << QVariant(QVariantList { columnVariant(*st, 0), columnVariant(*st, 1) });
    }
    return out;
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnDef& c = m_def.columns[static_cast<size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, rawValue(index.row(), index.column()));
    case Qt::EditRole:
        return c.editColumn ? editValue(index.row(), index.column()) : QVariant();
    case RawRole:
        return rawValue(index.row(), index.column());
    case RecordIdRole:
        return recordId(index.row());
    case ChoicesRole:
        return c.kind == ColumnKind::Choice ? choices(c) : QVariant();
    case Qt::CheckStateRole:
        if (c.kind != ColumnKind::Bool)
            return {};
        return rawValue(index.row(), index.column()).toLongLong() ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        return isNumeric(c.kind) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= columnCount())
        return {};
    const ColumnDef& c = m_def.columns[static_cast<size_t>(section)];
    if (c.kind == ColumnKind::Money)
        return QString(headerText(c) + QLatin1String(", ") + QString::fromStdString(m_doc->auditInfo().currency.code));
    return headerText(c);
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const ColumnDef& c = m_def.columns[static_cast<size_t>(index.column())];
    if (c.editColumn)
        f |= c.kind == ColumnKind::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

bool EntityTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ColumnDef& c = m_def.columns[static_cast<size_t>(index.column())];
    if (!c.editColumn || (role != Qt::EditRole && role != Qt::CheckStateRole))
        return false;
    QVariant after = value;
    if (c.kind == ColumnKind::Bool)
        after = QVariant::fromValue<qint64>(value.toInt() == Qt::Checked ? 1 : 0);
    else if (c.kind == ColumnKind::Integer)
        after = QVariant::fromValue<qint64>(value.toLongLong());
    const QVariant before = editValue(index.row(), index.column());
    if (before == after)
        return false;
    const QString text = tr("Change %1 of %2").arg(headerText(c), titleText(m_def));
    m_doc->undoStack()->push(new SetFieldCommand(
        m_doc, QLatin1String(m_def.table), QLatin1String(c.editColumn), recordId(index.row()), before, after, text));
    return true;
}

void EntityTableModel::refreshCells(const QString& table)
{
    if (table.isEmpty()) {
        reload(); // an import: rows may have come or gone
        return;
    }
    Q_UNUSED(table) // names of other tables appear in ours (managers in deals): refresh every cell
    m_pages.clear();
    m_pageOrder.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace sa::app
