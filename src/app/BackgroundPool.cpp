#include "BackgroundPool.h"

#include <QCoreApplication>
#include <QThreadPool>

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

} // namespace sa::app
