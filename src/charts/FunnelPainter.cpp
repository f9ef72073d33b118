// Funnel: centred bars per stage with both percentage bases, stalled deals hatched, optional second series.
#include "Painters.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace sa::charts {

namespace {

struct FunnelColumn {
    QString header;
    double width = 0;
};

struct FunnelLayout {
    QRectF labels, bars;
    std::vector<QRectF> columns; // numeric columns, right of the bars
    double rowH = 0;
    double headerH = 0;
    double maxReached = 0;
};

bool hasStalled(const FunnelChart& s)
{
    return std::any_of(s.stages.begin(), s.stages.end(), [](const FunnelStage& st) { return st.stalled.has_value(); });
}

bool hasSecondary(const FunnelChart& s)
{
    return std::any_of(
        s.stages.begin(), s.stages.end(), [](const FunnelStage& st) { return st.secondary.has_value(); });
}

std::vector<FunnelColumn> columnsFor(const Canvas& c, const FunnelChart& s, const QFont& f)
{
    std::vector<FunnelColumn> cols { { QCoreApplication::translate("Charts", "% of previous"), 0 },
        { QCoreApplication::translate("Charts", "% of first"), 0 } };
    if (hasStalled(s))
        cols.push_back({ QCoreApplication::translate("Charts", "Stalled"), 0 });
    if (hasSecondary(s))
        cols.push_back(
            { s.secondaryLabel.isEmpty() ? QCoreApplication::translate("Charts", "Win probability") : s.secondaryLabel,
                0 });
    const QFontMetricsF fm = c.metrics(f);
    const double valueW = fm.horizontalAdvance(c.num(888888, s.decimals)) + c.unit * 0.6;
    const QFontMetricsF hm = c.metrics(c.font(0.8, true)); // the header font (drawHeaders)
    for (FunnelColumn& col : cols) { // headers wrap onto two lines, but no word may be cut
        double word = 0;
        for (const QString& w : col.header.split(QLatin1Char(' ')))
            word = std::max(word, hm.horizontalAdvance(w));
        col.width = std::max({ valueW, word, std::min(hm.horizontalAdvance(col.header) * 0.6, c.unit * 8) });
    }
    return cols;
}

FunnelLayout layoutFunnel(
    const Canvas& c, const FunnelChart& s, const QRectF& area, const QFont& f, const std::vector<FunnelColumn>& cols)
{
    FunnelLayout l;
    const QFontMetricsF fm = c.metrics(f);
    l.headerH = fm.height() * 2.3;
    double colsW = 0;
    for (const FunnelColumn& col : cols)
        colsW += col.width + c.unit * 0.4;
    double labelW = 0;
    for (const FunnelStage& st : s.stages)
        labelW = std::max(labelW, fm.horizontalAdvance(st.label));
    labelW = std::min(labelW + c.unit * 0.5, area.width() * 0.28);
    const double top = area.top() + l.headerH;
    const double h = area.bottom() - top;
    l.rowH = std::min(h / static_cast<double>(s.stages.size()), c.unit * 4.5);
    l.labels = QRectF(area.left(), top, labelW, h);
    l.bars = QRectF(l.labels.right() + c.unit * 0.5, top, area.width() - labelW - colsW - c.unit * 0.5, h);
    double x = l.bars.right() + c.unit * 0.4;
    for (const FunnelColumn& col : cols) {
        l.columns.emplace_back(x, area.top(), col.width, area.height());
        x += col.width + c.unit * 0.4;
    }
    for (const FunnelStage& st : s.stages)
        l.maxReached = std::max(l.maxReached, st.reached);
    return l;
}

QRectF barRect(const FunnelLayout& l, std::size_t i, double reached)
{
    const double w = l.maxReached > 0 ? std::max(0.0, reached) / l.maxReached * l.bars.width() : 0;
    const double y = l.bars.top() + l.rowH * static_cast<double>(i);
    return QRectF(l.bars.center().x() - w / 2, y + l.rowH * 0.12, w, l.rowH * 0.76);
}

void drawBar(Canvas& c, const FunnelLayout& l, const FunnelStage& st, std::size_t i, int decimals, const QFont& f)
{
    QPainter& p = c.painter;
    const QRectF bar = barRect(l, i, st.reached);
    const QColor fill = c.palette().seriesColor(0);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRect(bar);
    if (st.stalled && st.reached > 0) {
        const double w = bar.width() * std::clamp(*st.stalled / st.reached, 0.0, 1.0);
        const QRectF stalled(bar.right() - w, bar.top(), w, bar.height());
        p.setBrush(c.palette().seriesColor(3));
        p.drawRect(stalled);
        drawHatch(p, stalled, fill, c.unit * 0.45, std::max(1.0, c.unit * 0.1));
    }
    const QString n = c.num(st.reached, decimals);
    const double tw = c.metrics(f).horizontalAdvance(n) + c.unit * 0.4;
    const bool inside = tw <= bar.width() * 0.9;
    const QRectF tr = inside ? bar : QRectF(bar.right() + c.unit * 0.3, bar.top(), tw, bar.height());
    const QColor ink = inside ? textColorOn(fill) : c.palette().text;
    QColor bg = inside ? fill : c.palette().background;
    if (inside && st.stalled) { // keep the number readable over the hatch: a solid pad behind it
        p.setBrush(bg);
        p.drawRect(QRectF(bar.center().x() - tw / 2, bar.top() + bar.height() * 0.15, tw, bar.height() * 0.7));
    }
    c.text(tr, Qt::AlignCenter, n, f, ink);
}

QString ratio(const Canvas& c, double num, double den)
{
    return den > 0 ? c.pct(num / den, num / den < 0.1 ? 1 : 0) : QString(QChar(0x2013));
}

void drawRowNumbers(Canvas& c, const FunnelChart& s, const FunnelLayout& l, std::size_t i, const QFont& f)
{
    const FunnelStage& st = s.stages[i];
    const double y = l.bars.top() + l.rowH * static_cast<double>(i);
    std::vector<QString> cells { i == 0 ? QString(QChar(0x2013)) : ratio(c, st.reached, s.stages[i - 1].reached),
        ratio(c, st.reached, s.stages.front().reached) };
    if (hasStalled(s))
        cells.push_back(st.stalled ? c.num(*st.stalled, s.decimals) : QString(QChar(0x2013)));
    if (hasSecondary(s))
        cells.push_back(st.secondary ? c.pct(*st.secondary) : QString(QChar(0x2013)));
    for (std::size_t k = 0; k < cells.size() && k < l.columns.size(); ++k) {
        const QRectF r(l.columns[k].left(), y, l.columns[k].width(), l.rowH);
        c.text(r, Qt::AlignRight | Qt::AlignVCenter, cells[k], f, c.palette().text);
    }
    const QRectF label(l.labels.left(), y, l.labels.width() - c.unit * 0.3, l.rowH);
    c.text(label, Qt::AlignRight | Qt::AlignVCenter, st.label, f, c.palette().text);
}

void drawHeaders(Canvas& c, const FunnelLayout& l, const std::vector<FunnelColumn>& cols)
{
    const QFont hf = c.font(0.8, true);
    c.painter.setFont(hf);
    c.painter.setPen(c.palette().mutedText);
    for (std::size_t k = 0; k < cols.size(); ++k) {
        const QRectF r(l.columns[k].left() - c.unit * 0.3, l.columns[k].top(), l.columns[k].width() + c.unit * 0.3,
            l.headerH - c.unit * 0.2);
        c.painter.drawText(r, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, cols[k].header);
    }
}

// Light trapezoids joining consecutive bars give the funnel its shape.
void drawConnectors(Canvas& c, const FunnelChart& s, const FunnelLayout& l)
{
    c.painter.setPen(Qt::NoPen);
    c.painter.setBrush(c.palette().grid.lighter(108));
    for (std::size_t i = 0; i + 1 < s.stages.size(); ++i) {
        const QRectF a = barRect(l, i, s.stages[i].reached);
        const QRectF b = barRect(l, i + 1, s.stages[i + 1].reached);
        c.painter.drawPolygon(QPolygonF { a.bottomLeft(), a.bottomRight(), b.topRight(), b.topLeft() });
    }
}

} // namespace

void paintFunnel(Canvas& c, const FunnelChart& s)
{
    QRectF area = drawTitle(c, s.title);
    const bool empty
        = std::none_of(s.stages.begin(), s.stages.end(), [](const FunnelStage& st) { return st.reached > 0; });
    if (empty)
        return drawNoData(c, area, s.noDataReason);
    std::vector<LegendItem> legend { { QCoreApplication::translate("Charts", "Reached the stage"),
        c.palette().seriesColor(0) } };
    if (hasStalled(s))
        legend.push_back(
            { QCoreApplication::translate("Charts", "Stalled"), c.palette().seriesColor(0), Swatch::Hatched });
    area = drawLegend(c, area, legend);
    // Many stages in a flat area: shrink the row text until a row holds one line.
    const double rowRoom = area.height() / static_cast<double>(s.stages.size() + 1);
    const double lineH = c.metrics(c.font(0.95)).height();
    const QFont f = c.font(0.95 * std::min(1.0, rowRoom / (lineH * 1.1)));
    const std::vector<FunnelColumn> cols = columnsFor(c, s, f);
    const FunnelLayout l = layoutFunnel(c, s, area, f, cols);
    drawHeaders(c, l, cols);
    drawConnectors(c, s, l);
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        drawBar(c, l, s.stages[i], i, s.decimals, f);
        drawRowNumbers(c, s, l, i, f);
    }
}

} // namespace sa::charts
