#include "AppTestSupport.h"

#include "BackgroundPool.h"
#include "common/Clock.h"
#include "demo/DemoAudit.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <sqlite3.h>

namespace sa::apptest {

void isolateSettings()
{
    static QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SalesAuditTest"));
    QCoreApplication::setApplicationName(QStringLiteral("gui-tests"));
}

QString makeDemoProject(const QString& path, int deals)
{
    const FixedClock clock(toLocalSeconds({ 2025, 7, 1 }, { 10, 0, 0 }));
    demo::DemoOptions options;
    if (deals > 0)
        options.deals = deals;
    auto made = demo::createDemoAudit(path.toStdString(), options, clock);
    return made.ok() ? QString() : QString::fromStdString(made.error().describe());
}

QString execOnFile(const QString& path, const std::string& sql)
{
    auto db = store::Connection::open(path.toStdString(), SQLITE_OPEN_READWRITE);
    if (!db)
        return QString::fromStdString(db.error().describe());
    if (auto s = db->exec(sql); !s)
        return QString::fromStdString(s.error().describe());
    return {};
}

QString makeSampleProject(const QString& path)
{
    store::AuditInfo info;
    info.company = "Test Co";
    info.periodFrom = toLocalSeconds({ 2024, 7, 1 });
    info.periodTo = toLocalSeconds({ 2025, 6, 30 }) + kSecondsPerDay - 1;
    const FixedClock clock(toLocalSeconds({ 2025, 7, 1 }, { 10, 0, 0 }));
    auto p = store::Project::create(path.toStdString(), info, clock);
    if (!p)
        return QString::fromStdString(p.error().describe());
    QFile sql(QStringLiteral(SA_APP_SAMPLE_SQL));
    if (!sql.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + sql.fileName();
    if (auto s = p->db().exec(sql.readAll().toStdString()); !s)
        return QString::fromStdString(s.error().describe());
    return {};
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

bool waitForBackgroundWork(int timeoutMs)
{
    return waitFor(
        [] { return app::backgroundPool()->activeThreadCount() == 0 && app::idleWorkPool()->activeThreadCount() == 0; },
        timeoutMs);
}

} // namespace sa::apptest
