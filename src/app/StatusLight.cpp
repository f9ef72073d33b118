#include "StatusLight.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace sa::app {

using scoring::Status;

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
    switch (s) {
    case Status::Green:
        return QStringLiteral("✔");
    case Status::Yellow:
        return QStringLiteral("▲");
    case Status::Red:
        return QStringLiteral("✖");
    case Status::NotAssessed:
        break;
    }
    return QStringLiteral("○");
}

QColor statusColor(Status s)
{
    switch (s) {
    case Status::Green:
        return QColor(0x2e, 0x9e, 0x4f);
    case Status::Yellow:
        return QColor(0xe0, 0xa8, 0x00);
    case Status::Red:
        return QColor(0xc8, 0x38, 0x2e);
    case Status::NotAssessed:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

QIcon statusIcon(Status s)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(statusColor(s));
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(size * 5 / 8);
        f.setBold(true);
        p.setFont(f);
        p.drawText(pm.rect(), Qt::AlignCenter, statusSymbol(s));
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

} // namespace sa::app
