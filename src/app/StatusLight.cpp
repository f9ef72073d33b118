#include "StatusLight.h"

#include "ValueFormat.h"
#include "charts/StatusBadge.h"
#include "report/StatusStyle.h"
#include "report/builder/CriterionText.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace sa::app {

using scoring::Status;

namespace {

report::StatusStyle styleOf(Status s)
{
    return report::styleOf(report::lightOf(s), reportLabels());
}

} // namespace

QString statusWord(Status s)
{
    switch (s) {
    case Status::Green:
        return QCoreApplication::translate("sa::app::StatusLight", "Green");
    case Status::Yellow:
        return QCoreApplication::translate("sa::app::StatusLight", "Yellow");
    case Status::Red:
        return QCoreApplication::translate("sa::app::StatusLight", "Red");
    case Status::NotAssessed:
        break;
    }
    return QCoreApplication::translate("sa::app::StatusLight", "Not assessed");
}

QString statusSymbol(Status s)
{
    return styleOf(s).symbol;
}

QColor statusColor(Status s)
{
    return styleOf(s).fill;
}

QIcon statusIcon(Status s)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        charts::paintStatusBadge(
            p, QRectF(0.5, 0.5, size - 1.0, size - 1.0), report::toChartStatus(report::lightOf(s)));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString statusLabel(Status s)
{
    return statusSymbol(s) + QLatin1Char(' ') + statusWord(s);
}

Status statusFromString(const std::string& s)
{
    if (s == "green")
        return Status::Green;
    if (s == "yellow")
        return Status::Yellow;
    if (s == "red")
        return Status::Red;
    return Status::NotAssessed;
}

QString componentStatusLabel(const std::string& s)
{
    const report::Light light = report::lightOf(s);
    if (light != report::Light::InsufficientCoverage)
        return statusLabel(statusFromString(s));
    const QString word = s == "insufficient_components"
        ? QCoreApplication::translate("sa::app::StatusLight", "Too few components")
        : QCoreApplication::translate("sa::app::StatusLight", "Too little assessed");
    return report::styleOf(light, reportLabels()).symbol + QLatin1Char(' ') + word;
}

} // namespace sa::app
