#include "ValueFormat.h"

#include "report/ReportLabels.h"

#include <QDateTime>
#include <QLocale>

namespace sa::app {

const report::Labels& reportLabels()
{
    static const report::Labels en = report::Labels::forLanguage(report::Language::En);
    static const report::Labels ru = report::Labels::forLanguage(report::Language::Ru);
    return QLocale().language() == QLocale::Russian ? ru : en;
}

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
    const report::Labels& l = reportLabels();
    return withCode ? l.money(toMajor(m, c), QString::fromStdString(c.code)) : l.number(toMajor(m, c), c.exponent);
}

} // namespace sa::app
