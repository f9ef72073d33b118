#include "MainWindow.h"

#include "common/Clock.h"
#include "store/Project.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>

namespace sa::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_info(new QLabel(this))
{
    setWindowTitle(tr("Sales Audit Workbench"));
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_info->setMargin(16);
    m_info->setText(tr("Create a new audit or open an existing one from the File menu."));
    setCentralWidget(m_info);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New audit…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(900, 600);
}

void MainWindow::newProject()
{
    const QString company = QInputDialog::getText(this, tr("New audit"), tr("Company:"));
    if (company.trimmed().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("New audit"), QString(), tr("Audit projects (*.sqlite)"));
    if (path.isEmpty())
        return;
    store::AuditInfo info;
    info.company = company.toStdString();
    SystemClock clock;
    auto p = store::Project::create(path.toStdString(), info, clock);
    if (!p) {
        QMessageBox::critical(this, tr("New audit"), QString::fromStdString(p.error().describe()));
        return;
    }
    openProject(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open audit"), QString(), tr("Audit projects (*.sqlite)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openProject(const QString& path)
{
    auto p = store::Project::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (!p) {
        QMessageBox::critical(this, tr("Open audit"), QString::fromStdString(p.error().describe()));
        return;
    }
    auto info = p->auditInfo();
    auto counts = p->entityCounts();
    if (!info || !counts)
        return;
    QString text = tr("<h2>%1</h2><p>Variant: %2</p><table>").arg(QString::fromStdString(info->company).toHtmlEscaped(),
                                                                QString::fromLatin1(store::toString(info->variant)));
    for (const auto& [table, n] : *counts)
        text += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(QString::fromStdString(table)).arg(n);
    m_info->setText(text + QStringLiteral("</table>"));
    setWindowTitle(tr("%1 — Sales Audit Workbench").arg(QString::fromStdString(info->company)));
}

} // namespace sa::app
