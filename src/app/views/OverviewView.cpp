#include "OverviewView.h"

#include "AuditDataCache.h"
#include "AuditDocument.h"
#include "BackgroundPool.h"
#include "ScoreSummary.h"
#include "ValueFormat.h"
#include "commands/EditAuditInfoCommand.h"
#include "dialogs/AuditInfoDialog.h"
#include "models/EntityColumns.h"
#include "ui_OverviewCard.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sa::app {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString entityTitle(const QString& table)
{
    const EntityDef* e = findEntity(table);
    return e ? titleText(*e) : table;
}

} // namespace

OverviewView::OverviewView(AuditDocument* doc, ScoreService* scores, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_card(std::make_unique<Ui::OverviewCard>())
    , m_watcher(new QFutureWatcher<Coverage>(this))
{
    auto* cardBox = new QGroupBox(this);
    m_card->setupUi(cardBox);
    auto* scoresBox = new ScoreSummary(doc, scores, this);
    auto* top = new QHBoxLayout;
    top->addWidget(cardBox, 1);
    top->addWidget(scoresBox, 1);
    auto* inner = new QWidget(this);
    auto* layout = new QVBoxLayout(inner);
    layout->addLayout(top);
    layout->addWidget(buildCoverage(), 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(m_card->edit, &QPushButton::clicked, this, &OverviewView::editProperties);
    connect(m_doc, &AuditDocument::auditInfoChanged, this, &OverviewView::showInfo);
    connect(m_doc, &AuditDocument::opened, this, [this] {
        showInfo();
        reloadCoverage();
    });
    connect(m_doc, &AuditDocument::dataChanged, this, &OverviewView::reloadCoverage);
    connect(m_watcher, &QFutureWatcher<Coverage>::finished, this, [this] {
        showCoverage(m_watcher->result());
        startCoverage(); // a change while reading: read again
    });
    connect(m_doc, &AuditDocument::closed, this, [this] { m_coverageStale = false; });
    connect(m_doc->dataCache(), &AuditDataCache::ready, this, &OverviewView::startCoverage);
    if (m_doc->isOpen()) {
        showInfo();
        reloadCoverage();
    }
}

OverviewView::~OverviewView()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

QWidget* OverviewView::buildCoverage()
{
    auto* box = new QGroupBox(tr("Data coverage"), this);
    m_entities = makeTable({ tr("Entity"), tr("Rows"), tr("From"), tr("To") }, box);
    m_batches
        = makeTable({ tr("Imported"), tr("Entity"), tr("File"), tr("Preset"), tr("Rows"), tr("With issues") }, box);
    m_quality = new QLabel(box);
    auto* batchesLabel = new QLabel(tr("Import batches:"), box);
    auto* layout = new QGridLayout(box);
    layout->addWidget(m_entities, 0, 0, 3, 1);
    layout->addWidget(m_quality, 0, 1);
    layout->addWidget(batchesLabel, 1, 1);
    layout->addWidget(m_batches, 2, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    m_entities->setMinimumHeight(260);
    return box;
}

bool OverviewView::isLoading() const
{
    return m_watcher->isRunning();
}

void OverviewView::showInfo()
{
    const store::AuditInfo& a = m_doc->auditInfo();
    m_card->company->setText(QString::fromStdString(a.company));
    m_card->variant->setText(
        AuditInfoDialog::variantName(a.variant) + QStringLiteral(" — ") + AuditInfoDialog::variantHelp(a.variant));
    m_card->period->setText(a.periodFrom && a.periodTo
            ? tr("%1 to %2").arg(dateText(*a.periodFrom), dateText(*a.periodTo))
            : tr("not set"));
    m_card->currency->setText(QString::fromStdString(a.currency.code));
    m_card->plan->setText(a.annualPlan ? moneyText(*a.annualPlan, a.currency, true) : tr("not set"));
    m_card->consultant->setText(a.consultant.empty() ? tr("not set") : QString::fromStdString(a.consultant));
    m_card->updated->setText(dateTimeText(a.updatedAt));
}

void OverviewView::editProperties()
{
    if (!m_doc->isOpen())
        return;
    AuditInfoDialog dialog(AuditInfoDialog::Mode::Properties, this);
    dialog.setInfo(m_doc->auditInfo());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_doc->undoStack()->push(new EditAuditInfoCommand(m_doc, m_doc->auditInfo(), dialog.info()));
}

void OverviewView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // On the next turn of the event loop: a screen the window only passes through (the Overview
    // shown at open while the user goes on to another screen at once) starts no work.
    QTimer::singleShot(0, this, &OverviewView::startCoverage);
}

void OverviewView::reloadCoverage()
{
    m_coverageStale = m_doc->isOpen();
    startCoverage();
}

void OverviewView::startCoverage()
{
    if (!m_coverageStale || !m_doc->isOpen() || m_watcher->isRunning())
        return;
    const bool shown = isVisible();
    if (!shown && m_doc->dataCache()->isLoading())
        return; // hidden: after the shared data load (AuditDataCache::ready)
    m_coverageStale = false;
    m_watcher->setFuture(
        shown ? runInBackground(&queryCoverage, m_doc->path()) : runOnIdleCpu(&queryCoverage, m_doc->path()));
}

void OverviewView::showCoverage(const Coverage& c)
{
    m_entities->setRowCount(0);
    for (const EntityCoverage& e : c.entities) {
        const int r = m_entities->rowCount();
        m_entities->insertRow(r);
        m_entities->setItem(r, 0, cell(entityTitle(e.table)));
        m_entities->setItem(r, 1, cell(QLocale().toString(e.rows), true));
        m_entities->setItem(r, 2, cell(e.first ? dateText(*e.first) : QString()));
        m_entities->setItem(r, 3, cell(e.last ? dateText(*e.last) : QString()));
    }
    m_batches->setRowCount(0);
    for (const BatchInfo& b : c.batches) {
        const int r = m_batches->rowCount();
        m_batches->insertRow(r);
        m_batches->setItem(r, 0, cell(dateTimeText(b.importedAt)));
        m_batches->setItem(r, 1, cell(entityTitle(b.entity)));
        m_batches->setItem(r, 2, cell(b.fileName));
        m_batches->setItem(r, 3, cell(b.preset));
        m_batches->setItem(r, 4, cell(QLocale().toString(b.rowsImported), true));
        m_batches->setItem(r, 5, cell(QLocale().toString(b.rowsWithIssues), true));
    }
    m_quality->setText(!c.error.isEmpty() ? tr("Coverage could not be read: %1").arg(c.error)
            : c.batches.isEmpty()         ? tr("No data imported yet.")
                                          : tr("Data-quality issues: %1").arg(QLocale().toString(c.issues)));
    Q_EMIT coverageShown();
}

} // namespace sa::app
