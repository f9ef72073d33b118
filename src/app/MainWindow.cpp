#include "MainWindow.h"

#include "Application.h"
#include "AuditDocument.h"
#include "FileController.h"
#include "ScoreService.h"
#include "Settings.h"
#include "dialogs/SettingsDialog.h"
#include "views/ActionPlanView.h"
#include "views/DashboardsView.h"
#include "views/DataView.h"
#include "views/EvidenceView.h"
#include "views/OverviewView.h"
#include "views/ReportView.h"
#include "views/ScorecardView.h"
#include "views/StartView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace sa::app {

namespace {
const char* const kScreenIcons[kScreenCount]
    = { "start", "overview", "data", "evidence", "scorecard", "dashboards", "plan", "report" };
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_doc(new AuditDocument(this))
    , m_files(new FileController(m_doc, this))
    , m_scores(new ScoreService(m_doc, this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setAcceptDrops(true);
    buildScreens();
    buildMenus();
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_doc, &AuditDocument::opened, this, [this] {
        updateForDocument();
        showScreen(Screen::Overview);
    });
    connect(m_doc, &AuditDocument::closed, this, [this] {
        updateForDocument();
        showScreen(Screen::Start);
    });
    connect(m_doc, &AuditDocument::auditInfoChanged, this, &MainWindow::updateForDocument);
    connect(m_doc, &AuditDocument::errorOccurred, this, [this](const QString& m) { showError(tr("Error"), m); });
    connect(m_files, &FileController::failed, this, &MainWindow::showError);
    connect(m_files, &FileController::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Opening and checking the audit…"));
        else
            updateForDocument();
    });
    updateForDocument();
    showScreen(Screen::Start);
    restoreWindow();
}

MainWindow::~MainWindow() = default;

QString MainWindow::screenTitle(Screen s)
{
    switch (s) {
    case Screen::Start:
        return tr("Start");
    case Screen::Overview:
        return tr("Overview");
    case Screen::Data:
        return tr("Data");
    case Screen::Evidence:
        return tr("Evidence");
    case Screen::Scorecard:
        return tr("Scorecard");
    case Screen::Dashboards:
        return tr("Dashboards");
    case Screen::ActionPlan:
        return tr("Action plan");
    case Screen::Report:
        return tr("Report");
    }
    return {};
}

void MainWindow::buildScreens()
{
    m_start = new StartView(m_files, m_stack);
    m_overview = new OverviewView(m_doc, m_scores, m_stack);
    auto* evidence = new EvidenceView(m_doc, m_scores, m_stack);
    auto* scorecard = new ScorecardView(m_doc, m_scores, m_stack);
    const QList<QWidget*> views = { m_start, m_overview, new DataView(m_doc, m_stack), evidence, scorecard,
        new DashboardsView(m_doc, m_stack), new ActionPlanView(m_doc, m_stack), new ReportView(m_doc, m_stack) };
    linkEvidence(evidence, scorecard);
    // Drill-down: a row set of the details pane opens its table filtered to exactly those rows.
    connect(scorecard, &ScorecardView::rowsRequested, this,
        [this, data = static_cast<DataView*>(views[2])](const QString& id, const scoring::RowSet& rows) {
            showScreen(Screen::Data);
            data->showRows(id, rows);
        });
    for (int i = 0; i < kScreenCount; ++i) {
        m_stack->addWidget(views[i]);
        auto* item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(kScreenIcons[i]))), screenTitle(Screen(i)), m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(screenTitle(Screen(i))).arg(i + 1));
    }
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 16);
    m_nav->setAccessibleName(tr("Screens"));
}

void MainWindow::linkEvidence(EvidenceView* evidence, ScorecardView* scorecard)
{
    // A note's criterion opens in the scorecard; a criterion's note (or all its notes) in Evidence.
    connect(evidence, &EvidenceView::criterionActivated, this, [this, scorecard](const QString& id) {
        showScreen(Screen::Scorecard);
        scorecard->showCriterion(id);
    });
    connect(scorecard, &ScorecardView::noteActivated, this, [this, evidence](qint64 id) {
        showScreen(Screen::Evidence);
        evidence->showNote(id);
    });
    connect(scorecard, &ScorecardView::notesRequested, this, [this, evidence](const QString& id) {
        showScreen(Screen::Evidence);
        evidence->filterCriterion(id);
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New audit…"), QKeySequence::New, m_files,
        &FileController::newAudit);
    file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open…"), QKeySequence::Open, m_files,
        &FileController::openWithDialog);
    file->addAction(
        QIcon(QStringLiteral(":/icons/demo.svg")), tr("Open the &demo audit"), m_files, &FileController::openDemo);
    QAction* close = file->addAction(tr("&Close audit"), QKeySequence::Close, m_files, &FileController::closeAudit);
    connect(m_doc, &AuditDocument::opened, close, [close] { close->setEnabled(true); });
    connect(m_doc, &AuditDocument::closed, close, [close] { close->setEnabled(false); });
    close->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* props = edit->addAction(tr("Audit &properties…"), this, [this] { m_overview->editProperties(); });
    connect(m_doc, &AuditDocument::opened, props, [props] { props->setEnabled(true); });
    connect(m_doc, &AuditDocument::closed, props, [props] { props->setEnabled(false); });
    props->setEnabled(false);
    edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::openSettings);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kScreenCount; ++i) {
        QAction* a = view->addAction(screenTitle(Screen(i)), this, [this, i] { showScreen(Screen(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sales Audit Workbench"), this, [this] {
        QMessageBox::about(this, tr("About Sales Audit Workbench"),
            tr("Sales Audit Workbench %1\nAudits of B2B sales departments.").arg(QStringLiteral(SA_VERSION)));
    });
}

void MainWindow::showScreen(Screen s)
{
    QListWidgetItem* item = m_nav->item(int(s));
    if (item && !item->flags().testFlag(Qt::ItemIsEnabled))
        return;
    m_nav->setCurrentRow(int(s));
}

Screen MainWindow::currentScreen() const
{
    return Screen(m_stack->currentIndex());
}

QWidget* MainWindow::screenWidget(Screen s) const
{
    return m_stack->widget(int(s));
}

void MainWindow::updateForDocument()
{
    const bool open = m_doc->isOpen();
    for (int i = 1; i < kScreenCount; ++i) {
        QListWidgetItem* item = m_nav->item(i);
        item->setFlags(open ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
    }
    const QString company = QString::fromStdString(m_doc->auditInfo().company);
    setWindowTitle(open ? tr("%1 — Sales Audit Workbench").arg(company) : tr("Sales Audit Workbench"));
    setWindowFilePath(m_doc->path());
    statusBar()->showMessage(open ? QDir::toNativeSeparators(m_doc->path()) : tr("No audit open"));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreWindow()
{
    const Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    // A project opens; with an audit open, any other file goes to the import wizard.
    if (urls.size() == 1 && (FileController::isProjectFile(urls.first().toLocalFile()) || m_doc->isOpen()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1) {
        event->acceptProposedAction();
        const QString file = urls.first().toLocalFile();
        if (FileController::isProjectFile(file) || !m_doc->isOpen()) {
            m_files->openInBackground(file);
        } else {
            showScreen(Screen::Data);
            static_cast<DataView*>(screenWidget(Screen::Data))->importFile(file);
        }
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

} // namespace sa::app
