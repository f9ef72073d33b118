#include "Canvas.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sa::charts {

QFont Canvas::font(double scale, bool bold) const
{
    QFont f(style.fontFamily);
    // Sizes are in device pixels of the bounds; convert to points for this device's resolution.
    const QPaintDevice* dev = painter.device();
    const double dpi = dev && dev->logicalDpiY() > 0 ? dev->logicalDpiY() : 96.0;
    f.setPointSizeF(std::max(0.5, unit * scale * 72.0 / dpi));
    f.setBold(bold);
    f.setKerning(true);
    // No shaping for Latin/Cyrillic means no "fi" ligature: chart text in a PDF or SVG stays searchable as
    // typed (the report's own text does the same).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFontMetricsF Canvas::metrics(const QFont& f) const
{
    return QFontMetricsF(f, painter.device());
}

void Canvas::text(const QRectF& rect, int flags, const QString& s, const QFont& f, const QColor& color) const
{
    const QFontMetricsF fm = metrics(f);
    painter.setFont(f);
    painter.setPen(color);
    painter.drawText(rect, flags, fm.elidedText(s, Qt::ElideRight, std::max(0.0, rect.width())));
}

double baseUnit(const QRectF& bounds, double fontScale)
{
    const double w = std::max(1.0, bounds.width());
    const double h = std::max(1.0, bounds.height());
    const double u = std::min({ std::sqrt(w * h) / 52.0, w / 40.0, h / 14.0 });
    return std::max(1.0, u * fontScale);
}

QRectF drawTitle(Canvas& c, const QString& title, const QString& headline)
{
    const double pad = c.unit * 0.6;
    QRectF area = c.bounds.adjusted(pad, pad, -pad, -pad);
    if (!c.style.drawTitle || (title.isEmpty() && headline.isEmpty()))
        return area;
    const QFont tf = c.font(1.3, true);
    const double h = c.metrics(tf).height();
    QRectF line(area.left(), area.top(), area.width(), h);
    double headlineWidth = 0;
    if (!headline.isEmpty()) {
        const QFont hf = c.font(1.5, true);
        headlineWidth = c.metrics(hf).horizontalAdvance(headline) + c.unit;
        c.text(line.adjusted(0, -h * 0.2, 0, 0), Qt::AlignRight | Qt::AlignVCenter, headline, hf, c.palette().text);
    }
    c.text(line.adjusted(0, 0, -headlineWidth, 0), Qt::AlignLeft | Qt::AlignVCenter, title, tf, c.palette().text);
    area.setTop(line.bottom() + c.unit * 0.6);
    return area;
}

void drawNoData(Canvas& c, const QRectF& area, const QString& reason)
{
    c.painter.setPen(QPen(c.palette().grid, std::max(1.0, c.unit * 0.1), Qt::DashLine));
    c.painter.setBrush(Qt::NoBrush);
    c.painter.drawRect(area.adjusted(c.unit, c.unit, -c.unit, -c.unit));
    const QString noData = QCoreApplication::translate("Charts", "No data");
    if (reason.isEmpty())
        return c.text(area, Qt::AlignCenter, noData, c.font(1.4), c.palette().mutedText);
    // Headline just above the centre, the reason wrapped below it inside the dashed frame.
    const QPointF mid = area.center();
    const QRectF head(area.left(), area.top(), area.width(), mid.y() - area.top());
    c.text(head, Qt::AlignHCenter | Qt::AlignBottom, noData, c.font(1.4), c.palette().mutedText);
    const QRectF body = QRectF(area.left(), mid.y(), area.width(), area.bottom() - mid.y())
                            .adjusted(c.unit * 2, c.unit * 0.4, -c.unit * 2, -c.unit * 1.2);
    c.painter.setFont(c.font(1.0));
    c.painter.setPen(c.palette().mutedText);
    c.painter.drawText(body, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, reason);
}

void drawHatch(QPainter& p, const QRectF& r, const QColor& color, double spacing, double width)
{
    if (r.width() <= 0 || r.height() <= 0 || spacing <= 0)
        return;
    p.save();
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    // Lines x + y = k ("/"), clipped to the rect analytically.
    for (double k = r.left() + r.top() + spacing / 2; k < r.right() + r.bottom(); k += spacing) {
        const double x0 = std::max(r.left(), k - r.bottom());
        const double x1 = std::min(r.right(), k - r.top());
        if (x1 > x0)
            p.drawLine(QPointF(x0, k - x0), QPointF(x1, k - x1));
    }
    p.restore();
}

QColor textColorOn(const QColor& fill)
{
    // WCAG relative luminance; below ~0.18 white text has the better contrast ratio, above it black.
    auto lin = [](float c) { return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); };
    const double l = 0.2126 * lin(fill.redF()) + 0.7152 * lin(fill.greenF()) + 0.0722 * lin(fill.blueF());
    return l > 0.18 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

QColor Palette::statusColor(Status s) const
{
    switch (s) {
    case Status::Green:
        return green;
    case Status::Yellow:
        return yellow;
    case Status::Red:
        return red;
    case Status::NotAssessed:
        return notAssessed;
    case Status::OutOfScope:
        return outOfScope;
    }
    return notAssessed;
}

ChartStyle ChartStyle::forLanguage(const QString& language)
{
    ChartStyle s;
    s.numbers = NumberFormat::forLanguage(language);
    return s;
}

void fillStatusCell(QPainter& p, const QRectF& rect, Status status, const Palette& palette, double lineWidth)
{
    p.setPen(Qt::NoPen);
    p.setBrush(palette.statusColor(status));
    p.drawRect(rect);
    if (status == Status::OutOfScope)
        drawHatch(p, rect, palette.grid.darker(130), std::max(3.0, rect.height() / 6), lineWidth);
    p.setPen(QPen(palette.axis, lineWidth));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect);
}

QString statusWord(Status s)
{
    switch (s) {
    case Status::Green:
        return QCoreApplication::translate("Charts", "Green");
    case Status::Yellow:
        return QCoreApplication::translate("Charts", "Yellow");
    case Status::Red:
        return QCoreApplication::translate("Charts", "Red");
    case Status::NotAssessed:
        return QCoreApplication::translate("Charts", "Not assessed");
    case Status::OutOfScope:
        return QCoreApplication::translate("Charts", "Out of scope");
    }
    return {};
}

} // namespace sa::charts
