#pragma once
// Locale-aware display of the store's values: money in minor units, local-seconds dates.
#include "common/DateTime.h"
#include "common/Money.h"

#include <QDate>
#include <QString>

namespace sa::app {

QDate toQDate(LocalSeconds s);
LocalSeconds fromQDate(const QDate& d);
QString dateText(LocalSeconds s);
QString dateTimeText(LocalSeconds s);
QString monthText(LocalSeconds s);
/// Major units with the currency's decimals and digit grouping of the current locale.
QString moneyText(Minor m, const Currency& c, bool withCode = false);

} // namespace sa::app
