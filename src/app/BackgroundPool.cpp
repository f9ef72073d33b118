#include "BackgroundPool.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <sys/resource.h>

namespace sa::app {

namespace {

QThreadPool* makePool(const QString& name)
{
    auto* p = new QThreadPool(QCoreApplication::instance());
    p->setObjectName(name);
    return p;
}

} // namespace

QThreadPool* backgroundPool()
{
    static QThreadPool* pool = makePool(QStringLiteral("sa-background"));
    return pool;
}

QThreadPool* idleWorkPool()
{
    static QThreadPool* pool = makePool(QStringLiteral("sa-idle-work"));
    return pool;
}

void lowerThreadPriority(int nice)
{
#ifdef __linux__
    // On Linux the nice value is per thread: `who` 0 is the calling thread only.
    if (getpriority(PRIO_PROCESS, 0) < nice)
        (void)setpriority(PRIO_PROCESS, 0, nice);
#else
    Q_UNUSED(nice)
#endif
}

} // namespace sa::app
