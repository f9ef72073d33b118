#include "DashboardsView.h"

#include "AuditDataCache.h"
#include "AuditDocument.h"
#include "PendingPanel.h"
#include "ValueFormat.h"
#include "charts/ChartStyle.h"
#include "charts/ChartTranslations.h"
#include "dashboards/ChartCard.h"
#include "dashboards/ChartView.h"
#include "dashboards/DashboardEngine.h"
#include "dashboards/DashboardJob.h"
#include "dashboards/FilterBar.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sa::app {

namespace {

QString uiLanguage()
{
    return QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

QString seconds(double ms)
{
    return QLocale().toString(ms / 1000.0, 'f', 2);
}

} // namespace

DashboardsView::DashboardsView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_engine(new DashboardEngine(doc, this))
    , m_filters(new FilterBar(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget(m_scroll))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_empty(new PendingPanel(tr("No dashboards yet."), tr("Open an audit to see its dashboards."), this))
{
    m_progress->setRange(0, 0); // busy: the computation has no measurable steps
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Computing the dashboards"));
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    m_gridLayout->setColumnStretch(0, 1);
    m_gridLayout->setColumnStretch(1, 1);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(statusRow);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    m_scroll->hide();

    connect(m_filters, &FilterBar::changed, this, &DashboardsView::compute);
    connect(m_cancel, &QPushButton::clicked, m_engine, &DashboardEngine::cancel);
    connect(m_engine, &DashboardEngine::busyChanged, this, &DashboardsView::setBusy);
    connect(m_engine, &DashboardEngine::computed, this, &DashboardsView::showOutcome);
    connect(m_engine, &DashboardEngine::failed, this,
        [this](const QString& m) { showStatus(tr("The dashboards could not be computed: %1").arg(m), true); });
    connect(m_engine, &DashboardEngine::cancelled, this, [this] {
        if (!m_engine->isBusy())
            showStatus(tr("Cancelled; the charts show the previous filters."));
    });
    connect(m_doc, &AuditDocument::opened, this, &DashboardsView::opened);
    connect(m_doc, &AuditDocument::closed, this, &DashboardsView::closed);
    connect(m_doc, &AuditDocument::dataChanged, this, &DashboardsView::dataChanged);
    // as_of and the audit period live in the audit record: both change what the metrics cover.
    connect(m_doc, &AuditDocument::auditInfoChanged, this, &DashboardsView::opened);
    if (m_doc->isOpen())
        opened();
}

DashboardsView::~DashboardsView() = default;

QList<ChartCard*> DashboardsView::cards() const
{
    QList<ChartCard*> list;
    for (const QString& id : m_order)
        list << m_cards.value(id);
    return list;
}

void DashboardsView::opened()
{
    m_engine->reset();
    const store::AuditInfo& info = m_doc->auditInfo();
    if (info.periodFrom && info.periodTo)
        m_filters->setDefaultPeriod(*info.periodFrom, *info.periodTo);
    m_filters->reset(false);
    m_empty->hide(); // the status line says what is happening until the first charts arrive
    m_dirty = true;
    if (isVisible())
        compute();
}

void DashboardsView::closed()
{
    m_engine->reset();
    qDeleteAll(m_cards);
    m_cards.clear();
    m_order.clear();
    m_scroll->hide();
    m_empty->show();
    showStatus({});
    m_dirty = true;
}

void DashboardsView::dataChanged(const QString& table)
{
    if (!AuditDataCache::dependsOn(table))
        return; // notes, answers and the plan change no chart
    m_dirty = true; // the document dropped the shared data
    if (isVisible())
        compute();
}

void DashboardsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        compute();
}

void DashboardsView::compute()
{
    if (!m_doc->isOpen())
        return;
    if (!m_filters->isValid()) {
        showStatus(tr("Choose a period that starts before it ends."), true);
        return;
    }
    const DashboardFilters filters = m_filters->filters();
    if (!m_dirty && !m_engine->isBusy() && m_engine->latest() && filters == m_engine->latest()->filters)
        return; // already on screen
    m_dirty = false;
    m_engine->request(filters);
}

void DashboardsView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        showStatus(tr("Computing the dashboards…"));
}

void DashboardsView::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b71c1c") : QString());
}

QString DashboardsView::periodText(const DashboardOutcome& o) const
{
    if (o.period.empty())
        return tr("no dated data");
    return tr("%1 to %2").arg(dateText(o.period.from), dateText(o.period.to));
}

void DashboardsView::showOutcome()
{
    const auto outcome = m_engine->latest();
    if (!outcome)
        return;
    m_filters->setChoices(outcome->choices);
    if (!m_filters->filters().from && !outcome->period.empty())
        m_filters->setDefaultPeriod(outcome->period.from, outcome->period.to);
    const charts::ChartStyle style = charts::ChartStyle::forLanguage(uiLanguage());
    QStringList order;
    for (const DashboardChartItem& item : outcome->charts) {
        ChartCard*& card = m_cards[item.id];
        if (!card) {
            card = new ChartCard(m_grid);
            connect(card->chart(), &ChartView::exportFailed, m_doc, &AuditDocument::reportError);
        }
        card->setChart(item, style);
        order << item.id;
    }
    layoutCards(order);
    m_empty->hide();
    m_scroll->show();
    showStatus(tr("Period %1 · %2 deals in the project · computed in %3 s")
                   .arg(periodText(*outcome), QLocale().toString(qint64(outcome->data->deals.size())),
                       seconds(double(m_engine->lastLatencyMs()))));
    Q_EMIT refreshed();
}

void DashboardsView::layoutCards(const QStringList& order)
{
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (order.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_cards.erase(it);
    }
    while (m_gridLayout->count() > 0)
        delete m_gridLayout->takeAt(0);
    for (int r = 0; r < m_gridLayout->rowCount(); ++r)
        m_gridLayout->setRowStretch(r, 0);
    // Two cards per row, the KPI tiles first (they read best as a 2 × 3 block of a card's size).
    int slot = 0;
    for (const QString& id : order) {
        ChartCard* card = m_cards.value(id);
        card->chart()->setMinimumHeight(320);
        m_gridLayout->addWidget(card, slot / 2, slot % 2);
        ++slot;
    }
    m_gridLayout->setRowStretch((slot + 1) / 2, 1); // spare height stays below the cards
    m_order = order;
}

} // namespace sa::app
