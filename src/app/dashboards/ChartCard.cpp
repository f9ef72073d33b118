#include "ChartCard.h"

#include "ChartDataModel.h"
#include "ChartView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sa::app {

ChartCard::ChartCard(QWidget* parent)
    : QFrame(parent)
    , m_chart(new ChartView(this))
    , m_note(new QLabel(this))
    , m_numbers(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_table(new QTableView(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_numbers->setText(tr("&Numbers"));
    m_numbers->setCheckable(true);
    m_numbers->setToolTip(tr("Show the numbers behind the chart as a table"));
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addActions(m_chart->exportActions());
    m_export->setMenu(menu);
    m_table->setModel(m_chart->dataModel());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(160);
    m_table->hide();
    connect(m_numbers, &QToolButton::toggled, this, &ChartCard::setNumbersVisible);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_note, 1);
    bar->addWidget(m_numbers);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_chart, 1);
    layout->addLayout(bar);
    layout->addWidget(m_table);
}

void ChartCard::setChart(const DashboardChartItem& item, const charts::ChartStyle& style)
{
    m_chart->setChart(item.id, item.spec, style);
    m_note->setText(item.note);
    m_table->setAccessibleName(tr("Numbers of %1").arg(m_chart->title()));
    m_export->setAccessibleName(tr("Export %1").arg(m_chart->title()));
}

void ChartCard::setNumbersVisible(bool visible)
{
    m_numbers->setChecked(visible);
    m_table->setVisible(visible);
}

} // namespace sa::app
