#include "DataView.h"

#include "AuditDocument.h"
#include "TableBrowser.h"
#include "commands/MergeManagersCommand.h"
#include "dialogs/ImportWizard.h"
#include "models/EntityColumns.h"
#include "models/EntityTableModel.h"
#include "scorecard/RowSetTitles.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sa::app {

DataView::DataView(AuditDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_tabs(new QTabWidget(this))
{
    auto* import = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import a file…"), this);
    import->setToolTip(
        tr("Import a CRM export (CSV, XLSX, Bitrix24 .xls); you can also drop the file on this screen."));
    connect(import, &QPushButton::clicked, this, [this] { importFile(); });
    auto* top = new QHBoxLayout;
    top->addWidget(import);
    top->addStretch(1);
    m_issues = new TableBrowser(doc, dataIssuesDef(), this);
    auto* jump = new QPushButton(tr("&Go to record"), m_issues);
    jump->setToolTip(tr("Show the row this issue is about in its table (also: double-click the issue)."));
    m_issues->toolbar()->addWidget(jump);
    connect(jump, &QPushButton::clicked, this, &DataView::jumpToIssueRecord);
    connect(m_issues->view(), &QTableView::doubleClicked, this, &DataView::jumpToIssueRecord);
    for (const EntityDef& def : entityDefs()) {
        auto* b = new TableBrowser(doc, def, this);
        m_browsers << b;
        m_tabs->addTab(b, titleText(def));
        if (QLatin1String(def.table) == QLatin1String("managers"))
            addMergeButton(b);
    }
    m_tabs->addTab(m_issues, QIcon(QStringLiteral(":/icons/warning.svg")), titleText(dataIssuesDef()));
    m_tabs->setUsesScrollButtons(true);
    m_banner = buildBanner();
    connect(m_tabs, &QTabWidget::currentChanged, this, &DataView::updateBanner);
    connect(doc, &AuditDocument::closed, this, [this] {
        m_drills.clear();
        updateBanner();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
}

QFrame* DataView::buildBanner()
{
    auto* banner = new QFrame(this);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    m_bannerText = new QLabel(banner);
    m_bannerText->setForegroundRole(QPalette::ToolTipText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearRows = new QPushButton(tr("C&lear"), banner);
    m_clearRows->setToolTip(tr("Show every row of this table again (Esc in the table)."));
    connect(m_clearRows, &QPushButton::clicked, this, &DataView::clearRows);
    auto* row = new QHBoxLayout(banner);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_bannerText, 1);
    row->addWidget(m_clearRows);
    banner->hide();
    return banner;
}

bool DataView::showRows(const QString& criterionId, const scoring::RowSet& rows)
{
    TableBrowser* target = browser(QString::fromStdString(rows.table));
    if (!target || target == m_issues || !rows.ids)
        return false;
    m_drills[target] = tr("Rows behind %1 — %2: %3")
                           .arg(criterionId, rowSetTitle(rows.label), QLocale().toString(qulonglong(rows.size())));
    target->model()->setIdFilter(rows.ids);
    m_tabs->setCurrentWidget(target);
    updateBanner();
    target->view()->setFocus();
    if (!target->findChild<QShortcut*>(QStringLiteral("clearRows"))) {
        auto* esc = new QShortcut(
            QKeySequence(Qt::Key_Escape), target->view(), this, &DataView::clearRows, Qt::WidgetWithChildrenShortcut);
        esc->setObjectName(QStringLiteral("clearRows"));
    }
    return true;
}

void DataView::clearRows()
{
    auto* current = qobject_cast<TableBrowser*>(m_tabs->currentWidget());
    if (!current || !m_drills.remove(current))
        return;
    current->model()->setIdFilter(nullptr);
    updateBanner();
}

QString DataView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void DataView::updateBanner()
{
    auto* current = qobject_cast<TableBrowser*>(m_tabs->currentWidget());
    const QString text = current ? m_drills.value(current) : QString();
    m_bannerText->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

TableBrowser* DataView::browser(const QString& table) const
{
    const EntityDef* def = findEntity(table);
    if (def == &dataIssuesDef())
        return m_issues;
    for (TableBrowser* b : m_browsers)
        if (&b->model()->definition() == def)
            return b;
    return nullptr;
}

bool DataView::jumpToIssueRecord()
{
    const QModelIndex current = m_issues->view()->currentIndex();
    if (!current.isValid())
        return false;
    auto* model = m_issues->model();
    const auto& cols = model->definition().columns;
    QString entity;
    qint64 record = -1;
    for (size_t c = 0; c < cols.size(); ++c) {
        const QVariant raw = model->index(current.row(), int(c)).data(EntityTableModel::RawRole);
        if (QLatin1String(cols[c].expr) == QLatin1String("t.entity"))
            entity = raw.toString();
        else if (QLatin1String(cols[c].expr) == QLatin1String("t.record_id") && !raw.isNull())
            record = raw.toLongLong();
    }
    TableBrowser* target = browser(entity);
    if (!target)
        return false;
    m_tabs->setCurrentWidget(target); // a table shown for the first time starts reading its rows
    return record >= 0 && revealRecord(target, record);
}

bool DataView::revealRecord(TableBrowser* target, qint64 record)
{
    EntityTableModel* model = target->model();
    if (model->isLoading() || model->isStale()) {
        // Its rows are on their way (a table loads when first shown): select the record then.
        connect(
            model, &EntityTableModel::loaded, target, [this, target, record] { revealRecord(target, record); },
            Qt::SingleShotConnection);
        return true;
    }
    if (target->showRecord(record))
        return true;
    if (!m_drills.contains(target) || m_tabs->currentWidget() != target)
        return false;
    // The record is outside the drill-down set: show every row again, then the record.
    clearRows();
    return revealRecord(target, record);
}

void DataView::importFile(const QString& file)
{
    if (!m_doc->isOpen())
        return;
    ImportWizard wizard(m_doc, file, this);
    wizard.exec();
}

void DataView::addMergeButton(TableBrowser* managers)
{
    auto* merge = new QPushButton(tr("&Merge into…"), managers);
    merge->setToolTip(tr("Merge the selected manager into another one: aliases, deals, leads, clients and "
                         "activities move over. Undoable."));
    managers->toolbar()->addWidget(merge);
    connect(merge, &QPushButton::clicked, this, &DataView::mergeCurrentManager);
}

void DataView::mergeCurrentManager()
{
    TableBrowser* managers = browser(QStringLiteral("managers"));
    const qint64 from = managers->currentRecord();
    if (from < 0 || !m_doc->isOpen())
        return;
    auto st = m_doc->project()->db().prepare("SELECT id, name FROM managers ORDER BY name");
    QStringList names;
    QList<qint64> ids;
    QString fromName;
    for (auto more = st ? st->step() : Result<bool>(false); more && *more; more = st->step()) {
        const QString name = QString::fromStdString(st->getText(1));
        if (st->getInt(0) == from) {
            fromName = name;
            continue;
        }
        names << name;
        ids << st->getInt(0);
    }
    bool ok = false;
    const QString into
        = QInputDialog::getItem(this, tr("Merge managers"), tr("Merge %1 into:").arg(fromName), names, 0, false, &ok);
    const qsizetype i = names.indexOf(into);
    if (ok && i >= 0)
        m_doc->undoStack()->push(new MergeManagersCommand(m_doc, from, ids[i], fromName, into));
}

} // namespace sa::app
