#pragma once
// The chart layer's own Qt Linguist catalogue (context "Charts"), compiled into the library.
#include <QString>

namespace sa::charts {

/// Installs the bundled translator of the chart strings for `language` ("ru" or "en"; English is the source
/// language, its catalogue holds only plural forms) on the running QCoreApplication, replacing the one this
/// function installed before. Returns false when the language is not bundled (English source strings are used).
bool installTranslations(const QString& language);

/// The languages bundled with the chart layer.
QStringList availableLanguages();

} // namespace sa::charts
