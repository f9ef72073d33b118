#include "ValueFormat.h"

#include <QDateTime>
#include <QLocale>

namespace sa::app {

QDate toQDate(LocalSeconds s)
{
    const CivilDate d = dateOf(s);
    return QDate(d.year, d.month, d.day);
}

LocalSeconds fromQDate(const QDate& d)
{
    return toLocalSeconds(CivilDate { d.year(), d.month(), d.day() });
}

QString dateText(LocalSeconds s)
{
    return QLocale().toString(toQDate(s), QLocale::ShortFormat);
}

QString dateTimeText(LocalSeconds s)
{
    const CivilTime t = timeOf(s);
    return QLocale().toString(QDateTime(toQDate(s), QTime(t.hour, t.minute, t.second)), QLocale::ShortFormat);
}

QString monthText(LocalSeconds s)
{
    const QDate d = toQDate(s);
    return QLocale().standaloneMonthName(d.month(), QLocale::LongFormat) + QLatin1Char(' ') + QString::number(d.year());
}

QString moneyText(Minor m, const Currency& c, bool withCode)
{
    const QString v = QLocale().toString(toMajor(m, c), 'f', c.exponent);
    return withCode ? v + QLatin1Char(' ') + QString::fromStdString(c.code) : v;
}

} // namespace sa::app
