#pragma once
// Locale-aware display of the store's values: money in minor units, local-seconds dates.
#include "common/DateTime.h"
#include "common/Money.h"

#include <QDate>
#include <QString>

namespace sa::report {
struct Labels;
}

namespace sa::app {

/// The PDF report's labels and number formats in the UI language (QLocale()).
const report::Labels& reportLabels();

QDate toQDate(LocalSeconds s);
LocalSeconds fromQDate(const QDate& d);
QString dateText(LocalSeconds s);
QString dateTimeText(LocalSeconds s);
QString monthText(LocalSeconds s);
/// Money as the PDF report prints it (report::Labels, in the UI language): with `withCode` the
/// report's money text (whole major units, no-break space, currency code); without, the amount with
/// the currency's decimals (table cells) and the same separators.
QString moneyText(Minor m, const Currency& c, bool withCode = false);

} // namespace sa::app
