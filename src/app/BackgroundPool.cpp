#include "BackgroundPool.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <sys/resource.h>

namespace sa::app {

QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("sa-background"));
        return p;
    }();
    return pool;
}

void lowerThreadPriority()
{
#ifdef __linux__
    // On Linux the nice value is per thread: `who` 0 is the calling thread only.
    constexpr int kNice = 10;
    if (getpriority(PRIO_PROCESS, 0) < kNice)
        (void)setpriority(PRIO_PROCESS, 0, kNice);
#endif
}

} // namespace sa::app
