#include "Translations.h"

#include "charts/ChartTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sa::app {

namespace {
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;

void replace(QTranslator*& slot, const QString& file, const QString& folder)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    auto* t = new QTranslator(QCoreApplication::instance());
    if (t->load(file, folder)) {
        QCoreApplication::installTranslator(t);
        slot = t;
    } else {
        delete t;
    }
}
} // namespace

QLocale localeFor(UiLanguage language)
{
    switch (language) {
    case UiLanguage::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case UiLanguage::Russian:
        return QLocale(QLocale::Russian, QLocale::Russia);
    case UiLanguage::System:
        break;
    }
    return QLocale::system();
}

bool installTranslations(UiLanguage language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    const bool english = locale.language() == QLocale::English;
    const QString lang = english ? QStringLiteral("en") : QLocale::languageToCode(locale.language());
    replace(g_app, QStringLiteral("salesaudit_") + lang, QStringLiteral(":/i18n"));
    replace(g_qt, QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    charts::installTranslations(lang); // charts on screen speak the UI language
    return english || g_app != nullptr || lang != QLatin1String("ru");
}

} // namespace sa::app
