#include "ScoreSummary.h"

#include "AuditDocument.h"
#include "ScoreService.h"
#include "StatusLight.h"
#include "ValueFormat.h"
#include "models/ScorecardModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace sa::app {

namespace {

QLabel* iconLabel(scoring::Status s, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setPixmap(statusIcon(s).pixmap(20, 20));
    return l;
}

void clearLayout(QGridLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

ScoreSummary::ScoreSummary(AuditDocument* doc, ScoreService* scores, QWidget* parent)
    : QGroupBox(tr("Scores"), parent)
    , m_doc(doc)
    , m_scores(scores)
    , m_lights(new QGridLayout)
    , m_state(new QLabel(this))
    , m_bottlenecks(new QTableWidget(0, 3, this))
{
    m_state->setWordWrap(true);
    m_bottlenecks->setHorizontalHeaderLabels({ tr("Bottleneck"), tr("Status"), tr("At stake per year") });
    m_bottlenecks->verticalHeader()->hide();
    m_bottlenecks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bottlenecks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_bottlenecks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_bottlenecks->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(m_lights);
    layout->addWidget(new QLabel(tr("Top bottlenecks:"), this));
    layout->addWidget(m_bottlenecks, 1);
    connect(m_scores, &ScoreService::scored, this, &ScoreSummary::refresh);
    connect(m_scores, &ScoreService::scoringChanged, this, &ScoreSummary::refresh);
    refresh();
}

void ScoreSummary::refresh()
{
    clearLayout(m_lights);
    m_bottlenecks->setRowCount(0);
    const auto result = m_scores->result();
    const auto setup = m_scores->setup();
    if (!result || !setup) {
        m_state->setText(m_scores->isScoring()    ? tr("Scoring…")
                : m_scores->lastError().isEmpty() ? tr("Not scored yet.")
                                                  : tr("Not scored: %1").arg(m_scores->lastError()));
        return;
    }
    m_state->setText(m_scores->isScoring() ? tr("Scoring…") : QString());
    int row = 0;
    for (const auto& comp : setup->catalogue.components) {
        for (const auto& r : result->components) {
            if (r.id != comp.id)
                continue;
            const scoring::Status s = statusFromString(r.status);
            m_lights->addWidget(iconLabel(s, this), row, 0);
            m_lights->addWidget(new QLabel(ScorecardModel::localized(comp.name), this), row, 1);
            m_lights->addWidget(new QLabel(componentStatusLabel(r.status), this), row, 2);
            m_lights->addWidget(
                new QLabel(r.score ? tr("%1 of 100").arg(std::lround(*r.score)) : QString(), this), row, 3);
            ++row;
        }
    }
    const scoring::Status overall = statusFromString(result->overall.status);
    m_lights->addWidget(iconLabel(overall, this), row, 0);
    auto* name = new QLabel(tr("<b>Overall</b>"), this);
    m_lights->addWidget(name, row, 1);
    m_lights->addWidget(new QLabel(componentStatusLabel(result->overall.status), this), row, 2);
    m_lights->addWidget(
        new QLabel(result->overall.score ? tr("%1 of 100").arg(std::lround(*result->overall.score)) : QString(), this),
        row, 3);
    m_lights->setColumnStretch(1, 1);
    const Currency currency = m_doc->auditInfo().currency;
    for (const auto& b : result->bottlenecks) {
        if (m_bottlenecks->rowCount() >= kTopBottlenecks)
            break;
        const int r = m_bottlenecks->rowCount();
        m_bottlenecks->insertRow(r);
        const scoring::Criterion* def = setup->catalogue.find(b.id);
        m_bottlenecks->setItem(r, 0,
            new QTableWidgetItem(QString::fromStdString(b.id) + QStringLiteral("  ")
                + (def ? ScorecardModel::localized(def->name) : QString())));
        m_bottlenecks->setItem(r, 1, new QTableWidgetItem(statusIcon(b.status), statusLabel(b.status)));
        const auto minor = b.impact ? toMinor(*b.impact, currency) : std::nullopt;
        auto* money = new QTableWidgetItem(minor ? moneyText(*minor, currency, true) : tr("no basis"));
        money->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_bottlenecks->setItem(r, 2, money);
    }
}

} // namespace sa::app
