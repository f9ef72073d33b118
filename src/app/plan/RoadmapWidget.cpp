#include "RoadmapWidget.h"

#include "charts/Canvas.h"
#include "charts/ChartTranslations.h"
#include "charts/Export.h"
#include "charts/Renderer.h"
#include "plan/Roadmap.h"

#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace sa::app {

namespace {
QString chartLanguage()
{
    return QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

charts::Horizon chartHorizon(plan::Horizon h, int startMonth)
{
    switch (h) {
    case plan::Horizon::QuickWin:
        return charts::Horizon::Month1;
    case plan::Horizon::ThreeMonths:
        return charts::Horizon::Q1;
    case plan::Horizon::OneYear:
        return charts::Horizon::Q2toQ4;
    case plan::Horizon::ThreeYears:
        break;
    }
    return startMonth > 24 ? charts::Horizon::Year3 : charts::Horizon::Year2;
}

/// The renderer scales fonts with the chart's bounds; keep them at `pixels` whatever the size.
charts::ChartStyle styleFor(const QRectF& bounds, double pixels)
{
    charts::ChartStyle style = charts::ChartStyle::forLanguage(chartLanguage());
    style.fontScale = pixels / charts::baseUnit(bounds, 1.0);
    return style;
}

constexpr double kLaneLines = 2.1; // lane height in text lines (the painter's lanes are up to 3 lines)
} // namespace

void syncChartLanguage()
{
    charts::installTranslations(chartLanguage());
}

RoadmapWidget::RoadmapWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    rebuild();
}

charts::Roadmap RoadmapWidget::toChart(const std::vector<plan::ActionRecord>& actions, bool threeYears)
{
    const plan::Roadmap roadmap = plan::buildRoadmap(actions);
    charts::Roadmap chart;
    chart.title = threeYears ? tr("Roadmap: 3 years") : tr("Roadmap: 1 year");
    // A Gantt chart reads as a staircase: by start month, plan order within a month.
    std::vector<plan::RoadmapItem> items = threeYears ? roadmap.threeYears : roadmap.oneYear;
    std::stable_sort(items.begin(), items.end(),
        [](const plan::RoadmapItem& a, const plan::RoadmapItem& b) { return a.startMonth < b.startMonth; });
    for (const plan::RoadmapItem& item : items) {
        const plan::ActionRecord& a = actions[item.action];
        QStringList criteria;
        for (const auto& c : a.criteria)
            criteria << QString::fromStdString(c);
        const QString text = QString::fromStdString(a.text);
        chart.items.push_back(
            { criteria.isEmpty() ? text : criteria.join(QStringLiteral(", ")) + QStringLiteral(": ") + text,
                QString::fromStdString(a.ownerRole), chartHorizon(a.horizon, item.startMonth),
                std::make_pair(double(item.startMonth - 1), double(item.endMonth)) });
    }
    return chart;
}

void RoadmapWidget::setPlan(const std::vector<plan::ActionRecord>& actions)
{
    m_actions = actions;
    rebuild();
}

void RoadmapWidget::setThreeYears(bool threeYears)
{
    m_threeYears = threeYears;
    rebuild();
}

void RoadmapWidget::rebuild()
{
    m_spec = toChart(m_actions, m_threeYears);
    updateGeometry();
    update();
}

int RoadmapWidget::preferredHeight() const
{
    const double line = fontMetrics().height();
    return int(line * (4.5 + kLaneLines * double(std::max<std::size_t>(m_spec.items.size(), 2))));
}

QSize RoadmapWidget::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 120, preferredHeight() };
}

QSize RoadmapWidget::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 60, preferredHeight() };
}

void RoadmapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF bounds = rect();
    charts::render(m_spec, p, bounds, styleFor(bounds, fontInfo().pixelSize()));
}

void RoadmapWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

bool RoadmapWidget::exportTo(const QString& path, QString* error) const
{
    // Export at a print-friendly size: 13 px text, the same lane height as on screen.
    const double px = 13;
    const QSize size(1400, int(px * 1.2 * (4.5 + kLaneLines * double(std::max<std::size_t>(m_spec.items.size(), 2)))));
    const charts::ChartStyle style = styleFor(QRectF(QPointF(0, 0), QSizeF(size)), px);
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return charts::writeSvg(m_spec, path, size, style, error);
    return charts::writePng(m_spec, path, size, 2.0, style, error);
}

} // namespace sa::app
