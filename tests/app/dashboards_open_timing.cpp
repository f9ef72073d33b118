// Manual measurement (not a test): time from opening an audit to live dashboards, and the longest
// GUI-thread stall meanwhile. usage: dashboards_open_timing PROJECT [--window]
//   default: AuditDocument + DashboardsView only (the dashboard path alone);
//   --window: the whole MainWindow (scoring and the overview load at the same time), Dashboards
//   shown right after the audit opened, as a user clicking it at once would.
#include "AppTestSupport.h"
#include "AuditDocument.h"
#include "MainWindow.h"
#include "dashboards/DashboardEngine.h"
#include "dashboards/FilterBar.h"
#include "views/DashboardsView.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace sa::app;

namespace {
double processCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: dashboards_open_timing PROJECT [--window]\n");
        return 2;
    }
    sa::apptest::isolateSettings();
    const bool whole = args.contains(QStringLiteral("--window"));
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<AuditDocument> ownDoc;
    std::unique_ptr<DashboardsView> ownView;
    AuditDocument* doc = nullptr;
    DashboardsView* view = nullptr;
    if (whole) {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        doc = window->document();
        view = static_cast<DashboardsView*>(window->screenWidget(Screen::Dashboards));
        QObject::connect(doc, &AuditDocument::opened, [&] { window->showScreen(Screen::Dashboards); });
    } else {
        ownDoc = std::make_unique<AuditDocument>();
        doc = ownDoc.get();
        ownView = std::make_unique<DashboardsView>(doc);
        ownView->resize(1200, 800);
        ownView->show();
        view = ownView.get();
    }
    // A 5 ms heartbeat on the GUI thread: the largest gap between beats is the longest stall.
    QElapsedTimer beat;
    qint64 longestStall = 0;
    QTimer heart;
    heart.setInterval(5);
    QObject::connect(&heart, &QTimer::timeout, [&] { longestStall = std::max(longestStall, beat.restart()); });
    QElapsedTimer clock;
    qint64 openedAt = -1, liveAt = -1, filteredAt = -1;
    double liveCpu = 0;
    QObject::connect(view, &DashboardsView::refreshed, [&] {
        view->repaint(); // the charts painted, not only computed
        if (liveAt < 0) {
            liveAt = clock.elapsed();
            liveCpu = processCpuSeconds();
            // Then one filter change: the loaded data is reused, only the metrics run again.
            QTimer::singleShot(0, [&] {
                clock.restart();
                view->filterBar()->managerBox()->setCurrentIndex(1);
            });
            return;
        }
        filteredAt = clock.elapsed();
        QTimer::singleShot(0, &app, &QApplication::quit);
    });
    QTimer::singleShot(0, [&] {
        beat.start();
        heart.start();
        clock.start();
        const auto s = doc->open(args.at(1));
        openedAt = clock.elapsed();
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(describe(s.error())));
            QApplication::exit(1);
        }
    });
    const int rc = QApplication::exec();
    const auto outcome = view->engine()->latest();
    std::printf("%s: open (Project::open on the GUI thread) %lld ms, live dashboards %lld ms (process CPU %.1f s), "
                "longest GUI stall %lld ms; a filter change to live %lld ms (incl. 250 ms pause; metrics and charts "
                "%.0f ms)\n",
        whole ? "main window" : "dashboards view", openedAt, liveAt, liveCpu, longestStall, filteredAt,
        outcome ? outcome->computeMs : -1.0);
    return rc;
}
