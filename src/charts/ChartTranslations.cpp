#include "ChartTranslations.h"

#include <QStringList>
#include <QTranslator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace sa::charts {

namespace {

std::mutex& lock()
{
    static std::mutex m;
    return m;
}

QString& defaultLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

thread_local std::optional<QString> t_language;

/// Loaded translators stay alive and unchanged for the process, so lookups need no lock.
const QTranslator* translatorFor(const QString& language)
{
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    std::lock_guard guard(lock());
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto translator = std::make_unique<QTranslator>();
        const QString file = QStringLiteral(":/i18n/charts/salesaudit_charts_") + language + QStringLiteral(".qm");
        if (!availableLanguages().contains(language) || !translator->load(file))
            translator.reset();
        it = loaded.emplace(language, std::move(translator)).first;
    }
    return it->second.get();
}

QString currentLanguage()
{
    if (t_language)
        return *t_language;
    std::lock_guard guard(lock());
    return defaultLanguage();
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("ru") };
}

bool installTranslations(const QString& language)
{
    const bool bundled = translatorFor(language) != nullptr;
    std::lock_guard guard(lock());
    defaultLanguage() = bundled ? language : QStringLiteral("en");
    return bundled;
}

LanguageScope::LanguageScope(const QString& language)
    : m_previous(t_language.value_or(QString()))
    , m_hadPrevious(t_language.has_value())
{
    t_language = language;
}

LanguageScope::~LanguageScope()
{
    if (m_hadPrevious)
        t_language = m_previous;
    else
        t_language.reset();
}

QString translate(const char* context, const char* source, const char* disambiguation, int n)
{
    QString text;
    if (const QTranslator* t = translatorFor(currentLanguage()))
        text = t->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace sa::charts
