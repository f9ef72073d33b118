#include "Export.h"

#include "ChartTranslations.h"
#include "Renderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

namespace sa::charts {

QImage toImage(const ChartSpec& spec, const QSize& logicalSize, qreal devicePixelRatio, const ChartStyle& style)
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const QSize pixels(static_cast<int>(std::ceil(logicalSize.width() * dpr)),
        static_cast<int>(std::ceil(logicalSize.height() * dpr)));
    if (pixels.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    render(spec, p, QRectF(QPointF(0, 0), QSizeF(logicalSize)), style);
    p.end();
    return image;
}

QByteArray toPng(const ChartSpec& spec, const QSize& logicalSize, qreal devicePixelRatio, const ChartStyle& style)
{
    const QImage image = toImage(spec, logicalSize, devicePixelRatio, style);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (image.isNull() || !writer.write(image))
        return {};
    return bytes;
}

QByteArray toSvg(const ChartSpec& spec, const QSize& size, const ChartStyle& style)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(size);
    gen.setViewBox(QRect(QPoint(0, 0), size));
    gen.setTitle(titleOf(spec).toHtmlEscaped()); // QSvgGenerator writes the title unescaped
    gen.setDescription(translate("Charts", "Chart by Sales Audit Workbench"));
    QPainter p;
    if (size.isEmpty() || !p.begin(&gen))
        return {};
    render(spec, p, QRectF(QPointF(0, 0), QSizeF(size)), style);
    p.end();
    return bytes;
}

QByteArray toPdfBytes(const ChartSpec& spec, const QSizeF& pageSizeMm, const ChartStyle& style)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(pageSizeMm, QPageSize::Millimeter), QPageLayout::Portrait, {}));
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Sales Audit Workbench"));
        writer.setTitle(titleOf(spec));
        QPainter p;
        if (pageSizeMm.isEmpty() || !p.begin(&writer))
            return {};
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        render(spec, p, QRectF(QPointF(0, 0), QSizeF(page.size())), style);
        p.end();
    }
    return bytes;
}

bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (data.isEmpty()) {
        if (error)
            *error = translate("Charts", "Nothing to write to %1").arg(path);
        return false;
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = translate("Charts", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writePng(const ChartSpec& spec, const QString& path, const QSize& logicalSize, qreal devicePixelRatio,
    const ChartStyle& style, QString* error)
{
    return writeFileAtomically(path, toPng(spec, logicalSize, devicePixelRatio, style), error);
}

bool writeSvg(const ChartSpec& spec, const QString& path, const QSize& size, const ChartStyle& style, QString* error)
{
    return writeFileAtomically(path, toSvg(spec, size, style), error);
}

bool toPdf(
    const ChartSpec& spec, const QString& path, const QSizeF& pageSizeMm, const ChartStyle& style, QString* error)
{
    return writeFileAtomically(path, toPdfBytes(spec, pageSizeMm, style), error);
}

} // namespace sa::charts
