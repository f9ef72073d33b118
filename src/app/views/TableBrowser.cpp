#include "TableBrowser.h"

#include "AuditDocument.h"
#include "ChoiceDelegate.h"
#include "models/EntityTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace sa::app {

namespace {
constexpr int kFitRows = 64;
} // namespace

TableBrowser::TableBrowser(AuditDocument* doc, const EntityDef& def, QWidget* parent)
    : QWidget(parent)
    , m_model(new EntityTableModel(doc, def, this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_column(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_toolbar(new QHBoxLayout)
{
    m_model->setActive(false); // until shown (the sort set up below asks for a reload)
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_column->addItem(tr("All text columns"), -1);
    for (size_t c = 0; c < def.columns.size(); ++c)
        m_column->addItem(headerText(def.columns[c]), static_cast<int>(c));
    auto* filterLabel = new QLabel(tr("F&ind:"), this);
    filterLabel->setBuddy(m_filter);
    m_toolbar->addWidget(filterLabel);
    m_toolbar->addWidget(m_filter, 2);
    m_toolbar->addWidget(m_column, 1);
    m_toolbar->addWidget(m_status);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Widths from the first rows a screen shows: every size hint is a cell formatted on the GUI
    // thread (a page of 256 rows × every column took ~45 ms at 1M deals).
    m_view->horizontalHeader()->setResizeContentsPrecision(kFitRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_view, 1);
    // Typing filters after a short pause, so a 1M-row table is not queried on every key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_column, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this,
        [this] { m_model->setFilter(m_filter->text().trimmed(), m_column->currentData().toInt()); });
    connect(m_model, &EntityTableModel::loaded, this, &TableBrowser::updateStatus);
    // Queued: the model reset of a 1M-row table (its header sections) is one piece of GUI work,
    // the column fit the next, not one gap of both.
    connect(m_model, &EntityTableModel::loaded, this, &TableBrowser::fitColumns, Qt::QueuedConnection);
    connect(m_model, &EntityTableModel::loadingChanged, this, &TableBrowser::updateStatus);
    connect(m_model, &EntityTableModel::queryFailed, doc, &AuditDocument::reportError);
    if (doc->isOpen())
        m_model->reload();
}

void TableBrowser::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setActive(true); // reads the rows now if they were never read or are stale
    updateStatus();
}

void TableBrowser::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_model->setActive(false);
}

void TableBrowser::fitColumns()
{
    // Once, on the first rows: later reloads keep the widths the user may have set.
    if (m_fitted)
        return;
    if (m_model->rowCount() == 0) {
        m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents); // the headers at least
        return;
    }
    m_fitted = true;
    const int cap = fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 8, cap));
    }
}

void TableBrowser::updateStatus()
{
    m_status->setText(m_model->isLoading() ? tr("loading…") : tr("%n row(s)", nullptr, m_model->rowCount()));
}

bool TableBrowser::showRecord(qint64 id)
{
    const int row = m_model->rowOfRecord(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus();
    return true;
}

qint64 TableBrowser::currentRecord() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->recordId(i.row()) : -1;
}

} // namespace sa::app
