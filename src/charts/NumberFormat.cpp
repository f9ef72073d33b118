#include "NumberFormat.h"

#include "ChartTranslations.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace sa::charts {

NumberFormat NumberFormat::forLanguage(const QString& language)
{
    NumberFormat f;
    if (language.startsWith(QLatin1String("en"))) {
        f.decimal = QLatin1Char('.');
        f.percentSuffix = QStringLiteral("%");
    }
    return f;
}

namespace {

// Inserts the group separator every three digits from the right.
QString groupDigits(const QString& digits, QChar group)
{
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += group;
        out += digits.at(i);
    }
    return out;
}

} // namespace

QString formatNumber(double value, int decimals, const NumberFormat& format)
{
    if (!std::isfinite(value))
        return QString(QChar(0x2013));
    decimals = std::clamp(decimals, 0, 6);
    // 'f' formatting in the C locale is locale-independent; we replace the separators ourselves.
    QString plain = QString::number(std::abs(value), 'f', decimals);
    // "-0,00" prints without a sign.
    const bool negative = value < 0 && std::any_of(plain.begin(), plain.end(), [](QChar c) {
        return c >= QLatin1Char('1') && c <= QLatin1Char('9');
    });
    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    QString out = groupDigits(dot < 0 ? plain : plain.left(dot), format.group);
    if (dot >= 0)
        out += format.decimal + plain.mid(dot + 1);
    return negative ? format.minus + out : out;
}

QString formatPercent(double fraction, int decimals, const NumberFormat& format)
{
    if (!std::isfinite(fraction))
        return QString(QChar(0x2013));
    return formatNumber(fraction * 100.0, decimals, format) + format.percentSuffix;
}

QString formatCompact(double value, const NumberFormat& format)
{
    const double a = std::abs(value);
    if (a >= 1e9)
        return formatNumber(value / 1e9, a >= 1e10 ? 0 : 1, format) + QChar(0x202F)
            + translate("Charts", "B", "billions, axis suffix");
    if (a >= 1e6)
        return formatNumber(value / 1e6, a >= 1e7 ? 0 : 1, format) + QChar(0x202F)
            + translate("Charts", "M", "millions, axis suffix");
    if (a >= 1e5)
        return formatNumber(value / 1e3, 0, format) + QChar(0x202F)
            + translate("Charts", "k", "thousands, axis suffix");
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return formatNumber(value, whole ? 0 : (a < 1 ? 2 : 1), format);
}

} // namespace sa::charts
