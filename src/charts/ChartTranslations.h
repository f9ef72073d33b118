#pragma once
// The chart layer's own Qt Linguist catalogue (context "Charts"), compiled into the library.
// Chart text is translated per thread, not through QCoreApplication's translators: the report is
// painted on a worker thread in its own language while the GUI keeps drawing in the UI language.
#include <QString>

namespace sa::charts {

/// Sets the language of chart text for threads without a LanguageScope ("ru" or "en"). Returns
/// false when the language is not bundled (English source strings are used then).
bool installTranslations(const QString& language);

/// Chart text in `language` for the lifetime of the scope, on the calling thread only.
class LanguageScope {
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QString m_previous;
    bool m_hadPrevious;
};

/// Like QCoreApplication::translate (lupdate extracts it the same way), in the calling thread's
/// chart language; `%n` is replaced by n when n >= 0.
QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

/// The languages bundled with the chart layer.
QStringList availableLanguages();

} // namespace sa::charts
