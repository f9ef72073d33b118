#pragma once
// The titles of the row sets behind criterion values (scoring::RowSet::label, English, set by the
// measures) in the UI language.
#include <QString>
#include <QStringList>
#include <string>

namespace sa::app {

/// The translated title of a row set; an unknown label is shown as it is.
QString rowSetTitle(const std::string& label);
/// Every label the app knows a translation for (tests check the measures use no other).
const QStringList& knownRowSetLabels();

} // namespace sa::app
