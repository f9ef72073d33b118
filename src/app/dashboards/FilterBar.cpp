#include "FilterBar.h"

#include "ValueFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace sa::app {

namespace {

/// Rebuilds `box` as "All" + `items` (text, data), keeping the selected data when still offered.
/// Returns false when the selection had to fall back to "All".
template <class Items> bool refill(QComboBox* box, const Items& items)
{
    const QVariant selected = box->currentData();
    box->clear();
    box->addItem(FilterBar::tr("All"));
    for (const auto& [data, text] : items)
        box->addItem(text, data);
    const int index = selected.isValid() ? box->findData(selected) : 0;
    box->setCurrentIndex(std::max(index, 0));
    box->setEnabled(box->count() > 1); // nothing recorded in the project: nothing to choose
    return !selected.isValid() || index >= 0;
}

QList<QPair<QVariant, QString>> named(const QList<QPair<qint64, QString>>& list)
{
    QList<QPair<QVariant, QString>> out;
    for (const auto& [id, name] : list)
        out.append({ QVariant(id), name });
    return out;
}

QList<QPair<QVariant, QString>> plain(const QStringList& list)
{
    QList<QPair<QVariant, QString>> out;
    for (const QString& s : list)
        out.append({ QVariant(s), s });
    return out;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_periodError(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset filters"), this))
    , m_debounce(new QTimer(this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    auto* period = new QHBoxLayout;
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(e, &QDateEdit::dateChanged, this, &FilterBar::edited);
    }
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    grid->addWidget(periodLabel, 0, 0);
    grid->addLayout(period, 0, 1);
    m_pipeline = addCombo(tr("P&ipeline:"), 0, 2);
    m_manager = addCombo(tr("&Manager:"), 0, 4);
    m_salesChannel = addCombo(tr("Sales c&hannel:"), 1, 0);
    m_source = addCombo(tr("Lead so&urce:"), 1, 2);
    grid->addWidget(m_reset, 1, 5, Qt::AlignRight);
    m_periodError->setText(tr("The period starts after it ends."));
    m_periodError->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_periodError->hide();
    grid->addWidget(m_periodError, 2, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_reset, &QPushButton::clicked, this, [this] { reset(); });
}

QComboBox* FilterBar::addCombo(const QString& label, int row, int column)
{
    auto* box = new QComboBox(this);
    box->addItem(tr("All"));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    auto* l = new QLabel(label, this);
    l->setBuddy(box);
    auto* grid = static_cast<QGridLayout*>(layout());
    grid->addWidget(l, row, column);
    grid->addWidget(box, row, column + 1);
    connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::edited);
    return box;
}

void FilterBar::edited()
{
    m_periodError->setVisible(!isValid());
    if (!m_silent)
        m_debounce->start();
}

bool FilterBar::isValid() const
{
    return m_from->date() <= m_to->date();
}

DashboardFilters FilterBar::filters() const
{
    DashboardFilters f;
    if (m_hasDefault) {
        f.from = fromQDate(m_from->date());
        f.to = fromQDate(m_to->date());
    }
    if (const QVariant v = m_pipeline->currentData(); v.isValid())
        f.pipeline = v.toString();
    if (const QVariant v = m_manager->currentData(); v.isValid())
        f.managerId = v.toLongLong();
    if (const QVariant v = m_salesChannel->currentData(); v.isValid())
        f.salesChannel = v.toString();
    if (const QVariant v = m_source->currentData(); v.isValid())
        f.sourceId = v.toLongLong();
    return f;
}

void FilterBar::setChoices(const FilterChoices& c)
{
    m_silent = true;
    bool kept = refill(m_pipeline, plain(c.pipelines));
    kept = refill(m_manager, named(c.managers)) && kept;
    kept = refill(m_salesChannel, plain(c.salesChannels)) && kept;
    kept = refill(m_source, named(c.sources)) && kept;
    m_silent = false;
    if (!kept)
        edited(); // a chosen value disappeared with the data: compute for what is shown now
}

void FilterBar::setDefaultPeriod(LocalSeconds from, LocalSeconds to)
{
    m_defaultFrom = from;
    m_defaultTo = to;
    m_hasDefault = true;
    m_silent = true;
    m_from->setDate(toQDate(from));
    m_to->setDate(toQDate(to));
    m_silent = false;
    m_periodError->setVisible(!isValid());
}

void FilterBar::reset(bool notify)
{
    m_silent = true;
    if (m_hasDefault) {
        m_from->setDate(toQDate(m_defaultFrom));
        m_to->setDate(toQDate(m_defaultTo));
    }
    for (QComboBox* box : { m_pipeline, m_manager, m_salesChannel, m_source })
        box->setCurrentIndex(0);
    m_silent = false;
    m_periodError->setVisible(!isValid());
    if (notify)
        m_debounce->start();
}

} // namespace sa::app
