#include "ChartView.h"

#include "ChartDataModel.h"
#include "charts/Canvas.h"
#include "charts/Export.h"
#include "charts/Renderer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QStyleOption>
#include <algorithm>

namespace sa::app {

namespace {

/// The folder of the last export in this session: a second chart lands next to the first.
QString& lastExportFolder()
{
    static QString folder = QDir::homePath();
    return folder;
}

/// The chart layer sizes text relative to the chart; on screen that is too small for a 500-pixel card,
/// so text is scaled up to about the size of the UI font (and exports drawn at that size match).
charts::ChartStyle readableStyle(charts::ChartStyle style, const QSizeF& size)
{
    constexpr double kReadableUnit = 11.5; // pixels: captions then come out near a 9-point UI font
    const double unit = charts::baseUnit(QRectF(QPointF(0, 0), size), 1.0);
    style.fontScale = std::clamp(kReadableUnit / unit, 1.0, 1.6);
    return style;
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ChartDataModel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto* png = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export &PNG…"), this);
    auto* svg = new QAction(tr("Export &SVG…"), this);
    auto* copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy image"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(png, &QAction::triggered, this, [this] { exportWithDialog(false); });
    connect(svg, &QAction::triggered, this, [this] { exportWithDialog(true); });
    connect(copy, &QAction::triggered, this, &ChartView::copyToClipboard);
    m_actions = { png, svg, copy };
    addAction(copy); // Ctrl+C on a focused chart
}

void ChartView::setChart(const QString& id, const charts::ChartSpec& spec, const charts::ChartStyle& style)
{
    m_id = id;
    m_spec = spec;
    m_style = style;
    m_model->setSpec(spec, style.numbers);
    updateDescription();
    update();
}

QString ChartView::title() const
{
    return charts::titleOf(m_spec);
}

void ChartView::updateDescription()
{
    const QString numbers = m_model->summary();
    setAccessibleName(title());
    setAccessibleDescription(numbers);
    setToolTip(QStringLiteral("<b>%1</b><pre>%2</pre>").arg(title().toHtmlEscaped(), numbers.toHtmlEscaped()));
}

QSize ChartView::sizeHint() const
{
    return { 560, 340 };
}

QSize ChartView::minimumSizeHint() const
{
    return { 320, 220 };
}

QSize ChartView::exportSize() const
{
    return size().expandedTo(QSize(640, 400));
}

void ChartView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    charts::render(m_spec, p, QRectF(rect()), readableStyle(m_style, size()));
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addActions(m_actions);
    menu.exec(event->globalPos());
}

bool ChartView::exportPng(const QString& path, QString* error) const
{
    return charts::writePng(m_spec, path, exportSize(), 2.0, readableStyle(m_style, exportSize()), error);
}

bool ChartView::exportSvg(const QString& path, QString* error) const
{
    return charts::writeSvg(m_spec, path, exportSize(), readableStyle(m_style, exportSize()), error);
}

void ChartView::copyToClipboard() const
{
    QApplication::clipboard()->setImage(
        charts::toImage(m_spec, exportSize(), devicePixelRatioF(), readableStyle(m_style, exportSize())));
}

void ChartView::exportWithDialog(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString name = (m_id.isEmpty() ? QStringLiteral("chart") : m_id) + QLatin1Char('.') + suffix;
    QString path
        = QFileDialog::getSaveFileName(this, svg ? tr("Export the chart as SVG") : tr("Export the chart as PNG"),
            QDir(lastExportFolder()).filePath(name), svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    lastExportFolder() = QFileInfo(path).absolutePath();
    QString error;
    if (!(svg ? exportSvg(path, &error) : exportPng(path, &error)))
        Q_EMIT exportFailed(error);
}

} // namespace sa::app
