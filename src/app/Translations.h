#pragma once
// Loads the UI language: the app's .qm from resources (:/i18n) and Qt's own strings.
#include "Settings.h"

#include <QLocale>

class QCoreApplication;

namespace sa::app {

/// The locale a language choice means (System = the machine's locale).
QLocale localeFor(UiLanguage language);
/// Installs translators for `language` (removing earlier ones) and makes its locale the default.
/// Returns false when the app's .qm for a non-English language is missing from resources.
bool installTranslations(UiLanguage language);

} // namespace sa::app
