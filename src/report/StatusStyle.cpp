#include "StatusStyle.h"

#include "charts/ChartStyle.h"

namespace sa::report {

StatusStyle styleOf(Light light, const Labels& labels)
{
    // The chart layer's palette, so lights look the same in charts and tables. Its fills differ in
    // lightness too; the symbol and word carry the status regardless of colour.
    const charts::Palette palette;
    switch (light) {
    case Light::Green:
        return { palette.green, Qt::black, QStringLiteral("●"), labels.green };
    case Light::Yellow:
        return { palette.yellow, Qt::black, QStringLiteral("▲"), labels.yellow };
    case Light::Red:
        return { palette.red, Qt::white, QStringLiteral("✕"), labels.red };
    case Light::InsufficientCoverage:
        return { QColor(0xbd, 0xbd, 0xbd), Qt::black, QStringLiteral("◌"), labels.insufficient };
    case Light::NotAssessed:
        break;
    }
    return { palette.notAssessed, Qt::black, QStringLiteral("○"), labels.notAssessed };
}

QString statusText(Light light, const Labels& labels)
{
    const StatusStyle s = styleOf(light, labels);
    return s.symbol + QLatin1Char(' ') + s.word;
}

QString sourceText(Source source, const Labels& labels)
{
    switch (source) {
    case Source::Checklist:
        return labels.srcChecklist;
    case Source::Rating:
        return labels.srcRating;
    case Source::Override:
        return labels.srcOverride;
    case Source::Auto:
        break;
    }
    return labels.srcAuto;
}

charts::Status toChartStatus(Light light)
{
    switch (light) {
    case Light::Green:
        return charts::Status::Green;
    case Light::Yellow:
        return charts::Status::Yellow;
    case Light::Red:
        return charts::Status::Red;
    case Light::NotAssessed:
    case Light::InsufficientCoverage:
        break;
    }
    return charts::Status::NotAssessed;
}

} // namespace sa::report
