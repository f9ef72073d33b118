#pragma once
// The look shared by every chart: fonts, palette, number format. One style serves screen and print.
#include "ChartSpec.h"
#include "NumberFormat.h"

#include <QColor>
#include <QString>
#include <array>

namespace sa::charts {

/// Colours chosen so that statuses and horizons differ in lightness too (grayscale print).
struct Palette {
    QColor text = QColor(0x21, 0x21, 0x21);
    QColor mutedText = QColor(0x61, 0x61, 0x61);
    QColor grid = QColor(0xdd, 0xdd, 0xdd);
    QColor axis = QColor(0x75, 0x75, 0x75);
    QColor background = Qt::white;
    QColor green = QColor(0x5c, 0xb8, 0x5c); ///< qGray 138
    QColor yellow = QColor(0xfd, 0xd8, 0x35); ///< qGray 203
    QColor red = QColor(0xb7, 0x1c, 0x1c); ///< qGray 81
    QColor notAssessed = QColor(0xf2, 0xf2, 0xf2); ///< near white, hollow symbol
    QColor outOfScope = Qt::white; ///< hatched
    QColor heatLow = QColor(0xe3, 0xf2, 0xfd);
    QColor heatHigh = QColor(0x0d, 0x47, 0xa1);
    /// Series colours; the first four sit at qGray 73 / 172 / 113 / 215 so stacked series differ in print.
    std::array<QColor, 8> series { QColor(0x1f, 0x4e, 0x9a), QColor(0xf5, 0xa6, 0x23), QColor(0x3a, 0x9a, 0x6a),
        QColor(0xc6, 0xdb, 0xf5), QColor(0x8e, 0x44, 0xad), QColor(0xe8, 0xd6, 0x6b), QColor(0x54, 0x54, 0x54),
        QColor(0xef, 0x9a, 0x9a) };
    /// Horizon colours from dark (urgent) to light (later): qGray 62 / 119 / 143 / 189 / 229.
    std::array<QColor, 5> horizons { QColor(0x7f, 0x1d, 0x1d), QColor(0xe6, 0x51, 0x00), QColor(0x42, 0xa5, 0xf5),
        QColor(0x90, 0xca, 0xf9), QColor(0xd6, 0xea, 0xfb) };

    [[nodiscard]] QColor seriesColor(std::size_t index) const { return series[index % series.size()]; }
    [[nodiscard]] QColor statusColor(Status s) const;
    [[nodiscard]] QColor horizonColor(Horizon h) const { return horizons[static_cast<std::size_t>(h)]; }
};

/// Fonts, palette and number format for every chart.
struct ChartStyle {
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontScale = 1.0; ///< multiplies the bounds-relative font size
    bool drawTitle = true; ///< the report may print its own caption instead
    bool fillBackground = true;
    Palette palette;
    NumberFormat numbers;

    /// Style for a language ("ru" or "en"): number separators follow the language.
    static ChartStyle forLanguage(const QString& language);
};

/// Black or white, whichever reads better on `fill`.
QColor textColorOn(const QColor& fill);

} // namespace sa::charts
