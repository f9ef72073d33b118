#include "StartView.h"

#include "FileController.h"
#include "Settings.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace sa::app {

StartView::StartView(FileController* files, QWidget* parent)
    : QWidget(parent)
    , m_files(files)
    , m_recent(new QListWidget(this))
    , m_demo(new QPushButton(this))
{
    auto* title = new QLabel(tr("Sales Audit Workbench"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto* intro = new QLabel(tr("Audit a sales department: import CRM exports, score 45 criteria, rank the "
                                "bottlenecks by money and build the action plan and the report."),
        this);
    intro->setWordWrap(true);
    auto* newAudit = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New audit…"), this);
    auto* open = new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open…"), this);
    m_demo->setText(tr("Open the &demo audit"));
    m_demo->setIcon(QIcon(QStringLiteral(":/icons/demo.svg")));
    m_demo->setToolTip(tr("A complete audit of a fictitious B2B company, generated on first use."));
    auto* recentLabel = new QLabel(tr("&Recent audits:"), this);
    recentLabel->setBuddy(m_recent);
    auto* hint = new QLabel(tr("Tip: drop an audit file (.sqlite) anywhere on this window to open it."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(32, 24, 32, 24);
    grid->addWidget(title, 0, 0, 1, 2);
    grid->addWidget(intro, 1, 0, 1, 2);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : { newAudit, open, m_demo })
        buttons->addWidget(b);
    buttons->addStretch(1);
    grid->addLayout(buttons, 3, 0);
    grid->addWidget(recentLabel, 2, 1);
    grid->addWidget(m_recent, 3, 1);
    grid->addWidget(hint, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    connect(newAudit, &QPushButton::clicked, m_files, &FileController::newAudit);
    connect(open, &QPushButton::clicked, m_files, &FileController::openWithDialog);
    connect(m_demo, &QPushButton::clicked, m_files, &FileController::openDemo);
    connect(m_files, &FileController::busyChanged, m_demo, [this](bool busy) {
        m_demo->setEnabled(!busy);
        m_demo->setText(busy ? tr("Generating the demo audit…") : tr("Open the &demo audit"));
    });
    connect(m_recent, &QListWidget::itemActivated, this, &StartView::openItem);
    connect(m_files, &FileController::recentFilesChanged, this, &StartView::refreshRecent);
    refreshRecent();
}

void StartView::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : Settings().recentFiles()) {
        const QFileInfo fi(path);
        auto* item = new QListWidgetItem(fi.completeBaseName() + QStringLiteral("  —  ") + fi.absolutePath(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setIcon(QIcon(QStringLiteral(":/icons/audit.svg")));
        if (!fi.exists()) {
            // Kept in the list (a disconnected drive may come back) but shown as unavailable.
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setText(item->text() + QLatin1String("  ") + tr("(file not found)"));
            item->setToolTip(tr("The file no longer exists at %1").arg(path));
        } else {
            item->setToolTip(path);
        }
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

void StartView::openItem(QListWidgetItem* item)
{
    if (item)
        m_files->openInBackground(item->data(Qt::UserRole).toString());
}

} // namespace sa::app
