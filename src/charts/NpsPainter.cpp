// NPS: answers per score 0..10 coloured by group, the score as headline, group shares in the legend.
#include "Painters.h"

#include <QCoreApplication>
#include <numeric>

namespace sa::charts {

std::optional<double> npsScore(const NpsDistribution& nps)
{
    const double total = std::accumulate(nps.counts.begin(), nps.counts.end(), 0.0);
    if (!(total > 0))
        return std::nullopt;
    const double detractors = std::accumulate(nps.counts.begin(), nps.counts.begin() + 7, 0.0);
    const double promoters = nps.counts[9] + nps.counts[10];
    return (promoters - detractors) / total * 100.0;
}

void paintNps(Canvas& c, const NpsDistribution& s)
{
    const auto score = npsScore(s);
    QString headline;
    if (score) {
        const QString n = c.num(*score);
        headline = QCoreApplication::translate("Charts", "NPS %1").arg(*score > 0.5 ? QLatin1Char('+') + n : n);
    }
    QRectF area = drawTitle(c, s.title, headline);
    if (!score)
        return drawNoData(c, area, s.noDataReason);
    const double total = std::accumulate(s.counts.begin(), s.counts.end(), 0.0);
    const double detr = std::accumulate(s.counts.begin(), s.counts.begin() + 7, 0.0);
    const double pass = s.counts[7] + s.counts[8];
    const Palette& pal = c.palette();
    area = drawLegend(c, area,
        { { QCoreApplication::translate("Charts", "Detractors (0–6): %1").arg(c.pct(detr / total)), pal.red },
            { QCoreApplication::translate("Charts", "Passives (7–8): %1").arg(c.pct(pass / total)), pal.yellow },
            { QCoreApplication::translate("Charts", "Promoters (9–10): %1").arg(c.pct(1 - (detr + pass) / total)),
                pal.green } });
    BarChart bars;
    BarSeries series;
    for (int score10 = 0; score10 <= 10; ++score10) {
        bars.categories << QString::number(score10);
        series.values.push_back(s.counts[static_cast<std::size_t>(score10)]);
        bars.categoryColors.push_back(score10 <= 6 ? pal.red : score10 <= 8 ? pal.yellow : pal.green);
    }
    bars.series.push_back(series);
    paintBarsIn(c, bars, area);
}

} // namespace sa::charts
