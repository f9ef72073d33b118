#include "ScreenshotTool.h"

#include "AuditDocument.h"
#include "BackgroundPool.h"
#include "FileController.h"
#include "MainWindow.h"
#include "ScoreService.h"
#include "Settings.h"
#include "Translations.h"
#include "dashboards/ChartCard.h"
#include "dashboards/DashboardEngine.h"
#include "dashboards/FilterBar.h"
#include "demo/DemoAudit.h"
#include "dialogs/AuditInfoDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/SettingsDialog.h"
#include "evidence/CriterionPicker.h"
#include "evidence/NoteListModel.h"
#include "scorecard/ReferenceInfo.h"
#include "scorecard/ThresholdDialog.h"
#include "views/ActionPlanView.h"
#include "views/DashboardsView.h"
#include "views/DataView.h"
#include "views/EvidenceView.h"
#include "views/ReportView.h"
#include "views/ScorecardView.h"
#include "views/TableBrowser.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <cstdio>

namespace sa::app {

namespace {
const QSize kSize(1280, 800);

void fail(const QString& message)
{
    std::fprintf(stderr, "screenshot: %s\n", qPrintable(message));
}
} // namespace

ScreenshotTool::ScreenshotTool(QString outDir, QString project)
    : m_outDir(std::move(outDir))
    , m_project(std::move(project))
{
}

int ScreenshotTool::run()
{
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
        return 1;
    }
    // Screenshots never read or change the user's own settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, tmp.path());
    if (m_project.isEmpty()) {
        // Without --project the screens show the demo audit, made by the product's own generator.
        m_project = tmp.filePath(QStringLiteral("demo-audit.sqlite"));
        const FixedClock clock(toLocalSeconds({ 2025, 7, 1 }, { 10, 0, 0 }));
        auto made = demo::createDemoAudit(m_project.toStdString(), demo::DemoOptions {}, clock);
        if (!made) {
            fail(describe(made.error()));
            return 1;
        }
    }
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ru") })
        if (!renderLanguage(lang))
            return 1;
    std::fprintf(stderr, "screenshot: %d images written under %s\n", m_saved, qPrintable(m_outDir));
    return 0;
}

void ScreenshotTool::settle(MainWindow& window)
{
    QElapsedTimer timer;
    timer.start();
    // Background queries (id lists, coverage) finish, then their results reach the GUI thread.
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    } while ((backgroundPool()->activeThreadCount() > 0 || idleWorkPool()->activeThreadCount() > 0
                 || QThreadPool::globalInstance()->activeThreadCount() > 0)
        && timer.elapsed() < 10000);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    window.update();
}

bool ScreenshotTool::save(QWidget* w, const QString& lang, const QString& name)
{
    const QString dir = m_outDir + QLatin1Char('/') + lang;
    QDir().mkpath(dir);
    const QString file = dir + QLatin1Char('/') + name + QLatin1String(".png");
    if (!w->grab().save(file)) {
        fail(QStringLiteral("cannot write %1").arg(file));
        return false;
    }
    ++m_saved;
    return true;
}

bool ScreenshotTool::renderLanguage(const QString& lang)
{
    installTranslations(lang == QLatin1String("ru") ? UiLanguage::Russian : UiLanguage::English);
    QTemporaryDir work(QDir::tempPath() + QLatin1String("/audits-XXXXXX"));
    const QString copy
        = work.filePath(m_project.isEmpty() ? QStringLiteral("audit.sqlite") : QFileInfo(m_project).fileName());
    if (!m_project.isEmpty() && !QFile::copy(m_project, copy)) {
        fail(QStringLiteral("cannot copy %1").arg(m_project));
        return false;
    }
    QSettings().clear(); // each language starts from the same recent-files list
    Settings settings;
    settings.addRecentFile(QDir::homePath() + QLatin1String("/Audits/Old client 2023.sqlite"));
    if (!m_project.isEmpty())
        settings.addRecentFile(copy);
    MainWindow window;
    window.resize(kSize);
    window.show();
    settle(window);
    bool ok = save(&window, lang, QStringLiteral("start"));
    if (m_project.isEmpty() || !window.files()->openPath(copy))
        return ok && m_project.isEmpty();
    const char* const names[]
        = { "start", "overview", "data", "evidence", "scorecard", "dashboards", "action-plan", "report" };
    for (int i = 1; i < kScreenCount; ++i) {
        window.showScreen(Screen(i));
        settle(window);
        ok = ok && save(&window, lang, QLatin1String(names[i]));
    }
    ok = ok && renderPlanAndReport(window, lang);
    auto* data = static_cast<DataView*>(window.screenWidget(Screen::Data));
    window.showScreen(Screen::Data);
    for (const QString& table :
        { QStringLiteral("data_issues"), QStringLiteral("stages"), QStringLiteral("manager_aliases") }) {
        data->tabs()->setCurrentWidget(data->browser(table));
        settle(window);
        ok = ok
            && save(&window, lang, QLatin1String("data-") + QString(table).replace(QLatin1Char('_'), QLatin1Char('-')));
    }
    AuditInfoDialog props(AuditInfoDialog::Mode::Properties, &window);
    props.setInfo(window.document()->auditInfo());
    AuditInfoDialog fresh(AuditInfoDialog::Mode::NewAudit, &window);
    SettingsDialog prefs(&window);
    for (auto [dialog, name] : { std::pair<QDialog*, const char*> { &fresh, "dialog-new-audit" },
             { &props, "dialog-properties" }, { &prefs, "dialog-settings" } }) {
        dialog->show();
        settle(window);
        ok = ok && save(dialog, lang, QLatin1String(name));
        dialog->hide();
    }
    ok = ok && renderDashboards(window, lang);
    ok = ok && renderEvidenceAndScorecard(window, lang);
    ok = ok && renderImportWizard(window, lang, work.path());
    window.document()->close();
    return ok;
}

bool ScreenshotTool::renderDashboards(MainWindow& window, const QString& lang)
{
    auto* view = static_cast<DashboardsView*>(window.screenWidget(Screen::Dashboards));
    window.showScreen(Screen::Dashboards);
    const auto waitShown = [&] {
        QElapsedTimer timer;
        timer.start();
        // The filter bar coalesces edits for 250 ms before the engine starts: wait for the result itself.
        while (timer.elapsed() < 30000
            && (view->engine()->isBusy() || !view->engine()->latest()
                || !(view->engine()->latest()->filters == view->filterBar()->filters())))
            settle(window);
        settle(window);
    };
    waitShown();
    // The dashboards compute on a pool of their own, which settle() does not watch: shoot again now.
    bool ok = save(&window, lang, QStringLiteral("dashboards"));
    // The charts further down, with the numbers behind one of them opened.
    const QList<ChartCard*> cards = view->cards();
    if (cards.size() > 1) {
        ChartCard* card = cards.size() > 2 ? cards[2] : cards[1];
        card->setNumbersVisible(true);
        settle(window);
        if (auto* scroll = view->findChild<QScrollArea*>())
            scroll->ensureWidgetVisible(card->table(), 0, 20);
        settle(window);
        ok = ok && save(&window, lang, QStringLiteral("dashboards-numbers"));
        card->setNumbersVisible(false);
        settle(window);
        if (auto* scroll = view->findChild<QScrollArea*>()) {
            scroll->ensureWidgetVisible(cards.last(), 0, 0); // the last charts
            settle(window);
            ok = ok && save(&window, lang, QStringLiteral("dashboards-more"));
            scroll->ensureVisible(0, 0);
        }
    }
    // One manager's dashboards: a filter recomputes every chart.
    view->filterBar()->managerBox()->setCurrentIndex(std::min(2, view->filterBar()->managerBox()->count() - 1));
    waitShown();
    ok = ok && save(&window, lang, QStringLiteral("dashboards-filtered"));
    view->filterBar()->reset();
    waitShown();
    return ok;
}

bool ScreenshotTool::renderEvidenceAndScorecard(MainWindow& window, const QString& lang)
{
    auto* evidence = static_cast<EvidenceView*>(window.screenWidget(Screen::Evidence));
    auto* scorecard = static_cast<ScorecardView*>(window.screenWidget(Screen::Scorecard));
    const auto setup = window.scores()->setup();
    const auto info = ReferenceInfo::shared();
    const evidence::Note* note = evidence->model()->note(0);
    if (!setup || !info || !note) {
        fail(QStringLiteral("the demo audit has no score or no notes"));
        return false;
    }
    window.showScreen(Screen::Evidence);
    evidence->showNote(note->id);
    settle(window);
    bool ok = save(&window, lang, QStringLiteral("evidence-editor"));
    CriterionPicker picker(setup->catalogue, evidence->model()->note(0)->criteria, &window);
    picker.show();
    settle(window);
    ok = ok && save(&picker, lang, QStringLiteral("dialog-criterion-picker"));
    picker.hide();
    evidence->searchEdit()->setText(QStringLiteral("клиенты"));
    settle(window);
    QThread::msleep(300); // the search runs after a short pause in typing
    settle(window);
    ok = ok && save(&window, lang, QStringLiteral("evidence-search"));
    evidence->searchEdit()->clear();
    window.showScreen(Screen::Scorecard);
    scorecard->showCriterion(QStringLiteral("P4"));
    settle(window);
    ok = ok && save(&window, lang, QStringLiteral("scorecard-details"));
    ThresholdDialog thresholds(*setup, *info, "P4", &window);
    thresholds.rationaleEdit()->setPlainText(lang == QLatin1String("ru")
            ? QStringLiteral("У клиента длинный цикл сделки в госзакупках, поэтому сделки дольше стоят на этапах.")
            : QStringLiteral("The client sells through public tenders, so deals stay longer in each stage."));
    thresholds.show();
    settle(window);
    ok = ok && save(&thresholds, lang, QStringLiteral("dialog-thresholds"));
    thresholds.hide();
    return ok && renderDrillDown(window, lang);
}

bool ScreenshotTool::renderDrillDown(MainWindow& window, const QString& lang)
{
    auto* scorecard = static_cast<ScorecardView*>(window.screenWidget(Screen::Scorecard));
    auto* data = static_cast<DataView*>(window.screenWidget(Screen::Data));
    window.showScreen(Screen::Scorecard);
    if (!scorecard->showCriterion(QStringLiteral("P4")) || !scorecard->drillDown(0)) {
        fail(QStringLiteral("the demo audit's P4 names no stalled deals"));
        return false;
    }
    settle(window);
    const bool ok = save(&window, lang, QStringLiteral("data-drill-down"));
    data->clearRows();
    settle(window);
    return ok;
}

QString ScreenshotTool::writeSampleExport(MainWindow& window, const QString& folder)
{
    // A small amoCRM-style export made from the audit's own deals, so the wizard shows real pages.
    QFile f(folder + QLatin1String("/deals_export.csv"));
    long long unit = 1; // minor units per major unit of the audit currency
    for (int i = 0; i < window.document()->auditInfo().currency.exponent; ++i)
        unit *= 10;
    auto st = window.document()->project()->db().prepare("SELECT 'X' || d.ext_id, d.name, d.amount / "
        + std::to_string(unit)
        + ", (SELECT name FROM managers WHERE id = d.owner_id),"
          " (SELECT name FROM stages WHERE id = d.stage_id), strftime('%d.%m.%Y %H:%M', d.created_at, 'unixepoch'),"
          " coalesce(strftime('%d.%m.%Y %H:%M', d.closed_at, 'unixepoch'), '')"
          " FROM deals d ORDER BY d.id LIMIT 40");
    if (!st || !f.open(QIODevice::WriteOnly))
        return {};
    QByteArray csv = "ID;Название сделки;Бюджет;Ответственный;Этап сделки;Дата создания;Дата закрытия\r\n";
    for (auto more = st->step(); more && *more; more = st->step()) {
        QStringList cells;
        for (int c = 0; c < 7; ++c)
            cells << QString::fromStdString(st->getText(c));
        csv += cells.join(QLatin1Char(';')).toUtf8() + "\r\n";
    }
    f.write(csv);
    return f.fileName();
}

bool ScreenshotTool::renderImportWizard(MainWindow& window, const QString& lang, const QString& folder)
{
    const QString file = writeSampleExport(window, folder);
    if (file.isEmpty())
        return false;
    ImportWizard wizard(window.document(), file, &window);
    wizard.show();
    const char* const names[]
        = { "import-1-file", "import-2-format", "import-3-preview", "import-4-mapping", "import-5-check" };
    bool ok = true;
    for (int page = ImportWizard::FilePage; page <= ImportWizard::DryRunPage; ++page) {
        QElapsedTimer timer;
        timer.start();
        while (!wizard.currentPage()->isComplete() && timer.elapsed() < 20000)
            settle(window);
        ok = ok && save(&wizard, lang, QLatin1String(names[page]));
        if (page < ImportWizard::DryRunPage)
            wizard.next();
    }
    wizard.reject();
    return ok;
}

bool ScreenshotTool::renderPlanAndReport(MainWindow& window, const QString& lang)
{
    // Action plan with the three-year roadmap, then the report once its preview is generated and drawn.
    window.showScreen(Screen::ActionPlan);
    auto* plan = static_cast<ActionPlanView*>(window.screenWidget(Screen::ActionPlan));
    plan->setRoadmapThreeYears(true);
    settle(window);
    auto* splitter = plan->findChild<QSplitter*>();
    const QList<int> sizes = splitter ? splitter->sizes() : QList<int>();
    if (splitter) // room for more of the roadmap
        splitter->setSizes({ 1, 3 });
    settle(window);
    bool ok = save(&window, lang, QStringLiteral("action-plan-3-years"));
    plan->setRoadmapThreeYears(false);
    if (splitter)
        splitter->setSizes(sizes);
    window.showScreen(Screen::Report);
    auto* report = static_cast<ReportView*>(window.screenWidget(Screen::Report));
    QElapsedTimer timer;
    timer.start();
    while (
        (report->isBusy() || report->pdfDocument()->status() != QPdfDocument::Status::Ready) && timer.elapsed() < 60000)
        settle(window);
    for (int i = 0; i < 10; ++i) // the preview renders its pages after loading
        settle(window);
    ok = ok && save(&window, lang, QStringLiteral("report"));
    report->showPage(2); // the executive summary
    for (int i = 0; i < 10; ++i)
        settle(window);
    ok = ok && save(&window, lang, QStringLiteral("report-summary"));
    report->showPage(0);
    return ok;
}

} // namespace sa::app
