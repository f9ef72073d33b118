#pragma once
// Locale-independent number formatting with thin grouping, so a chart looks the same on every machine.
#include <QChar>
#include <QString>

namespace sa::charts {

/// Separators used to print numbers. Defaults follow Russian typography (1 234 567,8).
struct NumberFormat {
    QChar group = QChar(0x202F); ///< narrow no-break space
    QChar decimal = QLatin1Char(',');
    QChar minus = QChar(0x2212); ///< typographic minus
    QString percentSuffix = QStringLiteral("\u202F%");

    /// Russian (decimal comma) or English (decimal point) conventions; thin grouping in both.
    static NumberFormat forLanguage(const QString& language);
};

/// `value` rounded to `decimals` (0..6) with grouped thousands; NaN/inf print as an en dash.
QString formatNumber(double value, int decimals, const NumberFormat& format);
/// `fraction` (0.25) as a percentage ("25 %") with `decimals`.
QString formatPercent(double fraction, int decimals, const NumberFormat& format);
/// A short form for axes: 1 234 → "1 234", 1 234 567 → "1,2 M"-style with translated suffixes (k, M, B).
QString formatCompact(double value, const NumberFormat& format);

} // namespace sa::charts
