#include "ActionPlanView.h"

#include "AuditDocument.h"
#include "ChoiceDelegate.h"
#include "plan/PlanEditor.h"
#include "plan/PlanTableModel.h"
#include "plan/RoadmapWidget.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace sa::app {

ActionPlanView::ActionPlanView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_editor(new PlanEditor(doc, this))
    , m_model(new PlanTableModel(doc, m_editor, this))
    , m_table(new QTableView(this))
    , m_roadmap(new RoadmapWidget(this))
{
    syncChartLanguage();
    setupTable();

    auto* note = new QLabel(tr("Generated from the red and yellow criteria with the catalogue's recommended actions. "
                               "Edit a cell with a double-click or F2; add, delete and merge actions with the buttons. "
                               "Every change can be undone (Ctrl+Z)."),
        this);
    note->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(buildRoadmapPanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);

    connect(m_model, &PlanTableModel::reloaded, this, &ActionPlanView::planReloaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionPlanView::updateButtons);
    connect(m_editor, &PlanEditor::regenerated, this, [this] {
        m_table->setEnabled(true);
        updateButtons();
    });
    planReloaded();
}

ActionPlanView::~ActionPlanView() = default;

void ActionPlanView::setupTable()
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setAccessibleName(tr("Action plan"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The action text takes the room left; it wraps instead of being cut.
    header->setSectionResizeMode(PlanTableModel::Text, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
}

QWidget* ActionPlanView::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_regenerate = new QPushButton(QIcon(QStringLiteral(":/icons/plan.svg")), tr("&Regenerate from scorecard"), bar);
    m_regenerate->setToolTip(tr("Replaces the generated actions that are still proposed; your own actions and "
                                "actions past “proposed” are kept."));
    auto* add = new QPushButton(tr("&Add action"), bar);
    m_delete = new QPushButton(tr("&Delete"), bar);
    m_merge = new QPushButton(tr("&Merge"), bar);
    m_merge->setToolTip(tr("Merges the selected actions into the first: criteria united, texts joined, earliest "
                           "horizon and due date."));
    for (QPushButton* b : { m_regenerate, add, m_delete, m_merge })
        row->addWidget(b);
    row->addStretch(1);
    connect(m_regenerate, &QPushButton::clicked, this, &ActionPlanView::regenerate);
    connect(add, &QPushButton::clicked, this, &ActionPlanView::addAction);
    connect(m_delete, &QPushButton::clicked, this, &ActionPlanView::deleteSelected);
    connect(m_merge, &QPushButton::clicked, this, &ActionPlanView::mergeSelected);
    auto* del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(del);
    connect(del, &QAction::triggered, this, &ActionPlanView::deleteSelected);
    return bar;
}

QWidget* ActionPlanView::buildRoadmapPanel()
{
    auto* panel = new QWidget(this);
    m_span = new QComboBox(panel);
    m_span->addItem(tr("1 year: month 1, Q1, Q2–Q4"), false);
    m_span->addItem(tr("3 years"), true);
    auto* spanLabel = new QLabel(tr("R&oadmap:"), panel);
    spanLabel->setBuddy(m_span);
    auto* exportButton = new QPushButton(tr("E&xport roadmap…"), panel);
    exportButton->setToolTip(tr("Saves the roadmap as PNG or SVG."));
    auto* row = new QHBoxLayout;
    row->addWidget(spanLabel);
    row->addWidget(m_span);
    row->addStretch(1);
    row->addWidget(exportButton);
    auto* scroll = new QScrollArea(panel);
    scroll->setWidget(m_roadmap);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(scroll, 1);
    connect(m_span, &QComboBox::currentIndexChanged, this,
        [this] { m_roadmap->setThreeYears(m_span->currentData().toBool()); });
    connect(exportButton, &QPushButton::clicked, this, &ActionPlanView::exportRoadmap);
    return panel;
}

void ActionPlanView::setRoadmapThreeYears(bool threeYears)
{
    m_span->setCurrentIndex(m_span->findData(threeYears));
}

std::vector<plan::ActionRecord> ActionPlanView::selectedActions() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<plan::ActionRecord> out;
    for (const QModelIndex& i : rows)
        out.push_back(m_model->actions()[std::size_t(i.row())]);
    return out;
}

void ActionPlanView::updateButtons()
{
    const auto n = m_table->selectionModel()->selectedRows().size();
    m_delete->setEnabled(n > 0);
    m_merge->setEnabled(n > 1);
    m_regenerate->setEnabled(m_doc->isOpen() && !m_editor->isRegenerating());
}

void ActionPlanView::planReloaded()
{
    m_roadmap->setPlan(m_model->actions());
    if (const int row = m_model->rowOf(m_keepCurrent); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    updateButtons();
}

void ActionPlanView::addAction()
{
    plan::ActionRecord a;
    a.text = tr("New action").toStdString();
    a.horizon = plan::Horizon::ThreeMonths;
    if (m_editor->add(a) && !m_model->actions().empty()) {
        // The new action is the last row: select it and open its text for typing.
        const int row = m_model->rowCount() - 1;
        m_table->setCurrentIndex(m_model->index(row, PlanTableModel::Text));
        m_table->edit(m_model->index(row, PlanTableModel::Text));
    }
}

void ActionPlanView::deleteSelected()
{
    m_editor->remove(selectedActions());
}

void ActionPlanView::mergeSelected()
{
    const auto selected = selectedActions();
    if (selected.size() > 1 && m_editor->merge(selected))
        m_keepCurrent = selected.front().id;
}

void ActionPlanView::regenerate()
{
    if (!m_doc->isOpen() || m_editor->isRegenerating())
        return;
    if (const int n = m_editor->replaceableCount(); n > 0) {
        const auto answer = QMessageBox::question(this, tr("Regenerate the plan"),
            tr("Regenerating replaces the %n generated action(s) still marked “proposed”, including any changes you "
               "made to them. Your own actions and actions past “proposed” are kept. You can undo this.",
                nullptr, n),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    // No edits while the worker rewrites the plan: the undo step records the plan before and after.
    m_regenerate->setEnabled(false);
    m_table->setEnabled(false);
    m_editor->regenerate(QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en"));
}

void ActionPlanView::exportRoadmap()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the roadmap"), tr("roadmap.png"), tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_roadmap->exportTo(path, &error))
        m_doc->reportError(tr("The roadmap could not be saved: %1").arg(error));
}

} // namespace sa::app
